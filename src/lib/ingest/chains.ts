/**
 * pdftotext and pdfminer, on pages set with newspaper leading, read a column
 * as blocks of lines between blank lines, and the blocks in an order of their
 * own: where a photo, a box or another module cuts a column, the block that
 * goes on with a sentence may come out after other modules' blocks. A block
 * whose last line is cut mid-sentence is followed by the block that reads on
 * from it: one opening at the full measure (no paragraph indent) with
 * punctuation no line can start with, or whose first character the page
 * prints after the cut block's last far more often than chance would (a word
 * cut at the line's end, "园|区"), when no other block could go on from it or
 * into it.
 */
import { blocksOf, type RawLine } from './lines.ts';
import { CLOSING, usualMeasure } from './interleave.ts';
import { pairCounts, wordAcross, type PairCounts } from './pairs.ts';
import { detectStyle } from './style.ts';
import { endsSentence, holdsRunningPunctuation, missOf, PARAGRAPH_INDENT, printWidth } from './text.ts';

/** Fewest lines per block on average for a page to count as read in blocks (row-by-row reading gives 1–2). */
const BLOCK_LINES = 3;
/** How far from the measure a full line may fall (digits and Latin count in halves). */
const FULL = 1.25;

const full = (text: string, measure: number) => Math.abs(printWidth(text) - measure) <= FULL;
/** Running text: a line of punctuated prose, not a headline, credit or caption. */
const running = (block: RawLine[]) => block.length >= 2 && block.some((l) => holdsRunningPunctuation(l.text));

/** The block's last line is cut mid-sentence at the measure. */
const endsOpen = (block: RawLine[], measure: number) =>
  running(block) && !endsSentence(block.at(-1)!.text) && full(block.at(-1)!.text, measure);

/** The block opens inside a sentence: its first line fills the measure (a paragraph's first is indented). */
const startsOpen = (block: RawLine[], measure: number) =>
  running(block) && (CLOSING.test(block[0]!.text) || full(block[0]!.text, measure));

const goesOn = (a: RawLine[], b: RawLine[], counts: PairCounts) =>
  CLOSING.test(b[0]!.text) || wordAcross(a.at(-1)!.text, b[0]!.text, counts);

export function chainBlocks(input: RawLine[]): RawLine[] {
  if (input.some((l) => l.em !== undefined) || detectStyle(input) !== 'wrapped') return input;
  const blocks = blocksOf(input);
  if (blocks.length < 2 || input.length / blocks.length < BLOCK_LINES) return input;
  const measure = usualMeasure(input);
  if (!measure) return input;
  const counts = pairCounts(input.map((l) => l.text));
  const order = [...blocks];
  // a block already read on from the block before it stays where it is
  const placed = new Set(order.filter((b, i) => i > 0 && endsOpen(order[i - 1]!, measure) && startsOpen(b, measure) && goesOn(order[i - 1]!, b, counts)));
  for (let i = 0; i < order.length; i++) {
    const a = order[i]!;
    const next = order[i + 1];
    if (!endsOpen(a, measure) || (next && placed.has(next))) continue;
    // (a block after running text left open may go on from it, whatever its measure: it is no orphan)
    const orphan = (k: number) => k === 0 || !running(order[k - 1]!) || endsSentence(order[k - 1]!.at(-1)!.text);
    const candidates = order.filter((b, k) => k !== i + 1 && b !== a && !placed.has(b) && orphan(k) && startsOpen(b, measure) && goesOn(a, b, counts));
    if (candidates.length !== 1) continue;
    const b = candidates[0]!;
    // and no other cut block could go on into it
    const before = order[order.indexOf(b) - 1];
    const rivals = order.filter((o, k) => o !== a && o !== before && endsOpen(o, measure) && !placed.has(order[k + 1]!) && goesOn(o, b, counts));
    if (rivals.length) continue;
    order.splice(order.indexOf(b), 1);
    order.splice(order.indexOf(a) + 1, 0, b);
    placed.add(b);
  }
  if (readAsColumnBlocks(blocks)) endsReadFirst(order, measure, placed);
  return order.flat();
}

/** The block's own measure: the middle width of its lines before the last. */
const blockMeasure = (block: RawLine[]) => {
  const widths = block.slice(0, -1).map((l) => printWidth(l.text)).sort((x, y) => x - y);
  return widths[widths.length >> 1] ?? printWidth(block[0]!.text);
};

/** Share of lines at their block's own measure for a page to count as read in column blocks (pdftotext's merged columns give less). */
const COLUMN_BLOCKS = 0.8;
/** How far (em) a line may miss its block's measure and still count as set at it, for the page's reading. */
const EVEN = 1.5;

/** The page's blocks are pieces of columns: in blocks of three lines or more, each block's last line aside, lines are set at their block's measure. */
function readAsColumnBlocks(blocks: RawLine[][]): boolean {
  let [even, all] = [0, 0];
  for (const b of blocks) {
    if (b.length < 3) continue;
    const m = blockMeasure(b);
    for (const l of b.slice(0, -1)) { all++; if (Math.abs(printWidth(l.text) - m) <= EVEN) even++; }
  }
  return all > 0 && even / all >= COLUMN_BLOCKS;
}

/** How near its block's measure (em, squeezed punctuation allowed) a first line must print to open mid-sentence past doubt… */
const AT_MEASURE = 0.5;
/** …and how far at least from an indented first line's width. */
const CLEAR_OF_INDENT = 1;
/** How far (em) the measures of a block and the one it goes after may differ: columns of one module share theirs. */
const SAME_MEASURE = 1;

/**
 * The block opens mid-sentence past doubt: with punctuation no line starts
 * with, or no lede (本报讯…) and its first line at its own measure, well clear
 * of an indented first line's width.
 */
const surelyStartsOpen = (block: RawLine[], measure: number) => {
  const [first, m] = [block[0]!.text, blockMeasure(block)];
  if (!startsOpen(block, measure) || /^本报/.test(first)) return false;
  return CLOSING.test(first) || (missOf(first, m) <= AT_MEASURE && missOf(first, m - PARAGRAPH_INDENT) >= CLEAR_OF_INDENT);
};

/**
 * pdfminer may read a module's last column right under its headline, before
 * the lede, or a column's end after another paragraph of its module. A block
 * that opens mid-sentence past doubt where no sentence is left open before
 * it (after a break: no running text, nor a lone line of it left open; or
 * after a finished paragraph), and is not itself cut at the measure, is the
 * end of the text read after it: it goes after the first block further on
 * that is cut mid-sentence with nothing to go on into, if that one is set at
 * its measure — unless another such block comes first, or, after a
 * paragraph, a break does (the text stays in its module).
 */
function endsReadFirst(order: RawLine[][], measure: number, placed: Set<RawLine[]>): void {
  // (a lone line of running text left open may go on into it: "北京经开区有关负责人表示，园区")
  const leftOpen = (line: RawLine) => holdsRunningPunctuation(line.text) && !endsSentence(line.text);
  const standsAfter = (k: number): 'break' | 'paragraph' | null => {
    const before = order[k - 1]!;
    if (!running(before) && !leftOpen(before.at(-1)!)) return 'break';
    return endsSentence(before.at(-1)!.text) ? 'paragraph' : null;
  };
  const readTooEarly = (k: number) => k > 0 && standsAfter(k) !== null && surelyStartsOpen(order[k]!, measure) && !placed.has(order[k]!);
  const leftHanging = (k: number) => endsOpen(order[k]!, measure) && !(order[k + 1] && startsOpen(order[k + 1]!, measure));
  /** Where the block at k goes on from: the first block further on left hanging, if nothing stops the search first. */
  const targetOf = (k: number): number | null => {
    const inModule = standsAfter(k) === 'paragraph';
    let t = k + 1;
    while (t < order.length && !leftHanging(t) && !readTooEarly(t) && !(inModule && !running(order[t]!))) t++;
    return t < order.length && leftHanging(t) && !readTooEarly(t) ? t : null;
  };
  for (let k = 1; k < order.length; k++) {
    if (!readTooEarly(k) || endsOpen(order[k]!, measure)) continue;
    const end = order[k]!;
    const target = targetOf(k);
    if (target === null || Math.abs(blockMeasure(order[target]!) - blockMeasure(end)) > SAME_MEASURE) continue;
    order.splice(k, 1);
    order.splice(target, 0, end);
    placed.add(end);
    // (the block now at k is looked at again)
    k--;
  }
}
