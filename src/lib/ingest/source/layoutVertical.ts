/**
 * Headlines set vertically, as layout text gives them: the glyphs of each
 * vertical line sit in one character column, a glyph every row or few
 * (large type takes several rows), two vertical lines side by side sharing
 * rows apart by a space ("创 石" / "升 嘴" / "级 山"). Read top to bottom, the
 * vertical lines right to left, each headline becomes one run at the top of
 * its stacks, as wide as they are. Only headlines of two vertical lines or
 * more are read so: a lone column of single glyphs may be anything.
 */
import type { TextRun } from '../geometry/runs.ts';

/** Glyphs a vertical line needs, and how many of them Chinese characters. */
const MIN_GLYPHS = 4;
const MIN_HAN = 3;
/** Most rows between two glyphs of one vertical line (large type and rows of the text beside it). */
const MAX_STEP = 14;
/** Vertical lines of one headline: this few cells apart, starting this few rows apart. */
const SIDE_BY_SIDE = 4;
const SAME_TOP = 4;

interface Glyph { text: string; x: number; y: number; run: TextRun }

/** The glyphs of a run that is one glyph, or two a space apart (two vertical lines sharing a row). */
function glyphsOf(run: TextRun): Glyph[] {
  const m = /^(\S)(?: (\S))?$/u.exec(run.text);
  if (!m) return [];
  const out = [{ text: m[1]!, x: run.x, y: run.y, run }];
  if (m[2]) out.push({ text: m[2], x: run.x + 2, y: run.y, run });
  return out;
}

/** Glyphs in one character column, each a few rows under the one before. */
function verticalLines(glyphs: Glyph[]): Glyph[][] {
  const byX = new Map<number, Glyph[]>();
  for (const g of glyphs) byX.set(g.x, [...(byX.get(g.x) ?? []), g]);
  const out: Glyph[][] = [];
  for (const column of byX.values()) {
    column.sort((a, b) => a.y - b.y);
    let line: Glyph[] = [];
    const flush = () => {
      if (line.length >= MIN_GLYPHS && line.filter((g) => /\p{Script=Han}/u.test(g.text)).length >= MIN_HAN) out.push(line);
      line = [];
    };
    for (const g of column) {
      if (line.length && g.y - line.at(-1)!.y > MAX_STEP) flush();
      line.push(g);
    }
    flush();
  }
  return out;
}

export function joinLayoutVertical(runs: TextRun[]): TextRun[] {
  const glyphs = runs.flatMap(glyphsOf);
  const lines = verticalLines(glyphs).sort((a, b) => b[0]!.x - a[0]!.x);
  if (!lines.length) return runs;
  const heads: Glyph[][][] = [];
  for (const l of lines) {
    const head = heads.find((h) => h.at(-1)![0]!.x - l[0]!.x <= SIDE_BY_SIDE && Math.abs(h.at(-1)![0]!.y - l[0]!.y) <= SAME_TOP);
    if (head) head.push(l);
    else heads.push([l]);
  }
  // one stack alone may be any column of single glyphs (the tail of a vertical headline read otherwise)
  const paired = heads.filter((h) => h.length >= 2);
  if (!paired.length) return runs;
  const joined = paired.map((h): TextRun => {
    const all = h.flat();
    const x = Math.min(...all.map((g) => g.x));
    return { text: h.map((l) => l.map((g) => g.text).join('')).join(''), x, y: Math.min(...all.map((g) => g.y)), w: Math.max(...all.map((g) => g.x)) - x + 2, size: 1 };
  });
  // a run keeps the glyphs no vertical line took (one of a pair may be the end of a line of text)
  const taken = new Set(paired.flat(2));
  const left = new Map<TextRun, Glyph[]>();
  for (const g of glyphs) if (!taken.has(g)) left.set(g.run, [...(left.get(g.run) ?? []), g]);
  const touched = new Set([...taken].map((g) => g.run));
  const kept = runs.flatMap((r) => {
    if (!touched.has(r)) return [r];
    return (left.get(r) ?? []).map((g) => ({ ...r, text: g.text, x: g.x, w: 1 }));
  });
  return [...kept, ...joined];
}
