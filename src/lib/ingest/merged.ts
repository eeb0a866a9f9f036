/**
 * pdftotext, reading a page in blocks, puts the lines of columns set close
 * together on one line, a space between them ("…质押融 引导、市场运作…"),
 * where their baselines meet, and each alone where they do not: the columns
 * of two articles side by side may share a line. Such a block is cut back
 * into its columns. A line is cut into pieces at spaces between CJK text, a
 * piece running on until it fills the column measure or ends a sentence
 * (spaces inside a byline or a letter-spaced line stay inside their piece).
 * The block has as many columns as its widest line has pieces; every line's
 * pieces go to columns left to right, and a line of fewer pieces to the
 * columns its pieces read on in best (`interleave.ts`'s join score), the
 * choice weighed over the whole block (a beam of the best readings so far),
 * since a choice that reads on here may leave no column for a later line.
 * The columns come out one after the other, each a block. Lines before the
 * first running line (a headline over the columns) stay before them.
 */
import { blocksOf, type RawLine } from './lines.ts';
import { printedPairs } from './pairs.ts';
import { CLOSING, joinScore, usualMeasure } from './interleave.ts';
import { detectStyle } from './style.ts';
import { endsSentence, printWidth } from './text.ts';

/** How far below the measure a piece may end and still fill it. */
const FULL = 1.5;
/** How far past the measure a full line with punctuation squeezed may run. */
const SQUEEZED = 3;
/** Share of a block's lines that must be cut for it to count as columns. */
const CUT_SHARE = 0.3;
/** Readings of the block kept at each line. */
const BEAM = 48;

const SPACE = /(?<=[^\sA-Za-z0-9]) (?=[^\sA-Za-z0-9])/;

/** The line as the lines of the columns it holds: pieces that fill the measure or end a sentence. */
function piecesOf(text: string, measure: number): string[] {
  const pieces: string[] = [];
  for (const token of text.split(SPACE)) {
    const last = pieces.at(-1);
    const done = last !== undefined && (printWidth(last) >= measure - FULL || endsSentence(last));
    const fits = last !== undefined && printWidth(last) + printWidth(token) <= measure + SQUEEZED;
    // (punctuation no line starts with stays with the text before it)
    if (last !== undefined && (CLOSING.test(token) || (!done && fits))) pieces[pieces.length - 1] = `${last} ${token}`;
    else pieces.push(token);
  }
  return pieces;
}

/** Increasing choices of `p` columns out of `k`, leftmost first. */
function choices(k: number, p: number): number[][] {
  if (p === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= k - p; first++) for (const rest of choices(k - first - 1, p - 1)) out.push([first, ...rest.map((c) => c + first + 1)]);
  return out;
}

/** A reading of the block so far: each column's last piece, the columns the last line went to (and the reading before), the joins' score. */
interface Reading { last: (string | undefined)[]; went: number[]; before: Reading | null; score: number }

/** The columns each line's pieces go to, in the reading whose joins read on best. */
function bestColumns(pieces: string[][], columns: number, measure: number, pairs: Set<string>): number[][] {
  let beam: Reading[] = [{ last: new Array<string | undefined>(columns).fill(undefined), went: [], before: null, score: 0 }];
  const options = new Map<number, number[][]>();
  for (const line of pieces) {
    if (!options.has(line.length)) options.set(line.length, choices(columns, line.length));
    const next: Reading[] = [];
    for (const r of beam) {
      for (const cols of options.get(line.length)!) {
        let score = r.score;
        cols.forEach((c, k) => { const a = r.last[c]; if (a !== undefined) score += joinScore(a, line[k]!, measure, pairs); });
        const last = [...r.last];
        cols.forEach((c, k) => { last[c] = line[k]; });
        next.push({ last, went: cols, before: r, score });
      }
    }
    // (a stable sort: on a tie, the reading that went leftmost first)
    next.sort((a, b) => b.score - a.score);
    const seen = new Set<string>();
    beam = next.filter((r) => { const key = r.last.join('\u0000'); if (seen.has(key)) return false; seen.add(key); return true; }).slice(0, BEAM);
  }
  const went: number[][] = [];
  for (let r: Reading | null = beam[0]!; r?.before; r = r.before) went.unshift(r.went);
  return went;
}

/** The block's lines as the columns they were cut into, or null when too few lines were cut. */
function untangleBlock(whole: RawLine[], measure: number, pairs: Set<string>): RawLine[] | null {
  // (a headline and its subtitle over the columns, wider than one or bare of punctuation, stay first)
  const start = whole.findIndex((l) => /[，,、；;。]/.test(l.text) && piecesOf(l.text, measure).every((p) => printWidth(p) <= measure + SQUEEZED));
  if (start < 0) return null;
  const block = whole.slice(start);
  const pieces = block.map((l) => piecesOf(l.text, measure));
  if (pieces.filter((p) => p.length > 1).length < Math.max(2, block.length * CUT_SHARE)) return null;
  const count = Math.max(...pieces.map((p) => p.length));
  const columns: RawLine[][] = Array.from({ length: count }, () => []);
  bestColumns(pieces, count, measure, pairs).forEach((cols, i) => cols.forEach((c, k) => columns[c]!.push({ ...block[i]!, text: pieces[i]![k]! })));
  return [...whole.slice(0, start), ...columns.flatMap((c) => c.map((l, i) => ({ ...l, gap: i === 0 ? Math.max(1, l.gap) : 0 })))];
}

export function untangleMergedColumns(input: RawLine[]): RawLine[] {
  if (input.some((l) => l.em !== undefined) || detectStyle(input) !== 'wrapped') return input;
  const measure = usualMeasure(input);
  if (!measure) return input;
  const pairs = printedPairs(input.map((l) => l.text));
  return blocksOf(input).flatMap((b) => untangleBlock(b, measure, pairs) ?? b);
}
