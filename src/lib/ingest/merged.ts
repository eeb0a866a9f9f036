/**
 * pdftotext, reading a page in blocks, puts the lines of two or three
 * columns set close together on one line, a space between them ("…质押融
 * 引导、市场运作…"), where their baselines meet, and each alone where they do
 * not. Such a block is cut back into its columns: a line is cut at a space
 * between CJK text where the left part fills the column measure (or opens a
 * paragraph, or ends a sentence, before a right part about as wide); a line
 * of fewer pieces than the block has columns goes to the columns its pieces
 * read on in best (`interleave.ts`'s join score). The columns come out one
 * after the other, each a block. Lines before the first running line (a
 * headline over the columns) stay before them.
 */
import { blocksOf, type RawLine } from './lines.ts';
import { printedPairs } from './pairs.ts';
import { joinScore, usualMeasure } from './interleave.ts';
import { detectStyle } from './style.ts';
import { endsSentence, printWidth } from './text.ts';

/** How far a full left part may fall from the measure. */
const FULL = 1.5;
/** How far past the measure a full line with punctuation squeezed may run. */
const SQUEEZED = 3;
/** Most columns one line may hold. */
const MAX_COLUMNS = 3;
/** Share of a block's lines that must be cut for it to count as columns. */
const CUT_SHARE = 0.3;

const SPACE = /(?<=[^\sA-Za-z0-9]) (?=[^\sA-Za-z0-9])/g;

/** The line cut into two columns' lines, or null. */
function cutLine(text: string, measure: number): [string, string] | null {
  for (const m of text.matchAll(SPACE)) {
    const [left, right] = [text.slice(0, m.index), text.slice(m.index + 1)];
    const [lw, rw] = [printWidth(left), printWidth(right)];
    // (punctuation set at half width lets a full line hold a glyph or two more than the measure)
    if (lw > measure + SQUEEZED) continue;
    // a full left line; or a paragraph's first (indented) or last line before a right line of the column's width
    const opensOrEnds = lw >= measure - 2 - FULL || endsSentence(left);
    if (lw >= measure - FULL || (opensOrEnds && rw >= measure - 2 - FULL)) return [left, right];
  }
  return null;
}

/** The line as the lines of up to MAX_COLUMNS columns (one piece where it holds no cut). */
function piecesOf(text: string, measure: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (let cut = cutLine(rest, measure); cut && pieces.length < MAX_COLUMNS - 1; cut = cutLine(rest, measure)) {
    pieces.push(cut[0]);
    rest = cut[1];
  }
  // (a right part still wider than a column is no column's line: the line stays whole)
  return printWidth(rest) > measure + SQUEEZED ? [text] : [...pieces, rest];
}

/** Increasing choices of `p` columns out of `k`, leftmost first. */
function choices(k: number, p: number): number[][] {
  if (p === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= k - p; first++) for (const rest of choices(k - first - 1, p - 1)) out.push([first, ...rest.map((c) => c + first + 1)]);
  return out;
}

/** The block's lines as the columns they were cut into, or null when too few lines were cut. */
function untangleBlock(whole: RawLine[], measure: number, pairs: Set<string>): RawLine[] | null {
  // (a headline and its subtitle over the columns, wider than one or bare of punctuation, stay first)
  const start = whole.findIndex((l) => /[，,、；;。]/.test(l.text) && (printWidth(l.text) <= measure + SQUEEZED || cutLine(l.text, measure)));
  if (start < 0) return null;
  const block = whole.slice(start);
  const pieces = block.map((l) => piecesOf(l.text, measure));
  if (pieces.filter((p) => p.length > 1).length < Math.max(2, block.length * CUT_SHARE)) return null;
  const columns: RawLine[][] = Array.from({ length: Math.max(...pieces.map((p) => p.length)) }, () => []);
  const score = (c: number, text: string) => {
    const last = columns[c]!.at(-1);
    return last ? joinScore(last.text, text, measure, pairs) : 0;
  };
  block.forEach((l, i) => {
    // a line of fewer pieces than columns: the columns its pieces read on in best (leftmost on a tie)
    let best: number[] = [];
    let bestScore = -Infinity;
    for (const cols of choices(columns.length, pieces[i]!.length)) {
      const s = cols.reduce((t, c, k) => t + score(c, pieces[i]![k]!), 0);
      if (s > bestScore) [best, bestScore] = [cols, s];
    }
    best.forEach((c, k) => columns[c]!.push({ ...l, text: pieces[i]![k]! }));
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
