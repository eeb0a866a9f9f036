/**
 * pdftotext, reading a page in blocks, puts the lines of two columns set
 * close together on one line, a space between them ("…质押融 引导、市场运作…"),
 * where their baselines meet, and each alone where they do not. Such a block
 * is cut back into its columns: a line is cut at a space between CJK text
 * where the left part fills the column measure (or opens a paragraph, or
 * ends a sentence, before a right part about as wide), and each line left whole goes to the column it
 * reads on in best (`interleave.ts`'s join score); the columns come out one
 * after the other, each a block. Lines before the first running line (a
 * headline over the columns) stay before them.
 */
import type { RawLine } from './lines.ts';
import { printedPairs } from './pairs.ts';
import { joinScore, usualMeasure } from './interleave.ts';
import { detectStyle } from './style.ts';
import { endsSentence, printWidth } from './text.ts';

/** How far a full left part may fall from the measure. */
const FULL = 1.5;
/** How far past the measure a full line with punctuation squeezed may run. */
const SQUEEZED = 3;
/** Share of a block's lines that must be cut for it to count as two columns. */
const CUT_SHARE = 0.3;

const SPACE = /(?<=[^\sA-Za-z0-9]) (?=[^\sA-Za-z0-9])/g;

/** The line cut into two columns' lines, or null. */
function cutLine(text: string, measure: number): [string, string] | null {
  for (const m of text.matchAll(SPACE)) {
    const [left, right] = [text.slice(0, m.index), text.slice(m.index + 1)];
    const [lw, rw] = [printWidth(left), printWidth(right)];
    // (punctuation set at half width lets a full line hold a glyph or two more than the measure)
    if (lw > measure + SQUEEZED || rw > measure + SQUEEZED) continue;
    // a full left line; or a paragraph's first (indented) or last line before a right line of the column's width
    const opensOrEnds = lw >= measure - 2 - FULL || endsSentence(left);
    if (lw >= measure - FULL || (opensOrEnds && rw >= measure - 2 - FULL)) return [left, right];
  }
  return null;
}

function blocksOf(lines: RawLine[]): RawLine[][] {
  const blocks: RawLine[][] = [];
  for (const l of lines) {
    if (l.gap > 0 || !blocks.length) blocks.push([l]);
    else blocks.at(-1)!.push(l);
  }
  return blocks;
}

/** The block's lines as two columns, or null when too few lines were cut. */
function untangleBlock(whole: RawLine[], measure: number, pairs: Set<string>): RawLine[] | null {
  // (a headline and its subtitle over the columns, wider than one or bare of punctuation, stay first)
  const start = whole.findIndex((l) => /[，,、；;。]/.test(l.text) && (printWidth(l.text) <= measure + SQUEEZED || cutLine(l.text, measure)));
  if (start < 0) return null;
  const block = whole.slice(start);
  const cuts = block.map((l) => cutLine(l.text, measure));
  if (cuts.filter(Boolean).length < Math.max(2, block.length * CUT_SHARE)) return null;
  const columns: RawLine[][] = [[], []];
  const score = (c: number, text: string) => {
    const last = columns[c]!.at(-1);
    return last ? joinScore(last.text, text, measure, pairs) : 0;
  };
  block.forEach((l, i) => {
    const cut = cuts[i];
    if (cut) {
      columns[0]!.push({ ...l, text: cut[0] });
      columns[1]!.push({ ...l, text: cut[1] });
      return;
    }
    // (a whole line reads on in the left column unless the right one takes it clearly better)
    columns[score(1, l.text) > score(0, l.text) ? 1 : 0]!.push(l);
  });
  return [...whole.slice(0, start), ...columns.flatMap((c) => c.map((l, i) => ({ ...l, gap: i === 0 ? Math.max(1, l.gap) : 0 })))];
}

export function untangleMergedColumns(input: RawLine[]): RawLine[] {
  if (input.some((l) => l.em !== undefined) || detectStyle(input) !== 'wrapped') return input;
  const measure = usualMeasure(input);
  if (!measure) return input;
  const pairs = printedPairs(input.map((l) => l.text));
  return blocksOf(input).flatMap((b) => untangleBlock(b, measure, pairs) ?? b);
}
