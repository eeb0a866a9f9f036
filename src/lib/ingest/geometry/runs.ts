/**
 * Text runs: pieces of text placed on a page at a known position and size,
 * as a PDF draws them (pdf.js text items) or as a layout-preserving text
 * extraction lays them out (character cells). Coordinates grow rightwards
 * and downwards; `y` is the baseline, `size` the type size, all in one unit.
 */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  /** Advance width of the whole run. */
  w: number;
  size: number;
  /** Font resource name, where the source knows it (weight hints). */
  font?: string;
  /** A headline set vertically, its glyph stacks joined into one run. */
  vertical?: boolean;
}

/**
 * Fake bold: a PDF draws some headlines twice, offset by a fraction of a
 * point. The copy is dropped and its text reported, so that no character
 * goes missing silently.
 */
export function dropOverprinted(runs: TextRun[]): { runs: TextRun[]; dropped: string } {
  const kept: TextRun[] = [];
  const copies: TextRun[] = [];
  for (const r of runs) (r.text.trim() && kept.some((k) => covers(k, r)) ? copies : kept).push(r);
  // the last line of a copy may be set apart from the original's (a short line placed anew)
  const byText = new Map<string, TextRun[]>();
  const lastLines = new Set<TextRun>();
  for (const r of kept) {
    const same = byText.get(r.text) ?? [];
    if (same.some((k) => repeats(k, r)) && copies.some((c) => lineAbove(c, r))) lastLines.add(r);
    byText.set(r.text, [...same, r]);
  }
  const dropped = [...copies, ...lastLines].map((r) => r.text.replace(/\s+/g, '')).join('');
  return { runs: kept.filter((r) => !lastLines.has(r)), dropped };
}

/** `copy` prints the text of `run` again on its baseline, in its type. */
const repeats = (run: TextRun, copy: TextRun) => run.text === copy.text && Math.abs(run.size - copy.size) <= 0.5 && Math.abs(run.y - copy.y) <= run.size * 0.25;

/** `above` sits in the line right over `run`, in its type. */
const lineAbove = (above: TextRun, run: TextRun) => Math.abs(above.size - run.size) <= 0.5 && run.y - above.y > run.size * 0.8 && run.y - above.y < run.size * 1.8;

/**
 * `copy` repeats glyphs of `run` at their own places (within a quarter of the
 * type size): the copies may be cut into runs differently from the original.
 */
function covers(run: TextRun, copy: TextRun): boolean {
  if (Math.abs(run.size - copy.size) > 0.5 || Math.abs(run.y - copy.y) > run.size * 0.25) return false;
  const chars = [...run.text];
  const advance = run.w / chars.length;
  const at = Math.round((copy.x - run.x) / advance);
  if (at < 0 || Math.abs(copy.x - (run.x + at * advance)) > run.size * 0.25) return false;
  return chars.slice(at, at + [...copy.text].length).join('') === copy.text;
}

/** The size most characters are set in: the body type. */
export function bodySize(runs: TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const s = Math.round(r.size * 4) / 4;
    weight.set(s, (weight.get(s) ?? 0) + r.text.replace(/\s/g, '').length);
  }
  let best = 0;
  let n = -1;
  for (const [s, c] of weight) if (c > n) [best, n] = [s, c];
  return best || 1;
}
