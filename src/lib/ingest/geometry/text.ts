/**
 * A positioned page as text: its blocks in reading order, a printed line per
 * text line and a blank line between blocks, with what the position told
 * about each line (type size against the body, printed width in body em)
 * kept beside it for the stages that follow.
 */
import type { RawLine } from '../lines.ts';
import { toPrintedLines, type PrintedLine } from './lines.ts';
import { readingOrder } from './order.ts';
import { bodySize, dropOverprinted, type TextRun } from './runs.ts';
import { joinVertical } from './vertical.ts';

/**
 * A line starts apart from the one read before it when it is not set right
 * under it: a new column, a new module, or space left above it.
 */
function startsApart(prev: PrintedLine, l: PrintedLine): boolean {
  const dy = l.y - l.size * 0.9 - (prev.y + prev.size * 0.2);
  return dy < 0 || dy > 0.8 * Math.min(l.size, prev.size) || l.x0 > prev.x1 || l.x1 < prev.x0;
}

export interface PositionedText {
  /** The page as text, as the site shows it for the source. */
  text: string;
  lines: RawLine[];
  /** Glyphs of overprinted (fake bold) copies left out. */
  dropped: string;
}

/** `sizes`: the runs carry real type sizes (a PDF); a layout text knows positions only. */
export function positionedText(input: TextRun[], { sizes }: { sizes: boolean }): PositionedText {
  const { runs: kept, dropped } = dropOverprinted(input);
  const runs = sizes ? joinVertical(kept) : kept;
  const body = bodySize(runs);
  const blocks = readingOrder(runs, body).map((block) => toPrintedLines(block));
  const texts: string[] = [];
  const lines: RawLine[] = [];
  let prev: PrintedLine | null = null;
  blocks.forEach((b, i) => {
    if (i > 0) texts.push('');
    b.forEach((l) => {
      const text = l.text.trim();
      texts.push(text);
      const line: RawLine = { no: texts.length, text, gap: prev && startsApart(prev, l) ? 1 : 0, lead: false };
      if (sizes) Object.assign(line, { size: l.size / body, em: (l.x1 - l.x0) / body });
      lines.push(line);
      prev = l;
    });
  });
  return { text: texts.join('\n') + '\n', lines, dropped };
}
