/**
 * pdftotext (without -layout) reads side-by-side columns whose lines share
 * baselines row by row: their lines come out interleaved, each alone between
 * blank lines ("…获悉，园" / "创新生态日益完善" / "区纳米…"), where one
 * column's lines read on their own come out together. A run of such lone
 * lines is tried as 2 to 6 columns taken in turn (pdfminer reads a whole
 * module of five columns row by row at open leading); it is untangled when
 * its lines read on from one another in that order much better than as they
 * stand. Two columns' lines pdftotext put on one line, apart by a space, are
 * first cut apart.
 *
 * A full line cut mid-sentence reads on into the next when that one opens
 * with punctuation no line can start with, when the two characters across
 * the join are printed together elsewhere on the page, or when a word of the
 * dictionary runs across it (`pairs.ts`).
 */
import type { RawLine } from './lines.ts';
import { printedPairs, readsOn } from './pairs.ts';
import { detectStyle } from './style.ts';
import { endsSentence, PARAGRAPH_INDENT, printWidth } from './text.ts';

/** Share of lines set apart by blank lines before a page counts as read row by row. */
const ROW_BY_ROW = 0.3;
/** Below this share of cut lines reading on into the next, a page is read row by row. */
const READ_ON_SHARE = 0.35;
/** Most columns taken in turn. */
const MAX_COLUMNS = 6;
/** How much better the untangled order must read (in joins) than the order as it stands. */
const MARGIN = 2;
/**
 * The gain an untangled reading of `columns` columns must show: more columns,
 * more readings to choose from and more won by chance (a single column of
 * lone lines read as six, over 16 fresh splits: pdfminer F1 -0.001 summed
 * at MARGIN for all, +0.006 so).
 */
const marginFor = (columns: number) => (columns === 1 ? 0 : columns <= 4 ? MARGIN : MARGIN * (columns - 2));

/** Punctuation no printed line starts with: a line opening with it goes on from the line before. */
export const CLOSING = /^[，。、；：？！）」』”’,.;:?!)]/;
const WORD_END = /[\p{Script=Han}\p{L}\p{N}]$/u;

/** The page's usual width of a line cut mid-word: its column measure. */
export function usualMeasure(lines: RawLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = Math.round(printWidth(l.text));
    if (w >= 8 && WORD_END.test(l.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/**
 * Two columns' lines on one line: cut at a space between CJK text where the
 * left part fills the measure. What pdftotext put under such a line may
 * belong to either column, so it no longer counts as printed right under it.
 */
export function cutJoinedLines(lines: RawLine[], measure: number): RawLine[] {
  const out: RawLine[] = [];
  let cut = false;
  for (const l of lines) {
    const line = cut && l.gap === 0 ? { ...l, gap: 1 } : l;
    const at = [...l.text.matchAll(/(?<=[^\sA-Za-z0-9]) (?=[^\sA-Za-z0-9])/g)].find(
      (m) => Math.abs(printWidth(l.text.slice(0, m.index)) - measure) <= 1 && printWidth(l.text.slice(m.index)) >= measure * 0.5,
    );
    cut = !!at;
    if (at) out.push({ ...line, text: l.text.slice(0, at.index) }, { ...line, text: l.text.slice(at.index + 1), gap: 1 });
    else out.push(line);
  }
  return out;
}

/**
 * Score of reading `b` right after `a`: +1 a join that reads on; below 0 one
 * that hardly can (`b` opens with closing punctuation after a finished line,
 * is a paragraph's indented first line after a cut one, or fills the measure
 * after a finished one); 0 unknown.
 */
/** A line cut mid-sentence: full to the measure (or to its indent) and unfinished. */
const isCut = (line: string, measure: number) => printWidth(line) >= measure - 2.5 && !endsSentence(line);

export function joinScore(a: string, b: string, measure: number, pairs: Set<string>): number {
  const cut = isCut(a, measure);
  const width = printWidth(b);
  if (!cut) return CLOSING.test(b) ? -1 : Math.abs(width - measure) <= 0.5 ? -0.5 : 0;
  if (CLOSING.test(b)) return 1;
  const seen = readsOn(a, b, pairs) ? 1 : -0.25;
  return seen + (Math.abs(width - (measure - PARAGRAPH_INDENT)) <= 0.5 && WORD_END.test(b) ? -0.5 : 0);
}

/** The segment's lines taken as `columns` columns in turn, column by column. */
function inTurn<T>(segment: T[], columns: number): T[] {
  return Array.from({ length: columns }, (_, c) => segment.filter((_, i) => i % columns === c)).flat();
}

/**
 * The page cut into segments, each read as it stands or as 2–6 columns in
 * turn, whose joins read on best (each untangled segment must gain its margin).
 */
function bestSegments(lines: RawLine[], measure: number, pairs: Set<string>): { start: number; end: number; columns: number }[] {
  const texts = lines.map((l) => l.text);
  const n = texts.length;
  // lines printed right under the previous one (no blank line) read on from it: never untangled apart
  const together = [0];
  for (let i = 0; i < n; i++) together.push(together[i]! + (i > 0 && lines[i]!.gap === 0 ? 1 : 0));
  // prefix[c][i]: score of the joins i' → i' + c for i' < i
  const prefix = Array.from({ length: MAX_COLUMNS + 1 }, (_, c) => {
    const sums = [0];
    for (let i = 0; i < n; i++) sums.push(sums[i]! + (c > 0 && i + c < n ? joinScore(texts[i]!, texts[i + c]!, measure, pairs) : 0));
    return sums;
  });
  // read as it stands, a segment keeps its join to the next line too: cutting the page there gains nothing
  const segmentScore = (start: number, end: number, c: number) =>
    c === 1 ? prefix[1]![end]! - prefix[1]![start]! : prefix[c]![Math.max(start, end - c)]! - prefix[c]![start]!;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const back = new Array<{ start: number; columns: number }>(n + 1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      for (let c = 1; c <= MAX_COLUMNS; c++) {
        if (c > 1 && (end - start < c * 2 || together[end]! - together[start]! > 0)) break;
        const score = best[start]! + segmentScore(start, end, c) - marginFor(c);
        if (score > best[end]!) [best[end], back[end]] = [score, { start, columns: c }];
      }
    }
  }
  const segments = [];
  for (let end = n; end > 0; end = back[end]!.start) segments.push({ start: back[end]!.start, end, columns: back[end]!.columns });
  return segments.reverse();
}

/**
 * Is the page read row by row: lines set apart by blank lines, and few of its
 * cut lines read on into the line after them (about half do on a page read
 * column by column)?
 */
function readRowByRow(lines: RawLine[], measure: number, pairs: Set<string>): boolean {
  if (lines.filter((l) => l.gap > 0).length < lines.length * ROW_BY_ROW) return false;
  let cut = 0;
  let readOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.text;
    if (!isCut(a, measure)) continue;
    cut++;
    if (joinScore(a, lines[i + 1]!.text, measure, pairs) > 0) readOn++;
  }
  return cut > 0 && readOn < cut * READ_ON_SHARE;
}

export function untangleColumns(input: RawLine[]): RawLine[] {
  // positioned pages are read in order already; lines of other styles are no column lines
  if (input.some((l) => l.em !== undefined) || detectStyle(input) !== 'wrapped') return input;
  const measure = usualMeasure(input);
  const pairs = printedPairs(input.map((l) => l.text));
  if (!measure || !readRowByRow(input, measure, pairs)) return input;
  const lines = cutJoinedLines(input, measure);
  const segments = bestSegments(lines, measure, pairs);
  return segments.flatMap(({ start, end, columns }) => inTurn(lines.slice(start, end), columns));
}
