/**
 * Physical lines: runs that share a baseline and follow each other without a
 * gutter between them. Two columns side by side give two lines at the same
 * height, never one.
 */
import type { TextRun } from './runs.ts';

export interface PrintedLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Largest type size on the line. */
  size: number;
  runs: TextRun[];
}


/** A horizontal gap wider than this share of the type size separates two columns. */
const GUTTER = 0.9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Join the runs of one line; a gap between two Latin words keeps a space. In
 * letter-spaced type ("I N N O V A T I O N") only the gaps wider than the
 * letter spacing are spaces.
 */
function joinRuns(runs: TextRun[]): string {
  let text = '';
  let end = -Infinity;
  const spacing = median(runs.slice(1).map((r, i) => r.x - (runs[i]!.x + runs[i]!.w)));
  for (const r of runs) {
    const gap = r.x - end;
    if (text && gap > Math.max(r.size * 0.2, spacing * 1.8) && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(r.text)) text += ' ';
    text += r.text;
    end = Math.max(end, r.x + r.w);
  }
  return text;
}

export function toPrintedLines(runs: TextRun[]): PrintedLine[] {
  const sorted = runs.filter((r) => r.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  // rows: runs whose baselines are within a fraction of their size
  const rows: TextRun[][] = [];
  for (const r of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - r.y) <= Math.min(row[0]!.size, r.size) * 0.35) row.push(r);
    else rows.push([r]);
  }
  const lines: PrintedLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cur: TextRun[] = [];
    const flush = () => {
      if (!cur.length) return;
      const size = Math.max(...cur.map((r) => r.size));
      lines.push({ text: joinRuns(cur), x0: cur[0]!.x, x1: Math.max(...cur.map((r) => r.x + r.w)), y: cur[0]!.y, size, runs: cur });
      cur = [];
    };
    for (const r of row) {
      const end = cur.length ? Math.max(...cur.map((c) => c.x + c.w)) : -Infinity;
      if (cur.length && r.x - end > Math.min(r.size, cur.at(-1)!.size) * GUTTER) flush();
      cur.push(r);
    }
    flush();
  }
  return lines;
}
