/**
 * Classify the units of a page into layout elements: body lines, headline
 * lines, wide-measure blocks (photo news, captions, orphan pieces), bylines,
 * signatures, captions and furniture. Decisions rest on print width against
 * the column measure around a line, on punctuation and on a few patterns of
 * this paper's layout; none on particular words of a particular page.
 */
import type { ExtractionStyle } from '../types.ts';
import type { BylineUnit, SignatureUnit, TextUnit, Unit } from './units.ts';
import { readFurniture, readPageNumber, type FurnitureFacts } from './furniture.ts';
import { headlinesInSentences, textBeforeDoubledHeadlines, textBeforeInsetHeadlines } from './insets.ts';
import { CAPTION_TAIL, CAPTION_TYPE, findCaptions, HEAD_TYPE } from './captions.ts';
import { finishesWordOf } from './pairs.ts';
import { COLON_HEAD, endsSentence, holdsRunningPunctuation, opensWithDash, repairDoubled, RUNNING_MARKS } from './text.ts';

export type Element =
  | { kind: 'body'; unit: TextUnit; measure: number }
  | { kind: 'head'; unit: TextUnit; text: string; dropped: string; colon: boolean; doubled: boolean }
  | { kind: 'block'; units: TextUnit[]; role: 'photo' | 'caption' | 'fragment' }
  | { kind: 'byline'; unit: BylineUnit }
  | { kind: 'signature'; unit: SignatureUnit }
  | { kind: 'furniture'; no: number; text: string; facts: FurnitureFacts; dropped: string }
  | { kind: 'caption'; no: number; text: string };

/** Photo credit lines: 图片来源：…, 摄影：…, (… 摄). */
const CAPTION = /^(?:图片来源|图片提供|图\s*[/／]|摄影)\s*[:：]/;
/** How far down the text lines a page number read apart from the header may stand. */
const PAGE_NUMBER_ROWS = 25;
/** A section name printed in the running header: a few characters, no punctuation, no figures. */
const SECTION_LINE = /^([\u4e00-\u9fff]{2,6})(\d{1,2})?$/;
/** Inner sentence punctuation: headlines rarely carry it, running text always does. */
const INNER_PUNCT = /[，,。；;]/;

const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * The page's dominant column measure: the width of running lines that holds
 * the most text. Lines count by their width: a page may set a long narrow
 * column beside articles set wider, whose lines are fewer but hold more.
 */
function pageMeasure(texts: TextUnit[]): number {
  const counts = new Map<number, number>();
  for (const u of texts) {
    if (u.width < 8 || endsSentence(u.text)) continue;
    const w = Math.round(u.width);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 16;
  let held = 0;
  for (const [w, c] of counts) if (c * w > held || (c * w === held && w > best)) [best, held] = [w, c * w];
  return best;
}

/** How much wider than the page's usual measure a column may be set. */
const WIDER_COLUMN = 1.3;

/** Column measure around each text unit (median of nearby body-like widths). */
function localMeasures(texts: TextUnit[], style: ExtractionStyle, pageW: number): number[] {
  if (style === 'spaced') {
    // A source line of the spaced style is one block of one column: measure it on its own inner lines.
    const byRow = new Map<number, TextUnit[]>();
    for (const u of texts) byRow.set(u.row, [...(byRow.get(u.row) ?? []), u]);
    const rowW = new Map<number, number>();
    for (const [row, us] of byRow) if (us.length >= 4) rowW.set(row, median(us.slice(1, -1).map((u) => u.width)));
    const rows = [...rowW.keys()].sort((a, b) => a - b);
    return texts.map((u) => {
      const own = rowW.get(u.row);
      if (own !== undefined) return own;
      const near = rows.reduce<number | null>((b, r) => (b === null || Math.abs(r - u.row) < Math.abs(b - u.row) ? r : b), null);
      return near === null ? pageW : rowW.get(near)!;
    });
  }
  return texts.map((_, i) => {
    const narrow = narrowColumnAt(texts, i, pageW);
    if (narrow !== null) return narrow;
    const around: number[] = [];
    for (let k = Math.max(0, i - 8); k <= Math.min(texts.length - 1, i + 8); k++) {
      const u = texts[k]!;
      // (running lines of a column set wider than the page's usual one count too: their width is theirs)
      const running = u.width <= pageW + 3 || (holdsRunningPunctuation(u.text) && u.width <= pageW * WIDER_COLUMN);
      if (u.width >= pageW - 4 && running && !endsSentence(u.text)) around.push(u.width);
    }
    return around.length >= 3 ? median(around) : pageW;
  });
}

/** Lines around a line that measure a narrower column than the page's. */
const NARROW_NEAR = 4;
/** A column is narrower when its running lines are this much short of the page measure. */
const NARROWER = 3;

/**
 * The measure of a narrow column the line stands in: the running lines
 * around it (inner punctuation, no sentence end: full lines) agree on a
 * width well short of the page's.
 */
function narrowColumnAt(texts: TextUnit[], i: number, pageW: number): number | null {
  // the lines around it, else (where a column starts or ends by it) the lines after it or before it
  const windows: [number, number][] = [[i - NARROW_NEAR, i + NARROW_NEAR], [i, i + 2 * NARROW_NEAR], [i - 2 * NARROW_NEAR, i]];
  for (const [from, to] of windows) {
    const m = narrowMeasure(texts, Math.max(0, from), Math.min(texts.length - 1, to), pageW);
    if (m !== null) return m;
  }
  return null;
}

function narrowMeasure(texts: TextUnit[], from: number, to: number, pageW: number): number | null {
  const around: number[] = [];
  let punctuated = 0;
  for (let k = from; k <= to; k++) {
    const u = texts[k]!;
    if (endsSentence(u.text) || u.size !== undefined) continue;
    around.push(u.width);
    if (RUNNING_MARKS.test(u.text)) punctuated++;
  }
  if (around.length < 5 || punctuated < 2) return null;
  const m = median(around);
  // pieces far short of it (a paragraph's first words beside a byline, a line's tail) measure nothing
  const lines = around.filter((w) => w >= m * 0.6);
  const agree = lines.length >= 4 && lines.filter((w) => Math.abs(w - m) <= 1).length >= lines.length * (2 / 3);
  return agree && m <= pageW - NARROWER ? m : null;
}

export interface Classified {
  elements: Element[];
  pageMeasure: number;
}

/** `positioned`: the lines were read from positions (a PDF, layout text), so blank lines are the page's own spacing. */
export function classify(units: Unit[], style: ExtractionStyle, positioned = false): Classified {
  // 1. Furniture, credits and doubled headline type, by pattern.
  const pre: (Element | TextUnit)[] = [];
  const furnitureRows = new Set<number>();
  for (const u of units) {
    if (u.kind === 'byline') { pre.push({ kind: 'byline', unit: u }); continue; }
    if (u.kind === 'signature') {
      // a credit set in caption type credits a photo: it signs no article
      if (/摄/.test(u.printed) && u.size !== undefined && u.size <= CAPTION_TYPE) pre.push({ kind: 'caption', no: u.no, text: u.printed });
      else pre.push({ kind: 'signature', unit: u });
      continue;
    }
    const f = u.afterByline ? null : readFurniture(u.text);
    if (f) { pre.push({ kind: 'furniture', no: u.no, text: f.text, facts: f.facts, dropped: f.dropped }); furnitureRows.add(u.row); continue; }
    if (CAPTION.test(u.text)) { pre.push({ kind: 'caption', no: u.no, text: u.text }); continue; }
    // doubled big type is headline-sized and carries no sentence: a running line that happens to repeat is not it
    const glyphs = [...u.text.replace(/\s/g, '')].length;
    const doubled = glyphs >= 4 && glyphs <= 66 ? repairDoubled(u.text) : null;
    // a number that reads twice ("2020", a year) is no doubled headline: a headline has words
    if (doubled && [...doubled.text].length <= 32 && !/[。；;]/.test(doubled.text) && /\p{Script=Han}/u.test(doubled.text)) {
      pre.push({ kind: 'head', unit: u, text: doubled.text, dropped: doubled.dropped, colon: false, doubled: true });
      continue;
    }
    // text set vertically is headline type: no caption, no page number
    if (u.vertical || (u.size !== undefined && u.size >= HEAD_TYPE && !readPageNumber(u.text))) { pre.push(head(u)); continue; }
    if (u.caption || (u.size !== undefined && u.size <= CAPTION_TYPE)) {
      const last = pre.at(-1);
      if (last?.kind === 'block' && last.role === 'caption') last.units.push(u);
      // the short tail of a caption glued to its credit: the line above, which it finishes, is the caption's start
      else if (u.caption && last?.kind === 'text' && !endsSentence(last.text) && [...u.text].length <= CAPTION_TAIL) pre.splice(-1, 1, { kind: 'block', units: [last, u], role: 'caption' });
      else pre.push({ kind: 'block', units: [u], role: 'caption' });
      continue;
    }
    pre.push(u);
  }
  // A bare number is the page number only among other furniture, or alone near the top of (or set apart on) a
  // page that has a header (extractions may read it after the first headlines, or last); a short name at the
  // top among the header pieces is the section. One page number per page: once the header gave it, a number is text.
  let pageFound = pre.some((e) => e.kind === 'furniture' && e.facts.page !== undefined);
  // pdftotext sets most lines apart by blank lines when it reads a page row by row
  const blockPerLine = units.filter((u) => u.kind === 'text' && u.gap > 0).length > units.length / 2;
  // one section name per page: once the header has given it, short lines under it are headline lines
  let sectionFound = pre.some((e) => e.kind === 'furniture' && e.facts.section !== undefined);
  for (let i = 0; i < pre.length; i++) {
    const e = pre[i]!;
    const u = e.kind === 'text' ? e : e.kind === 'head' && e.unit.size !== undefined ? e.unit : null;
    if (!u || !furnitureRows.size) continue;
    const near = [...furnitureRows].some((r) => Math.abs(r - u.row) <= 3);
    const after = units.find((o) => o.row === u.row + 1);
    // set apart: blank lines around it, or above it with only glyphs of a vertical headline under it
    const stacked = after?.kind === 'text' && after.text.replace(/\s/g, '').length <= 2;
    // the rest of a byline's line ("本报讯（记者 X）6" / "月 25 日") is running text, never the page number; nor is a
    // year read as a number printed twice when its unit follows on the next line ("2020" / "年人才…"; a number
    // printed once may be the page number wherever the extraction put it, whatever comes next)
    const counted = after?.kind === 'text' && !stacked && COUNTED.test(after.text);
    const read = u.afterByline ? null : readPageNumber(u.text);
    const page = read?.dropped && counted ? null : read;
    const apart = u.gap > 0 && (!after || after.gap > 0 || stacked);
    // (where blank lines set every block apart, the lines around a number no longer tell: a block of its own is enough)
    if (page && !pageFound && (near || u.row <= PAGE_NUMBER_ROWS || apart || (u.gap > 0 && blockPerLine))) {
      pre[i] = { kind: 'furniture', no: u.no, text: page.text, facts: { page: page.page }, dropped: page.dropped };
      pageFound = true;
    } else if (near && !sectionFound && (u.row <= 3 || u.row <= Math.max(...furnitureRows) + 1) && SECTION_LINE.test(u.text.replace(/\s+/g, ''))) {
      // the section's name, with the page number where the header sets it on the same line ("园区动态 7")
      const [, section, number] = SECTION_LINE.exec(u.text.replace(/\s+/g, ''))!;
      const facts = number && !pageFound ? { section: section!, page: Number(number) } : { section: section! };
      if (facts.page) pageFound = true;
      if (!number || facts.page) {
        pre[i] = { kind: 'furniture', no: u.no, text: u.text, facts, dropped: '' };
        sectionFound = true;
      }
    }
  }

  findCaptions(pre);

  const texts = pre.filter((e): e is TextUnit => e.kind === 'text');
  const pageW = pageMeasure(texts);
  const measures = localMeasures(texts, style, pageW);
  const measureOf = new Map(texts.map((u, i) => [u, measures[i]!]));
  const rowSize = new Map<number, number>();
  for (const u of texts) rowSize.set(u.row, (rowSize.get(u.row) ?? 0) + 1);

  // 2. Each remaining text unit: body, headline or wide.
  const drafts: Draft[] = [];
  let prevText: Draft | null = null as Draft | null;
  for (const [at, e] of pre.entries()) {
    if (e.kind !== 'text') {
      drafts.push(e);
      if (e.kind === 'byline' || e.kind === 'signature' || e.kind === 'head') prevText = e;
      continue;
    }
    const u = e;
    const W = measureOf.get(u)!;
    const terminal = endsSentence(u.text);
    const prevOpenBody: boolean = prevText?.kind === 'body' && !endsSentence(prevText.unit.text);
    let d: Draft;
    if (u.size !== undefined) {
      d = { kind: 'body', unit: u, measure: u.measure ?? W }; // type size decided headlines and captions already
    } else if (u.table || u.spread) {
      d = { kind: 'body', unit: u, measure: W }; // a table's rows, and lines spread to the measure, run with the text they stand in
    } else if (style === 'paragraph') {
      // a short line with no punctuation at all is a headline even after a cut paragraph
      const running = u.width > 40 || terminal || u.afterByline || (prevOpenBody && /[，,。；;、]/.test(u.text));
      d = running ? { kind: 'body', unit: u, measure: Infinity } : head(u);
    } else if (COLON_HEAD.test(u.text.trim())) {
      d = head(u);
    } else if (style === 'spaced' && u.lineStart && !terminal && u.width <= 24 && !units.some((o) => o !== u && o.kind === 'text' && o.row === u.row)) {
      d = head(u); // a short line of its own in the spaced style is a headline, never a cut column
    } else if (u.afterByline || (style === 'spaced' && (rowSize.get(u.row) ?? 1) > 1 && u.width <= pageW + 3.5)) {
      d = { kind: 'body', unit: u, measure: W }; // a column line of a spaced block is running text
    } else if (u.width > pageW + 3.5 && u.width > W + 2.5) {
      d = { kind: 'wide', unit: u };
    } else if (prevText?.kind === 'signature' && !terminal && u.width >= W - 1.25 && style === 'wrapped' && !runsToPhotoCredit(pre, at, W) && !creditInsideSentence(prevText, drafts) &&
      (!RUNNING_MARKS.test(u.text) || opensWithDash(u.text))) {
      // after a signed article a body starts indented: a full line here is a headline (no title holds a comma; a subtitle may)
      d = head(u);
    } else if (terminal || u.width >= Math.min(W - 3.25, W * 0.8)) {
      d = { kind: 'body', unit: u, measure: W };
    } else if (prevOpenBody && style === 'wrapped') {
      d = { kind: 'body', unit: u, measure: W }; // the short last line of a paragraph printed without final punctuation
    } else if (INNER_PUNCT.test(u.text) && style === 'wrapped') {
      d = { kind: 'body', unit: u, measure: W }; // no headline holds a comma or a full stop: a paragraph's first line, narrow as measured
    } else if (style === 'wrapped' && wordRunsOn(u, pre[at + 1])) {
      d = { kind: 'body', unit: u, measure: W }; // a paragraph's first line whose last word the next line finishes ("…负责人表" / "示，园区…")
    } else {
      d = head(u);
    }
    drafts.push(d);
    prevText = d;
  }

  // 3. Wide lines, then layout fix-ups that need neighbours.
  const blocksApart = !blockPerLine && units.some((u) => u.kind === 'text' && u.gap > 0);
  resolveWide(drafts, pageW, blocksApart);
  const textIdx = drafts.map((d, i) => (d.kind === 'body' || d.kind === 'head' || d.kind === 'wide' ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < textIdx.length; k++) {
    const d = drafts[textIdx[k]!]!;
    // "X高新区：" on its own line: the next line is the rest of the same title.
    if (d.kind === 'head' && d.colon && k + 1 < textIdx.length) {
      const next = drafts[textIdx[k + 1]!]!;
      if (next.kind === 'body' && !roleKnown(next) && !INNER_PUNCT.test(next.unit.text) && !endsSentence(next.unit.text)) {
        drafts[textIdx[k + 1]!] = head(next.unit);
      }
    }
  }
  if (style === 'wrapped') {
    if (blocksApart && !positioned) headlineBlocks(drafts);
    shortLinesBeforeParagraphs(drafts);
    headlinesOverBylines(drafts);
    paragraphStartsAfterHeads(drafts);
  }
  if (style !== 'paragraph') headlineRuns(drafts, style === 'spaced' ? rowSize : new Map());
  else cutPieces(drafts);
  // last: the runs above read an inset headline's lines as the running text they stand in
  if (style === 'wrapped') {
    for (const k of headlinesInSentences(drafts)) drafts[k] = head((drafts[k] as { unit: TextUnit }).unit);
    wrappedHeadlines(drafts);
  }
  // a line printed twice is headline type, wherever it was read (type sizes, where known, decided already)
  drafts.forEach((d, k) => { if (d.kind === 'body' && d.unit.twice && d.unit.size === undefined) drafts[k] = head(d.unit); });
  if (style === 'wrapped') {
    for (const k of [...textBeforeDoubledHeadlines(drafts), ...textBeforeInsetHeadlines(drafts)]) {
      const u = (drafts[k] as { unit: TextUnit }).unit;
      drafts[k] = { kind: 'body', unit: u, measure: measureOf.get(u)! };
    }
  }

  return { elements: drafts as Element[], pageMeasure: pageW };
}

type Draft = Element | { kind: 'wide'; unit: TextUnit };

/**
 * Photo news after a signed article: from `at`, lines of the column's
 * measure run on (ending sentences or not: one paragraph without indents)
 * to a last line, short or full, that ends a sentence, then the
 * photographer's credit. Its first line is text, not a headline.
 */
function runsToPhotoCredit(pre: (Element | TextUnit)[], at: number, W: number): boolean {
  let k = at;
  // (digits, Latin and spaces make a full line's counted width vary more than punctuation does)
  const full = (u: TextUnit) => u.width <= W + 1.25 && u.width >= W - (/[\x21-\x7e]/.test(u.text) ? 2 : 1.25);
  // (its full lines may end sentences: one paragraph set without indents, to its last line)
  while (pre[k]?.kind === 'text' && full(pre[k] as TextUnit) && pre[k + 1]?.kind === 'text') k++;
  // (the credit may begin with a name set apart from the rest: "…赋能。 史赛" / "胡启伟/摄")
  const nameFirst = pre[k + 1]?.kind === 'signature' && !/摄/.test((pre[k + 1] as Extract<Element, { kind: 'signature' }>).unit.printed);
  const [last, credit] = [pre[k], pre[k + (nameFirst ? 2 : 1)]];
  const next = pre[at + 1];
  // (running punctuation in its first three lines, or a sentence ended inside one: a headline has none)
  const opening = pre.slice(at, at + 3).map((u) => (u.kind === 'text' ? u.text : '')).join('');
  return k - at >= 2 && next?.kind === 'text' && /[，,、；：—]|[。！？](?=.)/.test(opening) && last?.kind === 'text' && endsSentence(last.text) &&
    last.width <= W + 1.25 && credit?.kind === 'signature' && /摄/.test(credit.unit.printed);
}

/** A photo credit read after a line that leaves its sentence open: the text goes on under the photo. */
function creditInsideSentence(credit: Extract<Draft, { kind: 'signature' }>, drafts: Draft[]): boolean {
  const before = drafts.findLast((d) => d.kind === 'body' || d.kind === 'head' || d.kind === 'block');
  return /摄/.test(credit.unit.printed) && before?.kind === 'body' && !endsSentence(before.unit.text);
}

/** What a number in running text counts: a year, a date, an amount. */
const COUNTED = /^[年月日号万亿元个家项名人次%％]/;

/** How much shorter than the first line of a wide block its last line may be, as a share of it. */
const LAST_LINE_SHORTER = 0.15;

/**
 * Wide-measure lines (wider than any column): headline lines, or blocks of
 * photo news, captions and orphan pieces. Replaces the wide drafts in place.
 */
function resolveWide(drafts: Draft[], pageW: number, blocksApart: boolean): void {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.kind !== 'wide') { out.push(d); continue; }
    const after = drafts[i + 1];
    // two wide lines of one measure are a text column when they read as running text
    // (where blank lines set blocks apart, a line without punctuation alone in its block starts none)
    const alone = blocksApart && after?.kind === 'wide' && after.unit.gap > 0 && !INNER_PUNCT.test(d.unit.text);
    // (the block's last line, ending its sentence, may be shorter: by a sixth or so, more is another module's line)
    const shorter = after?.kind === 'wide' ? d.unit.width - after.unit.width : NaN;
    // (any shorter where a photo's credit follows it: the last line of the photo news the credit ends)
    const next = drafts[i + 2];
    const creditAfter = next?.kind === 'signature' && /摄/.test(next.unit.printed);
    const oneMeasure = Math.abs(shorter) <= 3 || (after?.kind === 'wide' && endsSentence(after.unit.text) && shorter > 0 && (shorter <= d.unit.width * LAST_LINE_SHORTER || creditAfter));
    const columnGoesOn = after?.kind === 'wide' && oneMeasure && !alone &&
      (INNER_PUNCT.test(d.unit.text) || INNER_PUNCT.test(after.unit.text));
    if (!INNER_PUNCT.test(d.unit.text) && !endsSentence(d.unit.text) && !columnGoesOn) { out.push(head(d.unit)); continue; }
    if (!columnGoesOn && !endsSentence(d.unit.text) && after?.kind === 'body') {
      out.push({ kind: 'body', unit: d.unit, measure: d.unit.width }); // running text set a little wider
      continue;
    }
    // the last line of a paragraph whose cut line before it runs as wide: running text set a little wider
    const before = out.at(-1);
    if (before?.kind === 'body' && endsSentence(d.unit.text) && INNER_PUNCT.test(before.unit.text) && !endsSentence(before.unit.text) &&
      Math.abs(before.unit.width - d.unit.width) <= 1.5) {
      out.push({ kind: 'body', unit: d.unit, measure: d.unit.width });
      continue;
    }
    const block: TextUnit[] = [d.unit];
    // The block runs on while its sentence does (its last line may be short), and on into more wide lines of
    // running text after a sentence's end.
    while (i + 1 < drafts.length) {
      const n = drafts[i + 1]!;
      if (endsSentence(block.at(-1)!.text)) {
        if (n.kind !== 'wide' || (!INNER_PUNCT.test(n.unit.text) && !endsSentence(n.unit.text))) break;
      } else {
        if (n.kind !== 'wide' && n.kind !== 'body') break;
        if (n.kind === 'body' && n.unit.width < pageW + 3.5 && !endsSentence(n.unit.text)) break;
        if (n.kind === 'wide' && !columnGoesOn && block.length === 1) break;
      }
      block.push(n.unit);
      i++;
    }
    const credited = drafts[i + 1]?.kind === 'signature';
    const complete = endsSentence(block.at(-1)!.text);
    if (block.length === 1 && !complete && !credited && block[0]!.width <= 30) { out.push(head(block[0]!)); continue; } // a long subtitle
    const role = credited || (block.length >= 2 && complete && /^[\p{L}\p{N}“"《（(]/u.test(block[0]!.text)) ? 'photo' : block.length === 1 && complete ? 'caption' : 'fragment';
    out.push({ kind: 'block', units: block, role });
  }
  drafts.splice(0, drafts.length, ...out);
}


/**
 * Running lines that do not end a sentence must lead on to more running text.
 * A run of such lines that leads nowhere (it stops at a headline, a byline,
 * furniture or the end of the page) is a stack of headline lines printed at
 * about body measure, unless it looks like the lines of one cut paragraph:
 * inner punctuation, and every line at the full measure (the first may be indented).
 */
/** The most lines a stack of headline lines (kicker, title, subtitle) is printed in at about body measure. */
const MAX_HEAD_LINES = 8;

function headlineRuns(drafts: Draft[], rowSize: Map<number, number>): void {
  let i = 0;
  while (i < drafts.length) {
    const d = drafts[i]!;
    const prev = drafts[i - 1];
    const startsRun = d.kind === 'body' && !roleKnown(d) && !endsSentence(d.unit.text) && !d.unit.afterByline &&
      !(prev?.kind === 'body' && !endsSentence(prev.unit.text));
    if (!startsRun) { i++; continue; }
    let j = i;
    while (j < drafts.length && drafts[j]!.kind === 'body' && !endsSentence((drafts[j] as { unit: TextUnit }).unit.text)) j++;
    // captions and furniture may stand inside a paragraph: look past them
    let n = j;
    while (n < drafts.length && (drafts[n]!.kind === 'caption' || drafts[n]!.kind === 'furniture')) n++;
    const next = drafts[n];
    const leadsOn = next !== undefined && next.kind === 'body';
    const run = drafts.slice(i, j) as { kind: 'body'; unit: TextUnit; measure: number }[];
    // a spaced-style line of several column lines is a block of running text, never a headline stack
    // (a run of three lines or more may end short: a headline set into the column cut its sentence there)
    const cutParagraph = run.some((r) => (rowSize.get(r.unit.row) ?? 1) > 1) || run.some((r) => INNER_PUNCT.test(r.unit.text) || /、/.test(r.unit.text)) &&
      run.every((r, k) => r.unit.width <= r.measure + 1.5 && (r.unit.width >= r.measure - (k === 0 ? 3.25 : 1.5) || (k > 1 && k === run.length - 1)));
    // a full stop inside a line, or more lines than a headline stack has, with inner punctuation: running text
    const sentences = run.some((r) => /。./.test(r.unit.text)) || (run.length > MAX_HEAD_LINES && run.some((r) => INNER_PUNCT.test(r.unit.text)));
    if (!leadsOn && !cutParagraph && !sentences) {
      for (let k = i; k < j; k++) drafts[k] = head((drafts[k] as { unit: TextUnit }).unit);
    }
    i = j;
  }
}

/** Most lines of a headline read as running text right above its byline. */
const HEAD_OVER_BYLINE = 4;

/**
 * A byline opens an article: two or more bare lines right above it (no
 * running punctuation, none ending a sentence), read as the last lines of the
 * text before, are its headline (a paragraph's end has punctuation).
 */
function headlinesOverBylines(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    if (drafts[i]!.kind !== 'byline') continue;
    let k = i;
    while (k > 0 && i - k < HEAD_OVER_BYLINE) {
      const d = drafts[k - 1]!;
      if (d.kind !== 'body' || roleKnown(d) || RUNNING_MARKS.test(d.unit.text) || endsSentence(d.unit.text)) break;
      k--;
    }
    // (the line above the run holds running text: the run is no paragraph of its own)
    const above = drafts[k - 1];
    if (i - k >= 2 && above?.kind === 'body' && /[，,、；;。]/.test(above.unit.text)) {
      // a full line above that leaves its sentence open ("…在政策、资金、", not a name signed after a stop: "…人以上。
      // 许晨") ends in the run's first line, if that is short and the line after it wider than the column (a headline
      // set across columns): a text cut at the foot of its column ("基金等方面给予倾斜支")
      const [tail, next] = [drafts[k] as { unit: TextUnit; measure: number }, drafts[k + 1] as { unit: TextUnit }];
      const open = !roleKnown(above) && above.unit.text.split(/[。！？]/).at(-1)!.length > 4 && above.unit.width >= above.measure - 1.25;
      if (open && tail.unit.width < tail.measure - 1.25 && next.unit.width > tail.measure + 1) k++;
      for (let n = k; n < i; n++) drafts[n] = head((drafts[n] as { unit: TextUnit }).unit);
    }
    // one unfinished line between a headline and the byline is its subtitle, commas and all (no text runs one line)
    const [line, title] = [drafts[i - 1], drafts[i - 2]];
    if (line?.kind === 'body' && !roleKnown(line) && !endsSentence(line.unit.text) && title?.kind === 'head') drafts[i - 1] = head(line.unit);
  }
}

/**
 * A line that is short of the measure and does not end its sentence cannot
 * be followed by the indented first line of a new paragraph: it is a
 * headline line set at about body width.
 */
function shortLinesBeforeParagraphs(drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const x = drafts[i]!;
    const y = drafts[i + 1]!;
    if (x.kind !== 'body' || y.kind !== 'body' || roleKnown(x) || x.unit.afterByline || endsSentence(x.unit.text) || INNER_PUNCT.test(x.unit.text)) continue;
    const W = y.measure;
    const indented = y.unit.width >= W - 3.25 && y.unit.width < W - 1.25 && !endsSentence(y.unit.text) && !y.unit.spread;
    // a full line may be a title as wide as the column: without any punctuation, right after a finished sentence
    const before = drafts[i - 1];
    const titleWide = !/[、：:“”"‘’]/.test(x.unit.text) && (!before || before.kind !== 'body' || endsSentence(before.unit.text));
    // after a full line that leaves its sentence open, it is that paragraph's last line, printed without its stop
    const endsOpenParagraph = before?.kind === 'body' && !roleKnown(before) && !endsSentence(before.unit.text) && before.unit.width >= before.measure - 1.25;
    if (indented && !endsOpenParagraph && (x.unit.width < W - 2.5 || titleWide)) drafts[i] = head(x.unit);
  }
}

/** Any punctuation running text carries. */
const ANY_PUNCT = /[，,。、；;：:！？!?“”"]/;

/** Most lines of a headline standing as a block of its own at about body measure. */
const HEAD_BLOCK_LINES = 3;

/**
 * Where an extractor's blank lines part blocks of text: a block of two or three lines
 * without a comma, a stop or an enumeration mark, none ending a sentence,
 * its last line short, is a headline (quotes and a colon allowed: "…经济" /
 * "“开门红”"). No paragraph ends short without its stop.
 */
function headlineBlocks(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const first = drafts[i]!;
    if (first.kind !== 'body' || first.unit.gap === 0) continue;
    let j = i + 1;
    while (j < drafts.length && drafts[j]!.kind === 'body' && (drafts[j] as { unit: TextUnit }).unit.gap === 0) j++;
    const block = drafts.slice(i, j) as { kind: 'body'; unit: TextUnit; measure: number }[];
    const last = block.at(-1)!;
    const bare = block.every((d) => !roleKnown(d) && !d.unit.afterByline && !INNER_PUNCT.test(d.unit.text) && !/、/.test(d.unit.text) && !endsSentence(d.unit.text));
    if (block.length >= 2 && block.length <= HEAD_BLOCK_LINES && bare && last.unit.width < last.measure - 2.5 && last.unit.width < first.unit.width) {
      for (let k = i; k < j; k++) drafts[k] = head(block[k - i]!.unit);
    }
    i = j - 1;
  }
}

/**
 * A headline wrapped at about the column's width, its last line short: two
 * lines without any punctuation, after a finished sentence (or no running
 * text), the second short of the measure and unfinished, with running text
 * after them. A paragraph never stops short mid-sentence, and one that
 * starts and runs two lines without a comma is rare; a headline is set so.
 */
function wrappedHeadlines(drafts: Draft[]): void {
  const bare = (d: Draft | undefined): d is { kind: 'body'; unit: TextUnit; measure: number } =>
    d?.kind === 'body' && !roleKnown(d) && !d.unit.afterByline && !ANY_PUNCT.test(d.unit.text);
  for (let i = 0; i + 2 < drafts.length; i++) {
    const [x, y, after, before] = [drafts[i], drafts[i + 1], drafts[i + 2]!, drafts[i - 1]];
    if (!bare(x) || !bare(y) || after.kind !== 'body') continue;
    const opens = !before || before.kind !== 'body' || endsSentence(before.unit.text);
    if (opens && y.unit.width < y.measure - 2.5 && y.unit.width < x.unit.width) {
      drafts[i] = head(x.unit);
      drafts[i + 1] = head(y.unit);
    }
  }
}

/**
 * Under a headline or subhead, a short line followed by a full line that
 * does not start a paragraph is the first line of the body (its indent
 * swallowed by the extraction), not one more headline line.
 */
function paragraphStartsAfterHeads(drafts: Draft[]): void {
  for (let i = 1; i + 1 < drafts.length; i++) {
    const h = drafts[i]!;
    const before = drafts[i - 1]!;
    const after = drafts[i + 1]!;
    if (h.kind !== 'head' || roleKnown(h) || h.colon || h.doubled || before.kind !== 'head' || after.kind !== 'body') continue;
    const W = after.measure;
    const continues = after.unit.width >= W - 1.25 && /^[\p{Script=Han}][，。、；：]/u.test(after.unit.text);
    if (continues && h.unit.width <= W) drafts[i] = { kind: 'body', unit: h.unit, measure: W };
  }
}

/**
 * Paragraph style: a short piece of running text (inner punctuation, no
 * sentence end) followed by more running text is a paragraph cut by a
 * column or a photo, not a headline.
 */
function cutPieces(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.kind !== 'head' || d.doubled || !INNER_PUNCT.test(d.unit.text)) continue;
    let n = i + 1;
    while (n < drafts.length && (drafts[n]!.kind === 'caption' || drafts[n]!.kind === 'furniture')) n++;
    if (drafts[n]?.kind === 'body') drafts[i] = { kind: 'body', unit: d.unit, measure: Infinity };
  }
}

/** The source gave the line's type size, or it is a table row or spread to the measure: its role is known, no layout guess may change it. */
const roleKnown = (d: { unit: TextUnit }): boolean => d.unit.size !== undefined || d.unit.table === true || d.unit.spread === true;

function head(u: TextUnit): Element {
  return { kind: 'head', unit: u, text: u.text, dropped: '', colon: COLON_HEAD.test(u.text.trim()), doubled: false };
}

/**
 * A word of the dictionary runs from the line into the next, printed right
 * under it, which opens by finishing a clause ("示，园区…"): no headline ends
 * inside a word of the line under it.
 */
function wordRunsOn(u: TextUnit, next: Element | TextUnit | undefined): boolean {
  return next?.kind === 'text' && next.gap === 0 && finishesWordOf(u.text, next.text);
}
