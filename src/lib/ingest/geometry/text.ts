/**
 * A positioned page as text: its blocks in reading order, a printed line per
 * text line and a blank line between blocks, with what the position told
 * about each line (type size against the body, printed width in body em)
 * kept beside it for the stages that follow.
 */
import type { RawLine } from '../lines.ts';
import { holdsRunningPunctuation, opensWithDash } from '../text.ts';
import { readFurniture, readPageNumber } from '../furniture.ts';
import { toPrintedLines, type PrintedLine } from './lines.ts';
import { readingOrder } from './order.ts';
import { headlinesBeforeBodies } from './owners.ts';
import { bodySize, dropOverprinted, type TextRun } from './runs.ts';
import { joinVertical } from './vertical.ts';

/** The width of a block's column in body em: from its leftmost to its rightmost body line. */
function columnMeasure(lines: PrintedLine[], body: number): number {
  const text = lines.filter((l) => Math.abs(l.size - body) <= body * 0.08);
  const of = text.length ? text : lines;
  return (Math.max(...of.map((l) => l.x1)) - Math.min(...of.map((l) => l.x0))) / body;
}

/** A section's name: a few characters, nothing else but the page number printed beside it. */
const SECTION_NAME = /^[\u4e00-\u9fff]{2,6}(?:\d{1,2})?$/;

/** The top of the page that the running header may take, as a share of the text's height. */
const HEADER_ZONE = 0.12;

/**
 * The running header (section name, page number, date, editor line) is read
 * first and kept out of the reading order: set in a band of its own across
 * the top, it would otherwise hide the gutters of the columns under it.
 */
function runningHeader(runs: TextRun[]): { header: PrintedLine[]; rest: TextRun[] } {
  const lines = toPrintedLines(runs);
  if (!lines.length) return { header: [], rest: runs };
  const top = Math.min(...lines.map((l) => l.y));
  const height = Math.max(...lines.map((l) => l.y)) - top;
  const inZone = (l: PrintedLine) => l.y - top <= height * HEADER_ZONE;
  const header = lines.filter((l) => inZone(l) && (readFurniture(l.text) || readPageNumber(l.text)));
  // the section's name ("园区动态"), a short bare word on a row of the header, is the header's too
  const onHeaderRow = (l: PrintedLine) => header.some((h) => Math.abs(h.y - l.y) <= Math.max(h.size, l.size));
  header.push(...lines.filter((l) => inZone(l) && !header.includes(l) && SECTION_NAME.test(l.text.replace(/\s+/g, '')) && onHeaderRow(l)));
  const taken = new Set(header.flatMap((l) => l.runs));
  return { header, rest: runs.filter((r) => !taken.has(r)) };
}

/**
 * A line starts apart from the one read before it when it is not set right
 * under it: a new column, a new module, or space left above it.
 */
function startsApart(prev: PrintedLine, l: PrintedLine): boolean {
  const dy = l.y - l.size * 0.9 - (prev.y + prev.size * 0.2);
  return dy < 0 || dy > 0.8 * Math.min(l.size, prev.size) || l.x0 > prev.x1 || l.x1 < prev.x0;
}

/** A line of headline type read from layout text: no running text's punctuation. */
const bareLine = (l: PrintedLine) => !holdsRunningPunctuation(l.text);

/** One line over the other: they share some of their width. */
const overlap = (a: PrintedLine, b: PrintedLine) => b.x0 < a.x1 && a.x0 < b.x1;
/** Set two rows apart, one over the other (a row of another module, or large type's blank row, between). */
const twoRowsApart = (a: PrintedLine, b: PrintedLine) => b.y - a.y === 2 && overlap(a, b);
/**
 * How many rows apart layout text may set two lines of one headline: large
 * type takes two to four rows a line. Over 50 corpus splits, 2 → 6 gave
 * titles +0.66 summed (article F1 +0.06, 15 up, 6 down); 4 and 8 less.
 */
const HEADLINE_ROWS = 6;
/**
 * Two bare lines one over the other are one headline: a few rows apart, or
 * on the next row where the lower is no wider (a wrapped headline's next
 * line; a kicker is narrower than the title under it, a subtitle opens with a
 * dash, a fake-bold copy repeats the line). Next-row wraps: titles +1.13
 * summed over 50 splits, article F1 +0.13.
 */
function headlineRows(a: PrintedLine, b: PrintedLine): boolean {
  const wrapped = a.x1 - a.x0 >= b.x1 - b.x0 && a.text !== b.text && !opensWithDash(b.text);
  const rows = b.y - a.y;
  return rows >= (wrapped ? 1 : 2) && rows <= HEADLINE_ROWS && overlap(a, b) && bareLine(a) && bareLine(b);
}

/**
 * Layout text sets a headline's lines of large type blank rows apart
 * ("贵阳高新区“数”说发" / "" / "展新动能"): two bare lines read one after the
 * other a few rows apart, one over the other, are one block, as a PDF's would be.
 */
function joinHeadlineRows(blocks: PrintedLine[][]): PrintedLine[][] {
  const out: PrintedLine[][] = [];
  for (const b of blocks) {
    const prev = out.at(-1)?.at(-1);
    if (prev && headlineRows(prev, b[0]!)) out.at(-1)!.push(...b);
    else out.push(b);
  }
  return out;
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
  const { header, rest } = runningHeader(runs);
  const ordered = readingOrder(rest, body, { sizes }).map((block) => toPrintedLines(block)).filter((lines) => lines.length);
  const blocks = [...header.map((l) => [l]), ...(sizes ? headlinesBeforeBodies(ordered, body) : joinHeadlineRows(ordered))];
  const texts: string[] = [];
  const lines: RawLine[] = [];
  let prev: PrintedLine | null = null;
  blocks.forEach((b, i) => {
    if (i > 0) texts.push('');
    const measure = columnMeasure(b, body);
    b.forEach((l) => {
      const text = l.text.trim();
      texts.push(text);
      // in layout text a column's next line may be two rows down, a row of another module between
      const apart = prev && startsApart(prev, l) && (sizes || !(twoRowsApart(prev, l) || headlineRows(prev, l)));
      const line: RawLine = { no: texts.length, text, gap: apart ? 1 : 0, lead: false };
      if (sizes) Object.assign(line, { size: l.size / body, em: (l.x1 - l.x0) / body, measure });
      lines.push(line);
      prev = l;
    });
  });
  return { text: texts.join('\n') + '\n', lines, dropped };
}
