/**
 * Some extractions (pdftotext -raw) break a printed line wherever the PDF
 * starts a new run of glyphs, which typesetters do around squeezed
 * punctuation: "战略，" / "园区企业研发投入同". Such a page shows many short
 * lines ending with a comma, which a printed column never does (its short
 * lines end paragraphs). On such a page the pieces are grouped back into
 * printed lines: of all the ways to group them, the one whose lines look most
 * like a column's (full to the measure, or short only where a paragraph ends).
 */
import { readFurniture, readPageNumber } from './furniture.ts';
import type { RawLine } from './lines.ts';
import { COLON_HEAD, endsSentence, holdsRunningPunctuation, PARAGRAPH_INDENT, printWidth, squeezable } from './text.ts';
import { looksLikeName } from './surnames.ts';
import { isCredit } from './credits.ts';
import { BYLINE_START } from './bylines.ts';

/** Punctuation a piece ends with where the extraction broke the printed line. */
const BREAK_AFTER = /[，、；：“”‘’（）《》,;:。！？!?]$/;
/** An opening quote or bracket the extraction may start a new piece with. */
const OPENS = /^[“‘（《(]/;
/** A bracketed phrase alone on its line, and a line that stops mid-sentence (not even at a comma). */
const BRACKETED = /^[（(《][^（）()《》]+[）)》]$/;
const MID_SENTENCE = /[\p{Script=Han}“]$/u;
/**
 * Share of lines that must be comma-ended pieces before a page counts as
 * broken up. -raw breaks some pages only here and there (a quoted phrase
 * set apart: "开通" / "‘城南通办’" / "业"); over 16 fresh corpus splits 0.05 →
 * 0.02 gave -raw article F1 +0.109 summed (0.03: +0.094; 0.01 and below cost
 * pdftotext and pdf.js dumps, which read whole lines).
 */
const BROKEN_SHARE = 0.02;
/** Lines around a line that give the column measure. */
const WINDOW = 25;
/** Most pieces one printed line is read back from. */
const MAX_PIECES = 8;

const mode = (xs: number[]) => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = 0;
  let n = 0;
  for (const [x, c] of counts) if (c > n || (c === n && x > best)) [best, n] = [x, c];
  return best;
};

/**
 * Column measure near each line: the widest width that lines cut mid-word
 * (neither a piece nor a paragraph's end) often reach. Not the most common
 * one: on a page broken into pieces, most lines ending mid-word are a printed
 * line's last piece.
 */
function measures(widths: number[], lines: RawLine[]): number[] {
  const cut = lines.map((l, i) => (/[\p{Script=Han}\p{L}\p{N}]$/u.test(l.text) && widths[i]! >= 8 ? widths[i]! : 0));
  const widest = (near: number[]) => {
    const counts = new Map<number, number>();
    for (const w of near) counts.set(w, (counts.get(w) ?? 0) + 1);
    const often = [...counts].filter(([, c]) => c >= Math.max(2, near.length * 0.15)).map(([w]) => w);
    return often.length ? Math.max(...often) : mode(near);
  };
  const page = widest(cut.filter((w) => w > 0));
  return lines.map((_, i) => {
    const near = cut.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).filter((w) => w > 0);
    if (near.length < 3) return mode(widths.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).filter((w) => w >= 6));
    const local = widest(near);
    // few lines near here reach the measure more than once (most full lines hold a comma): where one
    // reaches the page's, that is this column's too
    return local < page && near.some((w) => Math.abs(w - page) <= 1) ? page : local;
  });
}

/** A line that may carry on a sentence: it opens with a character, does not finish one, and is no headline printed twice. */
const runsOn = (line: RawLine | undefined): boolean =>
  line !== undefined && !line.twice && !endsSentence(line.text) && /^\p{Script=Han}/u.test(line.text);

/** A line without running punctuation. */
const bare = (l: RawLine | undefined): l is RawLine => l !== undefined && !/[，。、；：,;:！？]/.test(l.text);

/**
 * A paragraph's last line ("模再上新台阶。") under a full line it goes on from, then lines without running
 * punctuation that would run it over the measure: those lines are a headline ("数字经济核心产业增加值增长" /
 * "21%" / …), not the next sentence. (Not where one opens with a quote or bracket, where -raw breaks a
 * printed line: "片区国际贸易" / "“单一窗口”", "（奚小" / "雁）".) So are such lines that end right over a
 * byline (`overByline`), however short.
 */
function headlineAfterParagraph(before: RawLine | undefined, prev: RawLine, next: RawLine, after: RawLine | undefined, under: RawLine | undefined, measure: number, overByline: boolean): boolean {
  const lastLine = endsSentence(prev.text) && before !== undefined && !endsSentence(before.text) && printWidth(before.text) >= measure - 1;
  if (!lastLine || !bare(next) || OPENS.test(next.text)) return false;
  // (bare lines that end right over a byline are its article's headline, whatever the widths: no text ends without a stop there)
  if (overByline) return true;
  if (!bare(after) || !bare(under) || OPENS.test(after!.text)) return false;
  return printWidth(prev.text) + printWidth(next.text) > measure + 0.5;
}

/** Most lines of a headline read right over its article's byline. */
const HEAD_LINES = 4;

/** For each line: it starts a run of bare lines (no running punctuation, no sentence's end) that ends right over a byline. */
function runsToByline(lines: RawLine[]): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && j - i < HEAD_LINES && bare(lines[j]) && !endsSentence(lines[j]!.text) && !BYLINE_START.test(lines[j]!.text)) j++;
    out[i] = j > i && j < lines.length && BYLINE_START.test(lines[j]!.text);
  }
  return out;
}

/** Most lines of a caption read back as a sentence of its own over its photo's credit. */
const CAPTION_LINES = 3;

/** For each line: it starts one bare sentence of a line or a few (no inner punctuation) that ends right over a photo credit. */
function runsToCredit(lines: RawLine[]): boolean[] {
  return lines.map((line, i) => {
    // ("图为" cut off at a line's end, "服务。" / "图为外" / "籍人才…", is photo news's text: mayJoin)
    if (/^图为/.test(line.text) && !endsSentence(line.text)) return false;
    for (let j = i; j < Math.min(i + CAPTION_LINES, lines.length - 1); j++) {
      const text = lines[j]!.text;
      // (a signature's brackets, "（王敏" / "刘佳）", hold no caption)
      if (/[，、；：,;:（）()]/.test(text)) return false;
      if (endsSentence(text)) return !/[。！？!?]./.test(text) && isCredit(lines[j + 1]!.text);
      if (/[。！？!?]/.test(text)) return false;
    }
    return false;
  });
}

/** May `next` be the piece printed right after `prev` (itself after `before`, with `after` under it) on the same line? */
function mayJoin(before: RawLine | undefined, prev: RawLine, next: RawLine, after: RawLine | undefined, under: RawLine | undefined, measure: number, overByline: boolean): boolean {
  if (next.gap !== 0) return false;
  // a line without running punctuation over a headline printed twice is that headline's kicker, not a sentence's start
  if (after?.twice && endsSentence(prev.text) && !/[，。、；：！？,;:!?]/.test(next.text)) return false;
  if (readFurniture(prev.text) || readFurniture(next.text) || readPageNumber(next.text)) return false;
  if (BYLINE_START.test(next.text) || /^(?:■|图片来源)/.test(next.text)) return false;
  // a caption starts a line of its own; "图为" cut off at a line's end ("服务。" / "图为外" / "籍人才…") is photo news's text
  if (/^图为/.test(next.text) && !/[\p{Script=Han}\p{N}]$/u.test(next.text.slice(2))) return false;
  // "X高新区：" alone over a line without running punctuation is a headline's first line, not a piece of running text
  if (COLON_HEAD.test(prev.text.trim()) && !holdsRunningPunctuation(next.text)) return false;
  // a photo credit (X/摄) stands on a line of its own, under its caption
  if (/\/\s*摄$/.test(next.text)) return false;
  // a sentence of its own right over a photo credit is its caption, even where it fills a line with the sentence before it
  if (after && isCredit(after.text) && endsSentence(prev.text) && endsSentence(next.text) && !/[。！？]./.test(next.text)) return false;
  if (headlineAfterParagraph(before, prev, next, after, under, measure, overByline)) return false;
  // a bare line set wider than the column is a caption at its photo's width: its tail ends a line of its own
  if (before && bare(before) && printWidth(before.text) > measure + 1 && endsSentence(prev.text) && !/[，、；：,;:]/.test(prev.text)) return false;
  // a bracket closed on its own line after a finished sentence is a signature or a note, not a piece of a line
  if (/^[（(][^（()）]*[）)]$/.test(prev.text.trim()) && (!before || endsSentence(before.text))) return false;
  // a name alone after the article's last sentence is its signature, unless running text goes on under it
  // (two lines without running punctuation under the name, the first short, are a headline's: "南宁高新区举办科" / "技成果对接会")
  const headline = [after, under].every((l) => l !== undefined && !/[，。、；,;]/.test(l.text)) && printWidth(after!.text) < measure - 1;
  // (a byline under the name opens the next article: nothing goes on)
  const goesOn = runsOn(after) && !headline && !BYLINE_START.test(after!.text);
  if (endsSentence(prev.text) && /^[\p{Script=Han}]{2,3}$/u.test(next.text.trim()) && looksLikeName(next.text.trim()) && !/^图为/.test(next.text) && !goesOn) return false;
  return BREAK_AFTER.test(prev.text) || OPENS.test(next.text) || (printWidth(prev.text) <= 3 && OPENS.test(prev.text));
}

/**
 * How unlike a column's line a printed line of this width and text is.
 * `least`: the width it may be squeezed to (typesetters set punctuation at
 * half width to fit a line).
 */
function lineCost(width: number, least: number, text: string, measure: number): number {
  if (least > measure + 1) return Infinity;
  if (width >= measure - 0.5) return 0; // full
  if (Math.abs(width - (measure - PARAGRAPH_INDENT)) <= 0.5 && !BREAK_AFTER.test(text)) return 0.2; // full after a paragraph's indent
  if (endsSentence(text)) return 0.95; // a paragraph's last line (on a tie with a title, the paragraph ends: a short line may end it, never run on)
  return BREAK_AFTER.test(text) ? 3 : 1.2; // a comma never ends a short line; a title may
}

/** A group of pieces read as one printed line: a sentence ends inside one only if the line is full. */
function groupCost(group: RawLine[], width: number, measure: number): number {
  const text = group.at(-1)!.text;
  const endsInside = group.slice(0, -1).some((l) => endsSentence(l.text));
  // squeezed punctuation fits a line that runs one sentence on; after a sentence's end a subhead may follow
  const least = endsInside ? width : width - squeezable(group.map((l) => l.text).join(''));
  const cost = lineCost(width, least, text, measure);
  if (group.length === 1) return Math.min(cost, 1.2 + (BREAK_AFTER.test(text) ? 2 : 0)); // wider than the measure: a title
  return endsInside && cost > 0.2 ? Infinity : cost;
}

/** The grouping of lines[from..to) into printed lines of least total cost. */
function regroup(lines: RawLine[], widths: number[], measure: number[]): RawLine[] {
  const n = lines.length;
  const toByline = runsToByline(lines);
  const toCredit = runsToCredit(lines);
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    let width = 0;
    for (let start = end - 1; start >= Math.max(0, end - MAX_PIECES); start--) {
      if (start < end - 1 && !mayJoin(lines[start - 1], lines[start]!, lines[start + 1]!, lines[start + 2], lines[start + 3], measure[start]!, toByline[start + 1]!)) break;
      // a caption over its credit starts a line of its own, after the sentence before it ended
      if (start < end - 1 && toCredit[start + 1] && endsSentence(lines[start]!.text)) break;
      width += widths[start]!;
      const c = cost[start]! + groupCost(lines.slice(start, end), width, measure[start]!);
      if (c < cost[end]!) [cost[end], back[end]] = [c, start];
    }
  }
  const out: RawLine[] = [];
  for (let end = n; end > 0; end = back[end]!) {
    const group = lines.slice(back[end]!, end);
    out.push({ ...group[0]!, text: group.map((l) => l.text).join('') });
  }
  return out.reverse();
}

export function joinLinePieces(lines: RawLine[]): RawLine[] {
  if (lines.some((l) => l.em !== undefined)) return lines; // positioned pages have whole lines
  const widths = lines.map((l) => printWidth(l.text));
  const measure = measures(widths.map(Math.round), lines);
  const pieces = lines.filter((l, i) => /[，、；：,;:]$/.test(l.text) && widths[i]! < measure[i]! * 0.6).length;
  // a bracket alone on a line in mid-sentence ("了“天津市医疗器械" / "（乌干达）" / "服") is two more pieces
  const brackets = lines.filter((l, i) => BRACKETED.test(l.text) && i > 0 && MID_SENTENCE.test(lines[i - 1]!.text)).length;
  if (pieces + 2 * brackets < lines.length * BROKEN_SHARE) return lines;
  return regroup(lines, widths, measure);
}
