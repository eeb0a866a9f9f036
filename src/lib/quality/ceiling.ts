/**
 * How far putting lines in order could take a text source: its lines sorted
 * into the order another reading of the same page prints them (the pdf.js
 * dump, which follows the content stream: column by column, as typeset),
 * with no blank lines, to be parsed and scored beside the text as read. A
 * research measure for the reordering stages, not a score: the reference is
 * itself an extraction, and headlines sit where the stream put them.
 */
import { norm as key } from './gold.ts';

/** How a text reads its lines: mostly alone between blank lines (row by row), in blocks, or line after line. */
export type Reading = 'alone' | 'blocks' | 'lines';

export function readingOf(text: string): Reading {
  const rows = text.split('\n');
  const lines = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.trim());
  const blank = (i: number) => i < 0 || i >= rows.length || !rows[i]!.trim();
  const alone = lines.filter(({ i }) => blank(i - 1) && blank(i + 1)).length / Math.max(1, lines.length);
  const apart = lines.slice(1).filter(({ i }) => blank(i - 1)).length / Math.max(1, lines.length);
  return alone >= 0.5 ? 'alone' : apart >= 0.1 ? 'blocks' : 'lines';
}


/**
 * The text's lines in the reference's order. A line the reference does not
 * print as it stands (two columns read onto one line) stays right after the
 * line read before it.
 */
export function inReferenceOrder(text: string, reference: string): string {
  const at = new Map<string, number[]>();
  reference.split('\n').map(key).forEach((k, i) => { if (k) at.set(k, [...(at.get(k) ?? []), i]); });
  let last = -1;
  const placed = text.split('\n').filter((l) => l.trim()).map((line, i) => {
    const found = at.get(key(line))?.shift();
    if (found !== undefined) last = found;
    return { line, k: found ?? last + (i + 1) * 1e-6 };
  });
  return placed.sort((a, b) => a.k - b.k).map((p) => p.line).join('\n') + '\n';
}
