/**
 * Paragraphs from body lines. A printed paragraph starts with a two-character
 * indent and ends on a short line; so a new paragraph starts after a line
 * that ends a sentence when that line is short, or when the next line is
 * indented. Full-width lines after a sentence end are continuations. Lines
 * of the paragraph style are paragraphs (or pieces of one cut by a column).
 */
import type { BodyBlock } from '../types.ts';
import type { BodyLine, DraftBlock } from './assemble.ts';
import { endsSentence, joinWrapped, squeezeSpaces } from './text.ts';

export interface Paragraphs {
  body: BodyBlock[];
  /** A paragraph was cut off: it stops mid-sentence where the next one starts. */
  truncated: boolean;
}

/**
 * The column measure of an article: the widest width its running (non-final)
 * lines reach at least twice (lines of a paragraph's start and end are
 * shorter, a stray line set wider is alone).
 */
export function articleMeasure(lines: BodyLine[]): number {
  const widths = lines
    .filter((l) => Number.isFinite(l.measure) && !endsSentence(l.unit.text))
    .map((l) => Math.round(l.unit.width * 2) / 2)
    .sort((a, b) => b - a);
  const shared = widths.find((w, i) => widths.slice(i + 1).some((o) => w - o <= 0.5));
  return shared ?? widths[0] ?? NaN;
}

export function toParagraphs(blocks: DraftBlock[]): Paragraphs {
  const lines = blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []));
  const W = articleMeasure(lines);
  const widthKnown = Number.isFinite(W) && lines.some((l) => Number.isFinite(l.measure));
  const full = (l: BodyLine) => l.unit.width >= W - 1.25;
  const indented = (l: BodyLine) => l.unit.width >= W - 3.25 && l.unit.width < W - 1.25;
  // Gaps between two wide characters are justification: the line was stretched to the full measure.
  // (Extractors print a space by a figure or a Latin word anywhere: "增长 15.2%。")
  const stretched = (l: BodyLine) => /[^\s\x00-\x7f]\s+[^\s\x00-\x7f]/.test(l.unit.text);

  const body: BodyBlock[] = [];
  let truncated = false;
  let text = '';
  let prev: BodyLine | null = null;
  const flush = () => {
    if (text) body.push({ kind: 'paragraph', text });
    text = '';
  };
  for (const b of blocks) {
    if (b.kind === 'subhead') {
      flush();
      prev = null;
      body.push({ kind: 'subhead', text: b.text });
      continue;
    }
    const line = b.line;
    if (line.unit.table) {
      // each row of a table is a paragraph of its own, its cells apart by one space
      flush();
      body.push({ kind: 'paragraph', text: line.unit.text.trim().replace(/\s+/g, ' ') });
      prev = null;
      continue;
    }
    const piece = squeezeSpaces(line.unit.text);
    if (prev) {
      let breakHere = false;
      if (!widthKnown || !Number.isFinite(line.measure)) {
        breakHere = endsSentence(prev.unit.text);
      } else if (endsSentence(prev.unit.text)) {
        breakHere = (indented(line) && !endsSentence(line.unit.text)) || (!full(prev) && !(stretched(prev) && full(line)));
      } else if (line.interrupted && full(prev) && indented(line) && !endsSentence(line.unit.text)) {
        // a column ends mid-sentence and the next column starts a new paragraph: text is missing
        breakHere = true;
        truncated = true;
      }
      if (breakHere) flush();
    }
    text = joinWrapped(text, piece);
    prev = line;
  }
  flush();
  const last = body.filter((b) => b.kind === 'paragraph').at(-1);
  if (last && !endsSentence(last.text)) truncated = true;
  return { body, truncated };
}
