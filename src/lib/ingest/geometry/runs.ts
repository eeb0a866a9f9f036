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
}

/**
 * Fake bold: a PDF draws some headlines twice, offset by a fraction of a
 * point. The copy is dropped and its text reported, so that no character
 * goes missing silently.
 */
export function dropOverprinted(runs: TextRun[]): { runs: TextRun[]; dropped: string } {
  const kept: TextRun[] = [];
  let dropped = '';
  const seen = new Map<string, TextRun[]>();
  for (const r of runs) {
    const near = seen.get(r.text)?.find((k) => Math.abs(k.x - r.x) < r.size * 0.25 && Math.abs(k.y - r.y) < r.size * 0.25 && Math.abs(k.size - r.size) < 0.5);
    if (near && r.text.trim()) { dropped += r.text.replace(/\s+/g, ''); continue; }
    kept.push(r);
    seen.set(r.text, [...(seen.get(r.text) ?? []), r]);
  }
  return { runs: kept, dropped };
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
