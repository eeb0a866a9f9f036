/**
 * Text read apart from its article: the end of a column set under a photo,
 * read after the module beside it, comes out as an article without a
 * headline. It is the end of the nearest article before it that was left
 * open (its last line ends no sentence, nothing signed it), past articles
 * that ended, when that one has a headline.
 */
import type { DraftArticle, DraftBlock, HeadItem } from './assemble.ts';
import { findZoneMentions, zoneKeys } from '../zones/match.ts';
import { bigrams } from './headlines.ts';
import { endsSentence } from './text.ts';

const bodyText = (a: DraftArticle): string => a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text)).join('');

const lastText = (a: DraftArticle): string | null => {
  const last = a.blocks.at(-1);
  return last?.kind === 'line' ? last.line.unit.text : null;
};

/** Signed, or finished on a full stop (or on a subhead, which no text would be cut after). */
const ended = (a: DraftArticle): boolean => {
  const last = lastText(a);
  return a.signature !== null || last === null || endsSentence(last);
};

/** Articles with headless text joined to the open article before it; null when there is none. */
export function joinHeadlessText(articles: DraftArticle[], headed: (i: number) => boolean): DraftArticle[] | null {
  const out = articles.map((a) => ({ ...a, blocks: [...a.blocks] }));
  const gone = new Set<number>();
  out.forEach((a, i) => {
    if (headed(i) || a.kind !== 'article' || a.byline || !a.blocks.length) return;
    let j = i - 1;
    while (j >= 0 && (gone.has(j) || ended(out[j]!))) j--;
    const open = out[j];
    if (!open || !headed(j) || open.kind !== 'article' || lastText(open) === null) return;
    open.blocks.push(...a.blocks);
    Object.assign(open, { signature: a.signature, end: a.end, lastLine: a.lastLine });
    gone.add(i);
  });
  return gone.size ? out.filter((_, i) => !gone.has(i)) : null;
}


/** The articles left, and for each the index it had before (headline matches carry over). */
export interface Kept { articles: DraftArticle[]; from: number[] }

const kept = (articles: DraftArticle[], keep: (i: number) => boolean): Kept => {
  const from = articles.map((_, i) => i).filter(keep);
  return { articles: from.map((i) => articles[i]!), from };
};

/** Fewest word bigrams a headless text must share with an article to tell anything. */
const LEAST_SHARED = 6;
/** Longest caption, in characters. */
const CAPTION_CHARS = 60;

/** How much closer in words the best headed article must be than the next. */
const CLEAR_LEAD = 1.5;
/** Least share of the headless text's word weight the best one must print. */
const LEAST_SHARE = 0.35;

/** Each text's word bigrams and how rare each is across the texts. */
function wordsOf(texts: string[]): { sets: Set<number>[]; df: Map<number, number>; idf: (b: number) => number } {
  const sets = texts.map((t) => new Set(bigrams(t)));
  const df = new Map<number, number>();
  for (const s of sets) for (const b of s) df.set(b, (df.get(b) ?? 0) + 1);
  return { sets, df, idf: (b: number) => Math.log((texts.length + 1) / (df.get(b)! + 0.5)) };
}

/** A headless text's share of word weight (rare bigrams weigh more) that each headed article prints too. */
function wordShares({ sets, df, idf }: ReturnType<typeof wordsOf>, of: number, headed: number[]): Map<number, number> {
  // (words no other text prints tell nothing about where it goes)
  let all = 0;
  for (const b of sets[of]!) if (df.get(b)! > 1) all += idf(b);
  return new Map(headed.map((k) => {
    let hit = 0;
    let shared = 0;
    for (const b of sets[of]!) if (sets[k]!.has(b)) [hit, shared] = [hit + idf(b), shared + 1];
    // (a word or two in common is chance)
    return [k, all && shared >= LEAST_SHARED ? hit / all : 0] as const;
  }));
}

/** The article's text opens with 本报讯 ("this paper reports"), the byline on the body's first line. */
const opensWithNews = (a: DraftArticle) => a.byline !== null && /^本报讯/.test(a.byline.byline);

/**
 * Headless text no open article took (read in blocks, a column's paragraphs
 * may come out far from their article, each starting clean): it goes to the
 * headed article whose words it shares clearly most, after it when read
 * after it, before it when read before. `text(i)` is article i's headline
 * and body; `leading(i)`, blocks that go with its text (a headline read as
 * its subhead). Never where both are signed.
 */
export function joinHeadlessByWords(
  articles: DraftArticle[], headed: (i: number) => boolean, text: (i: number) => string, leading: (i: number) => DraftBlock[] = () => [],
): Kept | null {
  const out = articles.map((a) => ({ ...a, blocks: [...a.blocks] }));
  const texts = articles.map((_, i) => text(i));
  const heads = out.map((a, i) => (headed(i) && a.kind === 'article' ? i : -1)).filter((i) => i >= 0);
  const gone = new Set<number>();
  // (counted once for the page, on the texts as read: joins made meanwhile add no words that decide)
  let words: ReturnType<typeof wordsOf> | undefined;
  out.forEach((a, i) => {
    // (a sentence or two is a caption read as text: it joins nothing)
    if (headed(i) || a.kind !== 'article' || a.byline || bodyText(a).length <= CAPTION_CHARS) return;
    // the zones it names point to the articles that name them too
    const named = zoneKeys(texts[i]!);
    // (text mixing two articles' zones, as a page read row by row gives, belongs to neither)
    const near = named.size ? heads.filter((k) => { const zs = zoneKeys(texts[k]!); return [...named].every((z) => zs.has(z)); }) : heads;
    const ranked = [...wordShares(words ??= wordsOf(texts), i, near)].sort((x, y) => y[1] - x[1]);
    const [best, second] = [ranked[0], ranked[1]];
    if (!best || (best[1] < LEAST_SHARE && !named.size) || (second && best[1] < CLEAR_LEAD * second[1])) return;
    const to = out[best[0]]!;
    if (to.signature && a.signature) return;
    // read before its article, text that signs off, or comes before an article that 本报讯 opens (nothing is
    // printed before it), is the article's end, read first (blocks come in the extractor's order: a module's
    // last columns may come out before its first)
    // (text over a photo credit read before an article is photo news: it stays apart)
    if (best[0] > i && a.signature && /摄/.test(a.signature.printed)) return;
    if (best[0] < i || a.signature || opensWithNews(to)) to.blocks.push(...leading(i), ...a.blocks);
    else to.blocks.unshift(...leading(i), ...a.blocks);
    if (a.signature) to.signature = a.signature;
    gone.add(i);
  });
  return gone.size ? kept(out, (i) => !gone.has(i)) : null;
}

/**
 * A headless text of one short sentence, nothing signed or bylined, is a
 * photo's caption read as text ("潍坊高新区企业展示最新研发成果。"): it is
 * taken out of the articles. Null when there is none.
 */
export function captionsReadAsText(articles: DraftArticle[], headed: (i: number) => boolean): (Kept & { captions: { text: string; no: number; pos: number }[] }) | null {
  const caption = (a: DraftArticle, i: number) => {
    const text = bodyText(a);
    return !headed(i) && a.kind === 'article' && !a.byline && !a.signature && text.length <= CAPTION_CHARS && endsSentence(text) && !/[。！？]/.test(text.slice(0, -1));
  };
  const captions = articles.filter(caption).map((a) => ({ text: bodyText(a), no: a.firstLine, pos: a.start }));
  return captions.length ? { ...kept(articles, (i) => !caption(articles[i]!, i)), captions } : null;
}

/** Most characters of a subhead read as a headline. */
const SUBHEAD_CHARS = 24;

/**
 * A short headline that names no zone, over text without byline that names
 * zones, is a subhead of the article about them, read apart from it (pages
 * read in blocks put a column's lower part anywhere): the paper's titles
 * name the zone they report on. It goes with that text as a subhead where
 * the text joins its article by the words they share.
 */
export function subheadRead(items: HeadItem[] | undefined, article: DraftArticle, body: string): DraftBlock | null {
  if (!items?.length || items.length > 2 || article.byline || article.kind !== 'article') return null;
  const text = items.map((h) => h.text).join('');
  if ([...text].length > SUBHEAD_CHARS || findZoneMentions(text).length || !findZoneMentions(body).length) return null;
  return { kind: 'subhead', text, no: items[0]!.lines[0]! };
}
