/**
 * Text extracted with its layout kept (`pdftotext -layout` and the like):
 * columns and headlines that sit side by side share one text line, apart by
 * runs of spaces. Each piece becomes a run placed by its character column
 * and line number, so that the page can be read by position.
 */
import type { TextRun } from '../geometry/runs.ts';

/** Two or more spaces: the gap between two pieces printed side by side. */
const GUTTER = /\S+(?: \S+)*/g;

/** Does this text keep its layout: many lines carry pieces apart by wide runs of spaces? */
export function isLayoutText(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 8) return false;
  const sideBySide = lines.filter((l) => /\S {3,}\S/.test(l.trimEnd())).length;
  const indented = lines.filter((l) => /^ {4,}\S/.test(l)).length;
  return sideBySide >= lines.length * 0.25 && sideBySide + indented >= lines.length * 0.4;
}

/** Runs of a layout text: one per piece, x in character cells, y in lines (one line = one body size). */
export function layoutRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(GUTTER)) {
      runs.push({ text: m[0], x: m.index, y: i + 1, w: m[0].length, size: 1 });
    }
  });
  return runs;
}
