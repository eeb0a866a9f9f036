/**
 * A headline set vertically comes out of a text dump glyph by glyph, one
 * glyph per line ("南" / "宁" / "高" / … / "4" / "1" / "6" / "5" / "户").
 * Read line by line, its digits pass for page numbers and its glyphs for
 * stray text; joined back, it is one headline line set apart from the text
 * around it. Positioned sources join such stacks by position (geometry/vertical.ts).
 */
import type { RawLine } from './lines.ts';
import { pairCounts, wordAcross } from './pairs.ts';

/** Fewest one-glyph lines in a row that make a stack; fake bold doubles at most two. */
const STACK_LINES = 4;

const isGlyph = (l: RawLine) => [...l.text].length === 1;

/** A glyph set apart after the end of a sentence or a signature at the end of a line. */
const GLYPH_AFTER_TEXT = /^(.*[。！？”）)])\s+(\p{Script=Han})$/u;

/** A glyph set apart before a line of text (not letter-spaced itself: "园 区 企 业"). */
const GLYPH_BEFORE_TEXT = /^(\p{Script=Han})\s+(?!\S\s)(\S.*)$/u;

export function joinGlyphStacks(lines: RawLine[]): RawLine[] {
  if (lines.some((l) => l.em !== undefined)) return lines;
  const out: RawLine[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && isGlyph(lines[j]!) && (j === i || lines[j]!.gap === 0)) j++;
    if (j - i < STACK_LINES) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const first = lines[i]!;
    // its first glyph may sit on the baseline of the text line read before it: "…（黎集怡 冯志炜） 突" / "破" / "9" / …
    const before = out.at(-1);
    const lead = before && first.gap === 0 ? GLYPH_AFTER_TEXT.exec(before.text) : null;
    if (lead) out[out.length - 1] = { ...before!, text: lead[1]! };
    out.push({ ...first, text: (lead?.[2] ?? '') + lines.slice(i, j).map((l) => l.text).join(''), gap: Math.max(first.gap, 1), vertical: true });
    // its last glyph may sit on the baseline of the text line read after it: … / "亿" / "元 成都高新区一家…"
    const trail = lines[j]?.gap === 0 ? GLYPH_BEFORE_TEXT.exec(lines[j]!.text) : null;
    if (trail) out[out.length - 1]!.text += trail[1]!;
    // the text after a vertical headline never reads on from it (a next stack after a gap is read as one)
    const readOn = lines[j]?.gap === 0;
    if (readOn) out.push({ ...lines[j]!, text: trail?.[2] ?? lines[j]!.text, gap: 1 });
    i = readOn ? j + 1 : j;
  }
  return inReadingOrder(out);
}

/**
 * A vertical headline's lines read right to left, but a dump may print its
 * stacks left first ("季度经济“开门红”" / "南宁高新区全力确保一"). Two stacks
 * in a row are one headline, its two lines: read in the order a word runs
 * across (the page prints 一季 elsewhere), else as printed.
 */
function inReadingOrder(lines: RawLine[]): RawLine[] {
  // (most pages have no vertical headline: no pair counts for them)
  if (lines.filter((l) => l.vertical).length < 2) return lines;
  const out: RawLine[] = [];
  const counts = pairCounts(lines.filter((l) => !l.vertical).map((l) => l.text));
  for (const line of lines) {
    const before = out.at(-1);
    if (!line.vertical || !before?.vertical) {
      out.push(line);
      continue;
    }
    const swap = !wordAcross(before.text, line.text, counts) && wordAcross(line.text, before.text, counts);
    out[out.length - 1] = { ...before, text: swap ? line.text + before.text : before.text + line.text };
  }
  return out;
}
