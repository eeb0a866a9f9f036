/**
 * Inset headlines read inside a sentence. A headline set beside the first
 * lines of its article's column is read by the content stream between two
 * lines of running text, often in the middle of a sentence. Running text in
 * a justified column never has two short lines in a row inside a sentence;
 * a headline set in larger type, a few characters a line, does.
 */
import { dictionaryWordAcross, printedPairs, readsOn, resumesPast } from './pairs.ts';
import { endsSentence, opensByFinishingClause, squeezable } from './text.ts';
import { CLOSING } from './interleave.ts';
import type { TextUnit } from './units.ts';

/** A classified line as the classifier drafts it. */
export interface LineDraft {
  kind: string;
  /** A text unit on body and headline drafts (other drafts carry other units). */
  unit?: object;
  measure?: number;
}

/** The draft's text unit, where it is a body or headline line. */
const textOf = (d: LineDraft | undefined): TextUnit | null =>
  d?.unit && (d.unit as { kind?: string }).kind === 'text' ? (d.unit as TextUnit) : null;

const headUnit = (d: LineDraft | undefined): TextUnit | null => {
  const u = d?.kind === 'head' ? textOf(d) : null;
  return u && u.size === undefined ? u : null;
};

/**
 * Indexes of headline drafts that are the running text a headline drawn
 * twice (fake bold) cut off: lines not drawn twice, right before the
 * doubled lines, after a line that leaves its sentence open, where a full
 * line after the headline goes on with the sentence. Fake bold draws every
 * line of its headline twice, so the lines drawn once are not of it.
 */
export function textBeforeDoubledHeadlines(drafts: LineDraft[]): number[] {
  const out: number[] = [];
  let pairs: Set<string> | undefined;
  for (let i = 1; i < drafts.length; i++) {
    const before = bodyUnit(drafts[i - 1]);
    if (!before || endsSentence(before.text) || !headUnit(drafts[i]) || headUnit(drafts[i])!.twice) continue;
    let k = i;
    while (headUnit(drafts[k]) && !headUnit(drafts[k])!.twice) k++;
    let j = k;
    while (headUnit(drafts[j])?.twice) j++;
    const after = drafts[j];
    const goesOn = j > k && fillsMeasure(after);
    // (unless the text after the headline reads on from the line before them, not from them: a kicker drawn once)
    const kicker = goesOn && resumesPast(before.text, textOf(drafts[k - 1])!.text, bodyUnit(after)!.text, pairs ??= pairsOf(drafts));
    if (goesOn && !kicker) for (let n = i; n < k; n++) out.push(n);
    i = j;
  }
  return out;
}

/**
 * Indexes of headline drafts that are a paragraph's first line, read before
 * a headline set inside it ("西安高新区管委会负责人表" / headline / "示，两区…"):
 * after a finished sentence, the first of two or more headline lines, where
 * the line after them opens with punctuation no line starts with, or reads on
 * from that first line and not from the headline's last.
 */
export function textBeforeInsetHeadlines(drafts: LineDraft[]): number[] {
  const out: number[] = [];
  let pairs: Set<string> | undefined;
  for (let i = 1; i < drafts.length; i++) {
    const before = bodyUnit(drafts[i - 1]);
    if (!before || !endsSentence(before.text) || !headUnit(drafts[i]) || headUnit(drafts[i])!.twice) continue;
    let j = i;
    while (headUnit(drafts[j])) j++;
    const after = bodyUnit(drafts[j]);
    const first = headUnit(drafts[i])!.text;
    if (j - i >= 2 && after && !endsSentence(first) &&
      (CLOSING.test(after.text) || resumesPast(first, headUnit(drafts[j - 1])!.text, after.text, pairs ??= pairsOf(drafts)))) out.push(i);
    i = j;
  }
  return out;
}

/** A line this much short of its column's measure is short: no line of running text inside a paragraph is. */
const SHORT_SHARE = 0.75;
/** Within this of the measure a line runs the full column (no indent: it goes on with a sentence). */
const FULL = 1.25;
/** Headline lines carry no running punctuation; */
const RUNNING = /[，,。；;、：:！？!?]/;
/** the first may name its zone with a colon ("包头稀土高新区：党建领航…"). */
const RUNNING_FIRST = /[，,。；;、！？!?]|(?<![区园城])[：:]/;

const bodyUnit = (d: LineDraft | undefined): TextUnit | null => {
  const u = d?.kind === 'body' ? textOf(d) : null;
  return u && u.size === undefined && !u.table ? u : null;
};

/** A body line as wide as its column's measure: it goes on with a sentence (no indent). */
const fillsMeasure = (d: LineDraft | undefined): boolean => {
  const u = bodyUnit(d);
  return u !== null && u.width >= (d!.measure ?? Infinity) - FULL;
};

/** A body line that fills its measure, or was spread glyph by glyph to it (digits print narrow). */
const runsFull = (d: LineDraft | undefined): boolean => fillsMeasure(d) || bodyUnit(d)?.spread === true;

/** Lines of a headline set a few characters wide: no wider than this share of the column. */
const NARROW_SHARE = 0.5;

/**
 * Where a headline's stack starts in a run of lines without punctuation
 * (drafts[i..j)): the lines of the sentence beside the headline may happen
 * to hold no punctuation either; a stack of two or more lines set a few
 * characters wide, after lines wider than that, starts where it narrows.
 */
function stackStart(drafts: LineDraft[], i: number, j: number): number {
  const narrow = (k: number) => bodyUnit(drafts[k])!.width <= (drafts[k]!.measure ?? Infinity) * NARROW_SHARE;
  let k = j;
  while (k > i && narrow(k - 1)) k--;
  return k > i && j - k >= 2 ? k : i;
}

/** Character pairs the page's lines print. */
const pairsOf = (drafts: LineDraft[]) => printedPairs(drafts.map((d) => textOf(d)?.text ?? ''));

/**
 * `after` finishes, in a word or two, the clause `before` left open, a word
 * of the dictionary (or a number and its unit) across ("…负责人表" / "示，将…"), and no word runs from
 * `last` into it: what stands between was read inside the sentence. (The
 * dictionary alone: the page may print the pair after `last` elsewhere by
 * chance, "合作|示范".)
 */
const finishesPast = (before: string, last: string, after: string): boolean =>
  opensByFinishingClause(after) && wordAcross(before, after) && !wordAcross(last, after);

/** A word of the dictionary across the join, or a number and what it counts ("功能 90" / "余项"). */
const wordAcross = (a: string, b: string): boolean =>
  dictionaryWordAcross(a, b) || (/\d\s*$/.test(a) && /^[余多万亿元个家项名人次年月日号%％]/.test(b.trim()));

/**
 * Lines i..j (short, unpunctuated) then headline lines, then a full line of
 * running text that reads on from the line before i ("…余家。园" / kicker /
 * title / "区新型…", where the page prints 园区) and not from line j - 1:
 * the short lines are the headline's kicker, read inside the sentence too.
 */
function kickerInSentence(drafts: LineDraft[], i: number, j: number, pairs: Set<string>): boolean {
  let h = j;
  // (a line drawn twice, fake bold, is headline type, though not yet taken for one)
  while (headUnit(drafts[h]) || bodyUnit(drafts[h])?.twice) h++;
  const after = bodyUnit(drafts[h]);
  if (h === j || !after || after.afterByline || !runsFull(drafts[h]!)) return false;
  const last = bodyUnit(drafts[j - 1])!.text;
  // two short lines in a row inside a sentence are no running text of a justified column: they head the lines after them
  const twoShort = j - i === 2 && drafts.slice(i, j).every((d) => bodyUnit(d)!.width <= (d.measure ?? Infinity) * SHORT_SHARE);
  const before = bodyUnit(drafts[i - 1])!.text;
  return resumesPast(before, last, after.text, pairs) || finishesPast(before, last, after.text) || (twoShort && !readsOn(last, after.text, pairs));
}

/**
 * Two headline lines read inside a sentence, the second as wide as the
 * column: a title and its subtitle ("——全年新增外资研发中心15家"), or a kicker
 * and its title, then a full line or a paragraph's last that reads on from
 * the line before them ("…表示，公" / headline / "司在华…", where the page
 * prints 公司), not from them.
 */
function twoLinesInSentence(drafts: LineDraft[], i: number, pairs: Set<string>): boolean {
  const [first, second, after] = [bodyUnit(drafts[i]), bodyUnit(drafts[i + 1]), bodyUnit(drafts[i + 2])];
  if (!first || !second || !after || endsSentence(second.text)) return false;
  const subtitle = /^——/.test(second.text) && !RUNNING.test(second.text.slice(2));
  // (a short kicker over a title as wide as the column)
  const W = drafts[i + 1]!.measure ?? Infinity;
  const title = first.width < W - 2 * FULL && second.width >= W - FULL && !RUNNING_FIRST.test(second.text) && !/[“”"]/.test(second.text);
  if (!subtitle && !title) return false;
  // (the text after them may end its paragraph on a short line)
  if (after.afterByline || !(fillsMeasure(drafts[i + 2]) || endsSentence(after.text))) return false;
  return resumesPast(bodyUnit(drafts[i - 1])!.text, second.text, after.text, pairs);
}

/**
 * Past the subtitle at j, if one stands there: a line opened by a dash
 * ("——"), then lines as short, none holding running punctuation.
 */
function pastSubtitle(drafts: LineDraft[], j: number): number {
  const dash = bodyUnit(drafts[j]);
  if (!dash || !/^——/.test(dash.text) || RUNNING.test(dash.text.slice(2)) || endsSentence(dash.text)) return j;
  let k = j + 1;
  const goesOnSubtitle = (u: TextUnit | null) => u !== null && u.width <= dash.width && !RUNNING.test(u.text) && !endsSentence(u.text);
  while (goesOnSubtitle(bodyUnit(drafts[k]))) k++;
  return k;
}

/**
 * Indexes of body lines that are a headline read inside a sentence: two or
 * more short lines without running punctuation, after a line that leaves
 * its sentence open and before a full line of the same column that goes on.
 */
export function headlinesInSentences(drafts: LineDraft[]): number[] {
  const out: number[] = [];
  let pairs: Set<string> | undefined;
  for (let i = 1; i < drafts.length; i++) {
    const before = bodyUnit(drafts[i - 1]);
    if (!before || endsSentence(before.text)) continue;
    let j = i;
    for (; j < drafts.length; j++) {
      const u = bodyUnit(drafts[j]);
      const W = drafts[j]!.measure ?? Infinity;
      // a headline's first line may run the full measure; the lines after it may not
      const wide = u !== null && u.width > (j === i ? W + FULL : W * SHORT_SHARE);
      // (the zone's colon may come on the second line: "贵阳高新" / "区：一企")
      const running = j === i || (j === i + 1 && !/[：:]/.test(bodyUnit(drafts[i])!.text)) ? RUNNING_FIRST : RUNNING;
      if (!u || u.afterByline || wide || running.test(u.text) || endsSentence(u.text)) break;
    }
    const start = stackStart(drafts, i, j);
    // lines already taken for headline type right under a narrow stack are the headline's too: the text goes on past them
    const narrow = j - start >= 2 && drafts.slice(start, j).every((d) => bodyUnit(d)!.width <= (d.measure ?? Infinity) * NARROW_SHARE);
    let past = j;
    while (narrow && headUnit(drafts[past])) past++;
    // a subtitle under the stack ("——创新药临床批件数量居全国" / "园区前列") is the headline's too
    const end = pastSubtitle(drafts, past);
    const subtitled = end > past && runsFull(drafts[end]);
    const after = drafts[past];
    const goesOn = subtitled || runsFull(after);
    const shortAfterFirst = drafts.slice(start + 1, j).every((d) => bodyUnit(d)!.width <= (d.measure ?? Infinity) * SHORT_SHARE);
    // the last character or two of the line before, given a line of their own, end that line: not the headline's
    const first = bodyUnit(drafts[start])!;
    const lineBefore = bodyUnit(drafts[start - 1])!;
    const cutTail = () => first.width <= 2 && lineBefore.width + first.width - squeezable(lineBefore.text) <= (drafts[start - 1]!.measure ?? 0) + 0.5;
    // (or a paragraph's last line the sentence runs through: words across both its ends are printed elsewhere, "外贸|转型新模|式。")
    const runThrough = () => bodyUnit(after) !== null && readsOn(lineBefore.text, first.text, pairs ??= pairsOf(drafts)) && readsOn(first.text, bodyUnit(after)!.text, pairs);
    const tail = j - start >= 3 && (cutTail() || runThrough()) ? 1 : 0;
    // or three lines or more, all a few characters wide, before the sentence's end on a short line of its own
    // (its last line may run longer: "烟台高新区线" / "下大型就业招" / "聘会“一摊”难求")
    const narrowStack = j - start >= 3 && drafts.slice(start, j).every((d, k) => bodyUnit(d)!.width <= (d.measure ?? Infinity) * (start + k === j - 1 ? SHORT_SHARE : NARROW_SHARE));
    const endsAfter = bodyUnit(after) !== null && endsSentence(bodyUnit(after)!.text);
    if (j - start >= 2 && shortAfterFirst && (goesOn || (narrowStack && endsAfter))) {
      if (subtitled) j = end;
      // a short line or two right over a narrow stack, inside the sentence the text after it finishes, is its kicker
      let top = start;
      while (top > i && start - top < 2 && bodyUnit(drafts[top - 1])!.width < (drafts[top - 1]!.measure ?? Infinity) - FULL) top--;
      const kicked = tail === 0 && top < start && bodyUnit(after) !== null &&
        finishesPast(bodyUnit(drafts[top - 1])!.text, bodyUnit(drafts[start - 1])!.text, bodyUnit(after)!.text);
      for (let k = kicked ? top : start + tail; k < j; k++) out.push(k);
    }
    else if (j - i <= 2 && drafts.slice(i, j).every((d) => bodyUnit(d)!.width < (d.measure ?? Infinity) - FULL) && kickerInSentence(drafts, i, j, pairs ??= pairsOf(drafts))) {
      for (let k = i; k < j; k++) out.push(k);
    } else if (j === i + 1 && twoLinesInSentence(drafts, i, pairs ??= pairsOf(drafts))) {
      out.push(i, i + 1);
      j = i + 2;
    } else if (j - i === 2) {
      // a full line of the sentence, then a short one over the headline: the short one may still be its kicker
      continue;
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
