/**
 * Reading order of a page by recursive XY-cut: a region is cut across at
 * wide horizontal gaps (rows of modules, a headline above its columns) and
 * down at vertical gaps (columns), and read top to bottom, left to right.
 * What no cut separates is one block, read line by line.
 * All measures are shares of the page's body type size.
 */
import { bottom, top, type PrintedLine } from './lines.ts';

export interface Block {
  lines: PrintedLine[];
}

/** A gap across a region at least this tall separates rows of modules or a headline from its columns. */
const WIDE_ROW_GAP = 1.0;
/** The smallest vertical gutter between columns. */
const COLUMN_GAP = 0.5;
/** The smallest gap across a single column that starts a new block (a subhead's space, a photo). */
const ROW_GAP = 0.45;
/** A line this much larger than the body is headline type. */
export const HEADLINE_SIZE = 1.3;

type Cut = { at: number; gap: number };

/** Gaps in the projection of intervals on one axis, wider than `min`. */
function gaps(spans: [number, number][], min: number): Cut[] {
  const s = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Cut[] = [];
  let end = s[0]?.[1] ?? 0;
  for (const [a, b] of s.slice(1)) {
    if (a - end > min) out.push({ at: (a + end) / 2, gap: a - end });
    end = Math.max(end, b);
  }
  return out;
}

function splitAt<T>(items: T[], key: (t: T) => number, cuts: Cut[]): T[][] {
  const parts: T[][] = cuts.map(() => []).concat([[]]);
  for (const it of items) {
    const k = key(it);
    let i = 0;
    while (i < cuts.length && k > cuts[i]!.at) i++;
    parts[i]!.push(it);
  }
  return parts.filter((p) => p.length);
}

export function readingOrder(lines: PrintedLine[], body: number): Block[] {
  const out: Block[] = [];
  cut(lines, body, out);
  return out;
}

function cut(lines: PrintedLine[], body: number, out: Block[]): void {
  if (!lines.length) return;
  const ySpans = lines.map((l) => [top(l), bottom(l)] as [number, number]);
  const wide = gaps(ySpans, WIDE_ROW_GAP * body);
  if (wide.length) {
    for (const part of splitAt(lines, (l) => top(l), wide)) cut(part, body, out);
    return;
  }
  const cols = gaps(lines.map((l) => [l.x0, l.x1] as [number, number]), COLUMN_GAP * body);
  if (cols.length) {
    const parts = splitAt(lines, (l) => l.x0, cols);
    for (const part of headlinesFirst(parts, body)) cut(part, body, out);
    return;
  }
  const rows = gaps(ySpans, ROW_GAP * body);
  if (rows.length) {
    for (const part of splitAt(lines, (l) => top(l), rows)) cut(part, body, out);
    return;
  }
  out.push({ lines: [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0) });
}

/**
 * A headline set beside the first column of its article (the column starts
 * at the top, the headline sits over the others) is read before that column.
 */
function headlinesFirst(parts: PrintedLine[][], body: number): PrintedLine[][] {
  const big = (l: PrintedLine) => l.size >= HEADLINE_SIZE * body;
  const first = parts[0]!;
  if (first.some(big)) return parts;
  const firstTop = Math.min(...first.map(top));
  const out: PrintedLine[][] = [];
  const rest = parts.slice(1).map((p) => {
    const sorted = [...p].sort((a, b) => top(a) - top(b));
    if (!sorted[0] || top(sorted[0]) - firstTop > 3 * body || !sorted.slice(0, 4).some(big)) return p;
    // the headline with its kicker and subtitle: the lines above the body type, from the top
    let n = 0;
    while (n < sorted.length && sorted[n]!.size > body * 1.05) n++;
    out.push(sorted.slice(0, n));
    return sorted.slice(n);
  });
  return [...out, first, ...rest].filter((p) => p.length);
}
