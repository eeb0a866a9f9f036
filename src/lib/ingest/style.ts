import type { ExtractionStyle } from '../types.ts';
import type { RawLine } from './lines.ts';
import { printWidth } from './text.ts';

/**
 * Which of the three extraction styles a page is in:
 * - wrapped: one printed column line per text line (short lines);
 * - spaced: the column lines of a block joined with spaces on one long line;
 * - paragraph: one paragraph (or piece of one) per long line, no inner spaces.
 */
export function detectStyle(lines: RawLine[]): ExtractionStyle {
  const long = lines.filter((l) => printWidth(l.text) > 40);
  if (long.length < Math.max(2, lines.length * 0.25)) return 'wrapped';
  // Spaced lines carry a space between CJK characters every column width (~8-25 characters).
  let gaps = 0;
  let width = 0;
  for (const l of long) {
    gaps += (l.text.match(/(?<=[^\sA-Za-z0-9]) (?=[^\sA-Za-z0-9])/g) ?? []).length;
    width += printWidth(l.text);
  }
  return gaps > 0 && width / gaps < 30 ? 'spaced' : 'paragraph';
}
