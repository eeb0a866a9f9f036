/**
 * A positioned page as text: its blocks in reading order, a printed line per
 * text line and a blank line between blocks, with what the position told
 * about each line (type size against the body, printed width in body em)
 * kept beside it for the stages that follow.
 */
import type { RawLine } from '../lines.ts';
import { toPrintedLines } from './lines.ts';
import { readingOrder } from './order.ts';
import { bodySize, dropOverprinted, type TextRun } from './runs.ts';

export interface PositionedText {
  /** The page as text, as the site shows it for the source. */
  text: string;
  lines: RawLine[];
  /** Glyphs of overprinted (fake bold) copies left out. */
  dropped: string;
}

/** `sizes`: the runs carry real type sizes (a PDF); a layout text knows positions only. */
export function positionedText(input: TextRun[], { sizes }: { sizes: boolean }): PositionedText {
  const { runs, dropped } = dropOverprinted(input);
  const body = bodySize(runs);
  const blocks = readingOrder(toPrintedLines(runs), body);
  const texts: string[] = [];
  const lines: RawLine[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) texts.push('');
    b.lines.forEach((l, k) => {
      const text = l.text.trim();
      texts.push(text);
      const line: RawLine = { no: texts.length, text, gap: i > 0 && k === 0 ? 1 : 0, lead: false };
      if (sizes) Object.assign(line, { size: l.size / body, em: (l.x1 - l.x0) / body });
      lines.push(line);
    });
  });
  return { text: texts.join('\n') + '\n', lines, dropped };
}
