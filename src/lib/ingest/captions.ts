/**
 * Photo captions and credits among a page's classified lines, where type
 * sizes do not tell them (text extractions) or to confirm them where they do:
 * a sentence of a line or two standing on its own over a photo credit, one
 * that starts with 图为, a bare sentence between a paragraph's end and a new
 * start, one set wider than its column; a credit's names printed apart, and a
 * photo credit under a caption (it credits the photo, it signs nothing).
 */
import type { Element } from './classify.ts';
import type { TextUnit } from './units.ts';
import { findZoneMentions } from '../zones/match.ts';
import { printedPairs, readsOn } from './pairs.ts';
import { endsSentence, PARAGRAPH_INDENT, RUNNING_MARKS, squeezable } from './text.ts';

/** Where the source knows type sizes: lines set this much larger than the body are headline type, */
export const HEAD_TYPE = 1.1;
/** and lines set this much smaller are captions and credits. */
export const CAPTION_TYPE = 0.92;

/** The page's captions found, in place: caption blocks and caption credits among the elements. */
export function findCaptions(pre: (Element | TextUnit)[]): void {
  joinSplitCredits(pre);
  captionsOfCredits(pre);
  captionsOfPhotos(pre);
  captionsStandingAlone(pre);
  creditsOfCaptions(pre);
}

/** Names alone, as a credit's first names are printed: "史赛", "史赛 胡启伟". */
const BARE_NAMES = /^[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4})*$/;

/**
 * A credit's first names printed on a line of their own right before the
 * rest ("史赛" / "胡启伟/摄"): one credit, all its names together. Only where
 * positions are known: in a text extraction such a name may be an article's
 * signature, and other rules read it.
 */
function joinSplitCredits(pre: (Element | TextUnit)[]): void {
  for (let i = 0; i + 1 < pre.length; i++) {
    const [first, credit] = [pre[i]!, pre[i + 1]!];
    if (first.kind !== 'signature' || credit.kind !== 'signature' || first.unit.size === undefined) continue;
    if (!BARE_NAMES.test(first.unit.printed) || !/摄/.test(credit.unit.printed)) continue;
    const unit = { ...credit.unit, no: first.unit.no, names: [...first.unit.names, ...credit.unit.names], printed: `${first.unit.printed} ${credit.unit.printed}` };
    pre.splice(i, 2, { kind: 'signature', unit });
  }
}

/** Every closing bracket of the text closes one the text opened. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (/[（(「《“]/.test(ch)) depth++;
    else if (/[）)」》”]/.test(ch) && --depth < 0) return false;
  }
  return true;
}

/** `line` goes on with the running text of `above`: a cut line with inner punctuation, as wide, or a body's first line after its byline. */
const runsOnFrom = (above: Element | TextUnit | undefined, line: TextUnit) =>
  above?.kind === 'text' && !endsSentence(above.text) &&
  // (a body's first line, after the byline on its line, is as short as the byline is long)
  (above.afterByline || (RUNNING_MARKS.test(above.text) && Math.abs(above.width - line.width) <= 1));

/** Longest caption, in characters; longest last line of a caption read as its tail. */
export const CAPTION_TAIL = 8;
const CAPTION_CHARS = 60;

/**
 * A sentence of a line or two standing on its own (after a headline, a
 * byline, a blank line) with a photo credit (X/摄, 图片来源：X) under it is a caption;
 * so is one of three lines without a comma (a narrow photo's caption): three
 * lines of a paragraph's end are seldom one sentence, never one so bare.
 */
function captionsOfCredits(pre: (Element | TextUnit)[]): void {
  let pairs: Set<string> | undefined;
  for (let i = 1; i < pre.length; i++) {
    const credit = pre[i]!;
    const photoCredit = credit.kind === 'signature' && /摄/.test(credit.unit.printed);
    if (!photoCredit && credit.kind !== 'caption') continue;
    for (const n of [1, 2, 3]) {
      const units = pre.slice(i - n, i);
      if (units.length < n || !units.every((u): u is TextUnit => u.kind === 'text')) break;
      // where type sizes are known, text set in body type is no caption
      if (units.some((u) => u.size !== undefined && u.size > CAPTION_TYPE)) break;
      const text = units.map((u) => u.text).join('');
      const before = pre[i - n - 1];
      // after something that is no running text: a finished sentence, anything but text, or a headline (no
      // punctuation) when the caption is a sentence of its own (no bracket closed that it did not open, longer
      // than a caption's last line)
      // (where type sizes are known, of headline type: a body line cut mid-sentence may hold no punctuation)
      const afterHeadline = before?.kind === 'text' && !/[，,。；;、]/.test(before.text) && (before.size === undefined || before.size >= HEAD_TYPE) &&
        balanced(text) && [...text].length > CAPTION_TAIL && !runsOnFrom(pre[i - n - 2], before) &&
        // (nor a line cut mid-word that the text after it reads on from: "园区一家" / "企业的…", the page printing 家企)
        !readsOn(before.text, units[0]!.text, pairs ??= printedPairs(pre.flatMap((u) => (u.kind === 'text' ? [u.text] : []))));
      const standsAlone = !before || before.kind !== 'text' || endsSentence(before.text) || afterHeadline;
      const oneSentence = endsSentence(text) && !/[。！？]/.test(text.replace(/[。！？][”’"）)]*$/, ''));
      // a second line that starts with a zone's name starts the caption: the line above it is a headline
      if (n === 2 && findZoneMentions(units[1]!.text).some((m) => m.index === 0)) break;
      // (three lines: set to one measure of their own, the first two as wide; "园区一家" / "企业的…" is a paragraph's)
      const ownMeasure = n < 3 || (!RUNNING_MARKS.test(text) && Math.abs(units[0]!.width - units[1]!.width) <= 1);
      if (!standsAlone || !oneSentence || [...text].length > CAPTION_CHARS || !ownMeasure) continue;
      const asCaption: Element = credit.kind === 'signature' ? { kind: 'caption', no: credit.unit.no, text: credit.unit.printed } : credit;
      pre.splice(i - n, n + 1, { kind: 'block', units, role: 'caption' }, asCaption);
      i -= n - 1;
      break;
    }
  }
}

/** "图为…" (the photo shows …): how a caption starts. */
const PHOTO_SHOWS = /^图为/;

/** A sentence of a line or two that starts with 图为 is a caption, credited or not (unless set in body type). */
function captionsOfPhotos(pre: (Element | TextUnit)[]): void {
  for (let i = 0; i < pre.length; i++) {
    const u = pre[i]!;
    if (u.kind !== 'text' || !PHOTO_SHOWS.test(u.text)) continue;
    const next = pre[i + 1];
    const units = endsSentence(u.text) ? [u] : next?.kind === 'text' && endsSentence(next.text) ? [u, next] : null;
    if (!units || [...units.map((x) => x.text).join('')].length > CAPTION_CHARS) continue;
    // where type sizes are known, a sentence set in body type is text (photo news says what its photo shows)
    if (units.some((x) => x.size !== undefined && x.size > CAPTION_TYPE)) continue;
    pre.splice(i, units.length, { kind: 'block', units, role: 'caption' });
  }
}

/** One short sentence without any inner punctuation: how a caption reads, and no paragraph of running text. */
const BARE_SENTENCE = /^[^，,、；;：:。！？!?]{6,30}。$/;

/** A caption of two lines: one bare sentence, a little longer. */
const BARE_CAPTION = /^[^，,、；;：:。！？!?]{10,40}。$/;
/** A caption line runs this much wider than the column it is set by. */
const WIDER = 0.75;

/** A line this much short of its column's widest lines ends a paragraph, or starts one indented. */
const SHORT_OF_MEASURE = 1.5;

/**
 * Where type sizes are unknown: a line that is one bare sentence, standing
 * between a paragraph's short last line (or anything but running text) and
 * a new start (an indented line, a headline, anything but running text), is
 * a photo's caption printed without its credit. (A paragraph that opens with
 * a bare sentence on a line of its own goes on in a full line.)
 */
function captionsStandingAlone(pre: (Element | TextUnit)[]): void {
  const widths = pre.map((e) => (e.kind === 'text' ? e.width : NaN));
  const measureAt = (i: number) => {
    const near = [...widths.slice(Math.max(0, i - 6), i), ...widths.slice(i + 1, i + 7)].filter((w) => !Number.isNaN(w));
    return near.length >= 3 ? Math.max(...near) : Infinity;
  };
  // the widest a nearby line prints with its punctuation at half width (quotes and commas make a line look wider)
  // (lines of running text only: a headline nearby is no column line)
  const least = pre.map((e) => (e.kind === 'text' && /[，,。、；;]/.test(e.text) ? e.width - squeezable(e.text) : NaN));
  const printedAt = (i: number) => {
    const near = [...least.slice(Math.max(0, i - 6), i), ...least.slice(i + 1, i + 7)].filter((w) => !Number.isNaN(w));
    return near.length >= 3 ? Math.max(...near) : Infinity;
  };
  const short = (e: Element | TextUnit | undefined, measure: number) => e?.kind !== 'text' || e.width <= measure - SHORT_OF_MEASURE;
  const blankLinesPart = readInBlocks(pre);
  for (let i = 1; i < pre.length; i++) {
    const u = pre[i]!;
    if (u.kind !== 'text' || u.size !== undefined || u.afterByline || !BARE_SENTENCE.test(u.text.replace(/\s+/g, ''))) continue;
    const [before, after] = [pre[i - 1]!, pre[i + 1]];
    const measure = measureAt(i);
    // on a page read in blocks, a block of its own set wider than the column is no line of it, whatever the
    // block before ends with (blocks come in an order of the extractor's own)
    const blockOfItsOwn = blankLinesPart && u.gap > 0 && (after?.kind !== 'text' || after.gap > 0) &&
      u.width - squeezable(u.text) > Math.min(measure, printedAt(i)) + WIDER;
    if (before.kind === 'text' && !endsSentence(before.text) && !blockOfItsOwn) continue;
    // (a full line after it, its punctuation squeezed, goes on with the paragraph the sentence opens)
    const printed = Math.min(measure, printedAt(i));
    const full = after?.kind === 'text' && Math.abs(after.width - squeezable(after.text) - printed) < 1;
    // (a bare line over a byline is the next article's headline, however wide)
    const headsNext = headlineLine(after) && pre[i + 2]?.kind === 'byline';
    const startsAfter = after?.kind !== 'text' || after.width - squeezable(after.text) <= printed - SHORT_OF_MEASURE || (headlineLine(after) && !full) || headsNext;
    // After a full line that ends a sentence, a bare sentence too short to be an indented first line is a
    // caption too, unless it is the paragraph's last sentence: this paper sets none bare but to say who spoke.
    // (What follows must start anew all the same: a paragraph may open with a bare sentence on its own line.)
    // So is one at any width right before a byline: the next article starts there, and no paragraph ends bare.
    const beforeByline = after?.kind === 'byline';
    // So is one set wider than the column, at its photo's width: no column line runs past the measure.
    const wider = u.width - squeezable(u.text) > printed + WIDER;
    // So is one about as wide as the column, too wide for an indented first line (a one-line paragraph
    // would be indented): pdftotext -raw runs a caption into the column it stands in.
    const unindented = u.width - squeezable(u.text) > printed - PARAGRAPH_INDENT + WIDER;
    const endsAlone = (u.width <= measure - INDENTED_SHORT || beforeByline || wider || unindented) && !saysWhoSpoke(before, u);
    if (!blockOfItsOwn && (!(short(before, measure) || endsAlone) || !startsAfter)) continue;
    pre.splice(i, 1, { kind: 'block', units: [u], role: 'caption' });
  }
  captionsSetWider(pre, measureAt, printedAt, short);
}

/** Blank lines part blocks of lines, not most lines (as double spacing does). */
const readInBlocks = (pre: (Element | TextUnit)[]) => {
  const texts = pre.filter((e): e is TextUnit => e.kind === 'text');
  return texts.filter((u) => u.gap > 0).length < texts.length / 2;
};

/** Shorter than a full line indented two characters, with a little slack for punctuation. */
const INDENTED_SHORT = 2.5;

/** A sentence after a quotation that says who spoke ("…发展。”" / "园区负责人张明说。"): the paragraph's own. */
const saysWhoSpoke = (before: Element | TextUnit, u: TextUnit) =>
  (before.kind === 'text' && /[”’"]$/.test(before.text.trimEnd())) || /(?:说|表示|介绍|指出|认为|称|强调|透露|坦言)。$/.test(u.text.trimEnd());

/** A line of no running text's punctuation: the next article's headline, where it follows a caption. */
const headlineLine = (e: Element | TextUnit | undefined): boolean => e?.kind === 'text' && !/[，,。；;、！？]/.test(e.text);

/**
 * A bare sentence of two lines whose first runs wider than the column
 * around it (or any sentence so after an article's signature), standing
 * between a paragraph's end (or anything but running text) and a new
 * start, is a caption set to its photo's width.
 */
function captionsSetWider(
  pre: (Element | TextUnit)[], measureAt: (i: number) => number, printedAt: (i: number) => number,
  short: (e: Element | TextUnit | undefined, measure: number) => boolean,
): void {
  for (let i = 1; i + 1 < pre.length; i++) {
    const [u, v] = [pre[i]!, pre[i + 1]!];
    if (u.kind !== 'text' || v.kind !== 'text' || u.size !== undefined || u.afterByline || endsSentence(u.text)) continue;
    if (!BARE_CAPTION.test((u.text + v.text).replace(/\s+/g, ''))) continue;
    const [before, after] = [pre[i - 1]!, pre[i + 2]];
    const measure = measureAt(i);
    if (before.kind === 'text' && !endsSentence(before.text)) continue;
    // what follows starts anew: a short (indented) line, anything but running text, or a headline's bare line
    const startsAfter = short(after, measure) || headlineLine(after);
    // (after an article's signature nothing runs on: such a sentence there is a caption at any width)
    const afterSignature = before.kind === 'signature' && !/摄/.test(before.unit.printed);
    if ((!afterSignature && u.width - squeezable(u.text) <= printedAt(i) + WIDER) || v.width >= u.width || !short(before, measure) || !startsAfter) continue;
    pre.splice(i, 2, { kind: 'block', units: [u, v], role: 'caption' });
  }
}

/**
 * A photo credit (X/摄) printed right under a caption credits the photo, not
 * the article around it: it is part of the captions, and signs nothing.
 */
function creditsOfCaptions(pre: (Element | TextUnit)[]): void {
  for (let i = 1; i < pre.length; i++) {
    const e = pre[i]!;
    const before = pre[i - 1]!;
    if (e.kind !== 'signature' || !/摄/.test(e.unit.printed)) continue;
    if (before.kind === 'caption' || (before.kind === 'block' && before.role === 'caption')) {
      pre[i] = { kind: 'caption', no: e.unit.no, text: e.unit.printed };
    }
  }
}
