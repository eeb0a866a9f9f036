/**
 * Walk the classified elements in stream order and cut them into article
 * drafts (body lines, subheads, byline, signature), headline items waiting
 * to be matched to a body, captions, fragments and furniture.
 */
import { zoneKeys } from '../zones/match.ts';
import type { Byline } from './bylines.ts';
import type { Element } from './classify.ts';
import type { FurnitureFacts } from './furniture.ts';
import type { TextUnit } from './units.ts';
import { endsSentence, headlineSpaces, joinWrapped, squeezeSpaces } from './text.ts';

export interface BodyLine {
  unit: TextUnit;
  /** Stream position (element index). */
  pos: number;
  measure: number;
  /** Something (caption, headline, furniture, column start) stands between this line and the previous one. */
  interrupted: boolean;
}

export type DraftBlock = { kind: 'line'; line: BodyLine } | { kind: 'subhead'; text: string; no: number };

export interface DraftArticle {
  kind: 'article' | 'photo-news';
  blocks: DraftBlock[];
  byline: Byline | null;
  /** Stream position of the byline. */
  bylinePos?: number;
  /** Names signed after the last sentence, and the signature as printed. */
  signature: { names: string[]; printed: string } | null;
  /** Stream positions of the first and last element of the body. */
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
  /** The byline was printed apart from the body (matched to the article later). */
  closed: boolean;
}

/** A headline as printed: one or more lines that belong together. */
export interface HeadItem {
  text: string;
  lines: number[];
  /** Stream positions (element indexes) of its first and last line. */
  start: number;
  end: number;
  doubled: boolean;
  dropped: string;
  /** Type size against the body, where the source knows it. */
  size?: number;
  /** Its lines' texts, and which were drawn twice (fake bold), where only some were. */
  drawn?: { text: string; twice: boolean }[];
  /** Its printed lines' texts, in order (pieces of one source line together). */
  texts: string[];
}

export interface Assembled {
  articles: DraftArticle[];
  heads: HeadItem[];
  /** Bylines printed with no body after them, with their stream position. */
  looseBylines: { byline: Byline; pos: number; no: number }[];
  captions: { text: string; no: number; pos: number }[];
  fragments: { text: string; no: number }[];
  furniture: { text: string; no: number; facts: FurnitureFacts; dropped: string }[];
}

type HeadEl = Extract<Element, { kind: 'head' }>;

/** Fewest lines of one glyph in a row that make a glyph stack (a vertical headline read glyph by glyph). */
const STACK_LINES = 3;

/** For each headline line: whether it is one glyph of a glyph stack. */
function inGlyphStack(lines: { el: HeadEl; pos: number }[]): boolean[] {
  const single = lines.map((h) => [...h.el.text.replace(/\s/g, '')].length === 1);
  const out = single.map(() => false);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && single[j] && (j === i || lines[j]!.pos === lines[j - 1]!.pos + 1)) j++;
    if (j - i >= STACK_LINES) out.fill(true, i, j);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Consecutive headline lines → items: lines printed together (no blank line, same source line, or a "X：" line)
 * join; a vertical headline's glyph stack and a headline set across never do.
 */
function groupHeads(lines: { el: HeadEl; pos: number }[]): HeadItem[] {
  const items: HeadItem[] = [];
  const stacked = inGlyphStack(lines);
  let cur: HeadItem | null = null;
  let prev: { el: HeadEl; pos: number } | null = null;
  for (const [k, h] of lines.entries()) {
    const sameLine = prev && prev.el.unit.no === h.el.unit.no;
    const sameType = !prev || prev.el.unit.size === undefined || h.el.unit.size === undefined || Math.abs(prev.el.unit.size - h.el.unit.size) < 0.08;
    const sameSet = k === 0 || stacked[k] === stacked[k - 1];
    const joined = prev && sameType && sameSet && !h.el.doubled && !prev.el.doubled && (sameLine || prev.el.colon || (h.el.unit.gap === 0 && h.pos === prev.pos + 1));
    const text = headlineSpaces(h.el.text);
    const drawn = { text, twice: h.el.unit.twice === true };
    if (cur && joined) {
      cur.text += text; // lines of one headline join without a space
      if (sameLine) cur.texts[cur.texts.length - 1] += text;
      else cur.texts.push(text);
      cur.lines.push(h.el.unit.no);
      cur.end = h.pos;
      cur.dropped += h.el.dropped;
      cur.drawn!.push(drawn);
    } else {
      cur = { text, texts: [text], lines: [h.el.unit.no], start: h.pos, end: h.pos, doubled: h.el.doubled, dropped: h.el.dropped, drawn: [drawn] };
      if (h.el.unit.size !== undefined) cur.size = h.el.unit.size;
      items.push(cur);
    }
    prev = h;
  }
  // (kept only where it tells lines apart: some drawn twice, some once)
  for (const it of items) if (!it.drawn!.some((d) => d.twice) || it.drawn!.every((d) => d.twice)) delete it.drawn;
  return items;
}

/**
 * The line after a headline line finishes its last word: it opens with a
 * sentence of one to three characters ("系。邀请…"), which no paragraph
 * starts with, under a line that ends no sentence.
 */
const runsInto = (head: HeadEl, next: string): boolean =>
  !endsSentence(head.text) && /^\p{Script=Han}{1,3}[。！？]/u.test(next.trim());

/** Most lines of a subhead. */
const SUBHEAD_LINES = 2;

/** Where running text goes on at element `pos`: there, or under a subhead (a line or two of headline type) where `subheads` allows. */
function textGoesOnAt(elements: Element[], pos: number, subheads: boolean): number | null {
  let k = pos;
  while (subheads && elements[k]?.kind === 'head' && k - pos < SUBHEAD_LINES) k++;
  return elements[k]?.kind === 'body' ? k : null;
}

/** The running text that follows element `pos` (about a paragraph's worth, up to the next headline, byline or signature), for look-ahead. */
function textAfter(elements: Element[], pos: number, chars = 120): string {
  let out = '';
  for (let i = pos; i < elements.length && out.length < chars; i++) {
    const e = elements[i]!;
    if (e.kind === 'body') out += e.unit.text;
    else if (e.kind === 'byline' || e.kind === 'signature' || e.kind === 'block' || e.kind === 'head') break;
  }
  return out;
}

/** A line this much short of its column's measure ends a paragraph, or starts one indented. */
const SHORT = 1;
/** Where sizes are known, no subhead is set this much larger than the body (or more): such a line is a title's. */
const LARGEST_SUBHEAD = 1.5;

/**
 * Photo news (a photo, a text of one paragraph under it, the photographer's
 * credit): a paragraph that starts without the indent of a new paragraph
 * right after a finished sentence, runs on in lines of the column's measure
 * (none ending a sentence) to a last line that ends one (short, or full where
 * the sentence happens to fill it) and ends with a photo credit (X/摄), is an
 * item of its own, not the next paragraph of the article before it. On a new
 * topic (`newTopic`: it names only zones the article before never did) it may
 * be set to the photo's width, and its full lines may end sentences.
 */
function photoNewsAt(elements: Element[], pos: number, newTopic: boolean, textGoesOnAfter: (creditPos: number) => boolean): boolean {
  const lines: Extract<Element, { kind: 'body' }>[] = [];
  let j = pos;
  for (; elements[j]?.kind === 'body'; j++) lines.push(elements[j] as Extract<Element, { kind: 'body' }>);
  // (its credit may begin with a name set apart from the rest: "…余家。 张涛" / "吴昊/摄")
  const after = elements[j];
  const credit = after?.kind === 'signature' && !/摄/.test(after.unit.printed) ? elements[j + 1] : after;
  if (lines.length < 2 || credit?.kind !== 'signature' || !/摄/.test(credit.unit.printed)) return false;
  // where the article's text goes on under the credit, on its topic, the photo was set inside the article
  if (textGoesOnAfter(credit === after ? j : j + 1)) return false;
  // where positions are known, a paragraph read in one block with the text before it is no item of its own
  if (lines[0]!.unit.size !== undefined && lines[0]!.unit.gap === 0) return false;
  // set apart from what was read before it (a new block where positions are known), or on another topic than the
  // article before it (it names only zones that article never did), its full lines may end sentences
  const apart = lines[0]!.unit.gap > 0 || newTopic;
  // its text may be set narrower than the column, to the photo's width: its own widest line is its measure
  const own = Math.max(...lines.slice(0, -1).map((l) => l.unit.width));
  // (digits and Latin, set apart by spaces, make a full line's counted width vary more than punctuation does)
  const slack = (l: Extract<Element, { kind: 'body' }>) => (/[\x21-\x7e]/.test(l.unit.text) ? 2 : SHORT);
  const full = (l: Extract<Element, { kind: 'body' }>) => Math.abs(l.unit.width - l.measure) <= slack(l) || (newTopic && Math.abs(l.unit.width - own) <= slack(l));
  const runsOn = (l: Extract<Element, { kind: 'body' }>) => full(l) && (apart || !endsSentence(l.unit.text));
  const last = lines.at(-1)!;
  // its first line is as wide as the widest after it: no indent, wherever the column's measure was guessed
  const unindented = lines[0]!.unit.width >= Math.max(...lines.slice(1, -1).map((l) => l.unit.width)) - SHORT;
  return unindented && lines.slice(0, -1).every(runsOn) && endsSentence(last.unit.text);
}

export function assemble(elements: Element[]): Assembled {
  const out: Assembled = { articles: [], heads: [], looseBylines: [], captions: [], fragments: [], furniture: [] };
  let cur: DraftArticle | null = null;
  let pendingHeads: { el: HeadEl; pos: number }[] = [];
  let pendingByline: { byline: Byline; pos: number; no: number } | null = null;
  let interrupted = true;

  /**
   * Between two paragraphs of one article (its text goes on under it, on its topic), a photo's credit at `pos`
   * signs nothing; nor where a subhead follows it in an article with a byline (its authors sign it, not a photographer).
   */
  const goesOnUnder = (article: DraftArticle, pos: number): boolean => {
    const goesOn = textGoesOnAt(elements, pos + 1, article.byline != null);
    return goesOn !== null && continuesTopic(article, textAfter(elements, goesOn));
  };

  // articles begun after a headline (one read since the article before began)
  const headed = new Set<DraftArticle>();
  let headsSeen = 0;
  const newArticle = (pos: number, no: number, kind: DraftArticle['kind'] = 'article'): DraftArticle => {
    const a: DraftArticle = { kind, blocks: [], byline: null, signature: null, start: pos, end: pos, firstLine: no, lastLine: no, closed: false };
    out.articles.push(a);
    if (out.heads.length > headsSeen) headed.add(a);
    headsSeen = out.heads.length;
    return a;
  };
  const lastLine = (a: DraftArticle | null): BodyLine | null => {
    if (!a) return null;
    for (let i = a.blocks.length - 1; i >= 0; i--) {
      const b = a.blocks[i]!;
      if (b.kind === 'line') return b.line;
      return null; // a subhead is last
    }
    return null;
  };
  // The text after a subhead goes on about the article's zones; one that names only other zones starts a new article.
  const continuesTopic = (a: DraftArticle, next: string) => {
    const ahead = zoneKeys(next);
    if (!ahead.size) return true;
    const seen = zoneKeys(a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text)).join(''));
    return [...ahead].some((k) => seen.has(k));
  };
  const namesOtherZone = (a: DraftArticle, line: string) => {
    const named = zoneKeys(line);
    if (!named.size) return false;
    const seen = zoneKeys(a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text)).join(''));
    return [...named].some((k) => !seen.has(k));
  };
  // Set larger than any subhead, a line is a headline (a title printed again over its text's sequel aside)
  const titleSized = (h: HeadEl) => (h.unit.size ?? 1) >= LARGEST_SUBHEAD && !out.heads.some((g) => g.text === h.text);
  const flushHeadsAsItems = () => {
    out.heads.push(...groupHeads(pendingHeads));
    pendingHeads = [];
  };

  elements.forEach((el, pos) => {
    switch (el.kind) {
      case 'furniture':
        out.furniture.push({ text: el.text, no: el.no, facts: el.facts, dropped: el.dropped });
        interrupted = true;
        return;
      case 'caption':
        out.captions.push({ text: el.text, no: el.no, pos });
        interrupted = true;
        return;
      case 'head':
        pendingHeads.push({ el, pos });
        interrupted = true;
        return;
      case 'byline':
        flushHeadsAsItems();
        if (pendingByline) out.looseBylines.push(pendingByline);
        pendingByline = { byline: el.unit.byline, pos, no: el.unit.no };
        if (cur) cur.closed = true;
        interrupted = true;
        return;
      case 'signature': {
        // a photo credit read where a sentence breaks off (a photo set inside a column) signs nothing
        const open = lastLine(cur);
        const midSentence = /摄/.test(el.unit.printed) && open !== null && !endsSentence(open.unit.text);
        const inside = /摄/.test(el.unit.printed) && cur !== null && !cur.closed && goesOnUnder(cur, pos);
        if (cur && !cur.closed && !pendingHeads.length && !midSentence && !inside) {
          cur.signature = { names: el.unit.names, printed: el.unit.printed };
          cur.closed = true;
          cur.end = pos;
          // a text with no headline nor byline before it, signed by its photographer, is a photo's
          if (/摄/.test(el.unit.printed) && !headed.has(cur) && !cur.byline && cur.blocks.every((b) => b.kind === 'line')) cur.kind = 'photo-news';
        } else if (/摄/.test(el.unit.printed)) {
          out.captions.push({ text: el.unit.printed, no: el.unit.no, pos }); // a photo credit after a signed article credits its photo
        } else {
          out.fragments.push({ text: el.unit.printed, no: el.unit.no });
        }
        return;
      }
      case 'block': {
        const text = el.units.map((u) => u.text).reduce((a, b) => joinWrapped(a, squeezeSpaces(b)), '');
        const no = el.units[0]!.no;
        if (el.role === 'photo') {
          flushHeadsAsItems();
          if (cur) cur.closed = true;
          const a = newArticle(pos, no, 'photo-news');
          el.units.forEach((unit, i) => a.blocks.push({ kind: 'line', line: { unit, pos, measure: Math.max(...el.units.map((u) => u.width)), interrupted: i === 0 } }));
          a.lastLine = el.units.at(-1)!.no;
          a.end = pos;
          cur = a;
          if (pendingByline) { a.byline = pendingByline.byline; a.bylinePos = pendingByline.pos; pendingByline = null; }
        } else if (el.role === 'caption') {
          out.captions.push({ text: squeezeSpaces(text), no, pos });
        } else {
          out.fragments.push({ text: squeezeSpaces(text), no });
        }
        interrupted = true;
        return;
      }
      case 'body': {
        const prev = lastLine(cur);
        if (pendingHeads.length) {
          // Headline lines inside a running article, between two complete paragraphs, are its subheads
          // (not lines of headline type: doubled glyphs, a line printed twice, a title's size).
          const sub = cur && !cur.closed && !pendingByline && prev && endsSentence(prev.unit.text) &&
            pendingHeads.every((h) => !h.el.doubled && !h.el.unit.twice && !h.el.colon && [...h.el.text].length <= 24 && !titleSized(h.el)) && pendingHeads.length <= 3 &&
            // a line naming another zone or park than the article's is a headline; a subhead names the article's own
            !pendingHeads.some((h) => namesOtherZone(cur!, h.el.text)) &&
            continuesTopic(cur!, textAfter(elements, pos)) &&
            (el.measure === prev.measure || Math.abs(el.measure - prev.measure) <= 2);
          if (sub && runsInto(pendingHeads.at(-1)!.el, el.unit.text)) {
            // a paragraph's first line, read as a subhead, whose word the next line ends ("搭建“指导+帮扶”孵化体" / "系。邀请…")
            for (const h of pendingHeads) cur!.blocks.push({ kind: 'line', line: { unit: h.el.unit, pos: h.pos, measure: el.measure, interrupted: true } });
            pendingHeads = [];
          } else if (sub) {
            cur!.blocks.push({ kind: 'subhead', text: pendingHeads.map((h) => headlineSpaces(h.el.text)).join(''), no: pendingHeads[0]!.el.unit.no });
            pendingHeads = [];
          } else {
            // a headline read in the middle of a sentence (set beside the first column, read after it) leaves
            // the sentence, and the article, to go on; it is matched to its body like any other
            const midSentence = cur && !cur.closed && !pendingByline && prev && !endsSentence(prev.unit.text) && !el.unit.afterByline &&
              // (where widths are measured, a column breaks after a full line: a short line ending no sentence is where a text was cut)
              (prev.unit.size === undefined || prev.unit.width >= prev.measure - SHORT) &&
              // in the same column measure (a new article is often set to another), or full to the line before's
              (Math.abs(el.measure - prev.measure) <= 1 || Math.abs(el.unit.width - prev.measure) <= 1);
            // a headline of a title's size read inside an article that had none is its own, read after its first lines
            const own = cur && !cur.closed && !headed.has(cur) && pendingHeads.some((h) => titleSized(h.el));
            flushHeadsAsItems();
            if (cur && own) headed.add(cur);
            else if (cur && !midSentence) cur.closed = true;
          }
        }
        // (photo news, or a text that began with no headline under a photo's credit or right after a signed article,
        // is one photo's text already: a full line ending a sentence inside it leaves its paragraph going on)
        const openerEl = cur === null ? undefined : elements[cur.start - 1];
        const opener = openerEl?.kind === 'block' && openerEl.role === 'caption' ? 'caption' : openerEl?.kind;
        const underPhoto = cur !== null && (cur.kind === 'photo-news' || opener === 'caption' || opener === 'signature');
        // (right after the article's text, or after a photo's caption or credit read after it)
        const before = elements[pos - 1];
        const afterText = before?.kind === 'body' || before?.kind === 'caption' || (before?.kind === 'block' && before.role === 'caption') ||
          (before?.kind === 'signature' && /摄/.test(before.unit.printed));
        // (an article of one line so far is no article: photo news under a title begins with a sentence of a line)
        const oneLine = (a: DraftArticle) => a.blocks.filter((b) => b.kind === 'line').length <= 1;
        if (cur && !cur.closed && !pendingByline && afterText && prev && endsSentence(prev.unit.text) && !oneLine(cur) &&
          !(underPhoto && prev.unit.width >= prev.measure - SHORT) && photoNewsAt(elements, pos, !continuesTopic(cur, textAfter(elements, pos)), (at) => goesOnUnder(cur!, at))) {
          cur.closed = true;
          cur = newArticle(pos, el.unit.no, 'photo-news');
          interrupted = true;
        }
        if (!cur || cur.closed) {
          cur = newArticle(pos, el.unit.no);
          interrupted = true;
        }
        if (pendingByline) {
          if (!cur.byline && !cur.blocks.length) [cur.byline, cur.bylinePos] = [pendingByline.byline, pendingByline.pos];
          else out.looseBylines.push(pendingByline);
          pendingByline = null;
        }
        cur.blocks.push({ kind: 'line', line: { unit: el.unit, pos, measure: el.measure, interrupted: interrupted || el.unit.lineStart } });
        cur.end = pos;
        cur.lastLine = el.unit.no;
        interrupted = false;
        return;
      }
    }
  });
  flushHeadsAsItems();
  if (pendingByline) out.looseBylines.push(pendingByline);
  return out;
}
