/**
 * Scores page records against gold records (../shared/gold/FORMAT.md) with
 * the measures of ../shared/tools/score-gold: articles paired one-to-one by
 * body similarity (a pair counts at ≥ 0.98), body, headline, authors, first
 * zone, subheads, paragraph breaks, characters lost, issue date and page.
 * Texts are compared after NFKC, white-space removal and quote folding.
 * One measure of our own beside them: the share of gold paragraphs read
 * whole into one article, which tells a page's lines read out of order (no
 * paragraph comes out whole) from articles cut or joined wrongly (whole
 * paragraphs, in the wrong articles).
 */
import type { PageRecord } from '../types.ts';
import { similarity } from '../synth/score.ts';
import type { GoldArticle, GoldPage } from '../gold.ts';

export type { GoldArticle, GoldPage };

export interface PageScore {
  gold: number;
  predicted: number;
  /** Gold articles found with a body ≥ 98 % alike. */
  matched: number;
  bodySum: number;
  titles: number;
  titlesScored: number;
  authorsSum: number;
  zones: number;
  zonesScored: number;
  subheadsSum: number;
  /** Gold characters found nowhere in the record (beyond what the gold itself leaves out). */
  lost: number;
  issueRight: boolean | null;
  missed: string[];
  /** Gold paragraphs (of a sentence or more) and those found whole inside one article's body. */
  paragraphs: number;
  paragraphsWhole: number;
}

export const norm = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFKC').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');

type Texts = Pick<GoldArticle, 'kicker' | 'title' | 'subtitle' | 'byline' | 'authors' | 'zones' | 'subheads' | 'paragraphs'>;

const bodyOf = (a: Texts) => norm(a.paragraphs.join(''));

function f1(pred: string[], gold: string[]): number {
  if (!pred.length && !gold.length) return 1;
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of pred) if ((left.get(p) ?? 0) > 0) { tp++; left.set(p, left.get(p)! - 1); }
  if (!tp) return 0;
  const [p, r] = [tp / pred.length, tp / gold.length];
  return (2 * p * r) / (p + r);
}

/** Greedy one-to-one pairs of gold and predicted articles, most alike first. */
function pairArticles(pred: Texts[], gold: Texts[]): { gi: number; pi: number; s: number }[] {
  const cands: { gi: number; pi: number; s: number }[] = [];
  gold.forEach((g, gi) => {
    const gb = bodyOf(g);
    pred.forEach((p, pi) => {
      const pb = bodyOf(p);
      if (!gb || !pb || Math.min(gb.length, pb.length) / Math.max(gb.length, pb.length) < 0.5) return;
      cands.push({ gi, pi, s: similarity(gb, pb) });
    });
  });
  cands.sort((a, b) => b.s - a.s);
  const [gDone, pDone] = [new Set<number>(), new Set<number>()];
  return cands.filter((c) => {
    if (c.s < 0.5 || gDone.has(c.gi) || pDone.has(c.pi)) return false;
    gDone.add(c.gi);
    pDone.add(c.pi);
    return true;
  });
}

function titleRight(p: Texts, g: Texts): boolean | null {
  if (!norm(g.title) && !norm(g.kicker)) return null;
  if (norm(p.title) === norm(g.title)) return true;
  const full = (a: Texts) => norm((a.kicker ?? '') + a.title + (a.subtitle ?? ''));
  return full(p) === full(g);
}

function charCounts(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of norm(texts.join(''))) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Every string of a record or gold page, as score-gold collects them for the no-text-lost check. */
function allStrings(rec: { articles: Texts[]; captions: ({ text: string } | string)[]; fragments: string[]; furniture: string[] }): string[] {
  const out: string[] = [];
  for (const a of rec.articles) {
    out.push(a.kicker ?? '', a.title ?? '', a.subtitle ?? '', a.byline ?? '', ...a.subheads, ...a.paragraphs);
    const byline = norm(a.byline);
    out.push(...a.authors.filter((n) => !byline.includes(norm(n))));
    out.push(...((a as { captions?: string[] }).captions ?? []));
  }
  out.push(...rec.captions.map((c) => (typeof c === 'string' ? c : c.text)), ...rec.fragments, ...rec.furniture);
  return out;
}

/** Shorter paragraphs (a label, a line of a table) are left out: they come out whole by chance. */
const PARAGRAPH_MIN = 10;

/** Gold paragraphs, and those found whole inside one predicted article's body. */
export function wholeParagraphs(pred: Texts[], gold: Texts[]): { paragraphs: number; paragraphsWhole: number } {
  const bodies = pred.map(bodyOf);
  const paragraphs = gold.flatMap((g) => g.paragraphs.map(norm)).filter((p) => p.length >= PARAGRAPH_MIN);
  return { paragraphs: paragraphs.length, paragraphsWhole: paragraphs.filter((p) => bodies.some((b) => b.includes(p))).length };
}

/** Score one page record against its gold page; `raw` is the page's text as the source gives it. */
export function scoreGoldPage(rec: PageRecord, gold: GoldPage, raw: string): PageScore {
  const pairs = pairArticles(rec.articles, gold.articles);
  const good = pairs.filter((p) => p.s >= 0.98);
  const score: PageScore = {
    gold: gold.articles.length, predicted: rec.articles.length, matched: good.length, bodySum: 0,
    titles: 0, titlesScored: gold.articles.filter((g) => norm(g.title) || norm(g.kicker)).length,
    authorsSum: 0, zones: 0, zonesScored: gold.articles.filter((g) => g.zones.length).length, subheadsSum: 0,
    lost: 0, issueRight: null, missed: [], ...wholeParagraphs(rec.articles, gold.articles),
  };
  for (const { gi, pi, s } of pairs) {
    const [g, p] = [gold.articles[gi]!, rec.articles[pi]!];
    score.bodySum += s;
    const title = titleRight(p, g);
    if (title) score.titles++;
    else if (title === false && s >= 0.98) score.missed.push(`title: ${[g.kicker, g.title, g.subtitle].filter(Boolean).join('|')} ≠ ${[p.kicker, p.title, p.subtitle].filter(Boolean).join('|')}`);
    score.authorsSum += f1(p.authors.map(norm), g.authors.map(norm));
    const [gz, pz] = [norm(g.zones[0]), norm(p.zones[0])];
    if (gz && pz && (gz.includes(pz) || pz.includes(gz))) score.zones++;
    score.subheadsSum += f1(p.subheads.map(norm), g.subheads.map(norm));
  }
  const found = new Set(good.map((p) => p.gi));
  gold.articles.forEach((g, gi) => { if (!found.has(gi)) score.missed.push(`article: ${g.title || g.paragraphs[0]?.slice(0, 16)}`); });
  const seed = charCounts([raw]);
  const [have, goldHas] = [charCounts(allStrings({ ...rec, captions: rec.captions })), charCounts(allStrings(gold))];
  for (const [ch, n] of seed) score.lost += Math.max(0, Math.max(0, n - (have.get(ch) ?? 0)) - Math.max(0, n - (goldHas.get(ch) ?? 0)));
  if (gold.issue.date) score.issueRight = rec.issue.date === gold.issue.date && (gold.issue.page === null || rec.issue.page === gold.issue.page);
  return score;
}

export interface Summary {
  pages: number;
  articles: number;
  articleF1: number;
  body: number;
  title: number;
  authors: number;
  zone: number;
  subheads: number;
  lost: number;
  /** Share of dated gold pages whose date and page were read right. */
  issue: number;
  /** Share of gold paragraphs read whole into one article. */
  paragraphsWhole: number;
}

export function summarize(scores: PageScore[]): Summary {
  const sum = (f: (s: PageScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  const gold = sum((s) => s.gold);
  const [m, pred] = [sum((s) => s.matched), sum((s) => s.predicted)];
  const [p, r] = [m / Math.max(1, pred), m / Math.max(1, gold)];
  const dated = scores.filter((s) => s.issueRight !== null);
  return {
    pages: scores.length,
    articles: gold,
    articleF1: m ? (2 * p * r) / (p + r) : 0,
    body: sum((s) => s.bodySum) / Math.max(1, gold),
    title: sum((s) => s.titles) / Math.max(1, sum((s) => s.titlesScored)),
    authors: sum((s) => s.authorsSum) / Math.max(1, gold),
    zone: sum((s) => s.zones) / Math.max(1, sum((s) => s.zonesScored)),
    subheads: sum((s) => s.subheadsSum) / Math.max(1, gold),
    lost: sum((s) => s.lost),
    issue: dated.filter((s) => s.issueRight).length / Math.max(1, dated.length),
    paragraphsWhole: sum((s) => s.paragraphsWhole) / Math.max(1, sum((s) => s.paragraphs)),
  };
}
