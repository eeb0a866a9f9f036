/**
 * Set running text in a column the way the paper does: lines of a fixed
 * measure, a two-character indent on a paragraph's first line, closing
 * punctuation never starting a line (it hangs at the end of the one before).
 */
import { printWidth } from '../ingest/text.ts';

const NO_LINE_START = /[，。、；：！？”’）》」』%％,.;:!?)]/;

export function wrapParagraph(text: string, measure: number, indent = 2): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line = '';
  let width = indent;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const w = printWidth(ch);
    if (width + w > measure && line && !NO_LINE_START.test(ch)) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}
