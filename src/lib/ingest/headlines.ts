/**
 * Match headlines to article bodies. Headlines may be printed before their
 * body, after it, or gathered at the top or bottom of the page; each goes to
 * the body whose words it shares most (bigrams weighted by how rare they
 * are on the page), with a small bonus for the body printed right after or
 * before it. Every body gets at most one headline in a first round; lines
 * left over (kicker, subtitle printed apart) join the body they fit clearly.
 */
import { findZoneMentions } from '../zones/match.ts';
import type { DraftArticle, HeadItem } from './assemble.ts';
import { splitHeadline, type HeadlineParts } from './headlineParts.ts';
import { ZONE_LABEL } from './text.ts';

/** Letters and digits: ASCII alphanumerics and CJK ideographs (the other scripts do not occur here). */
function isWordCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Character bigrams of the words of a text, each packed into one number (two UTF-16 units). */
export function bigrams(text: string): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) continue;
    if (prev >= 0) out.push(prev * 65536 + c);
    prev = c;
  }
  return out;
}

export interface HeadMatch {
  /** For each article (by index), its headline items in stream order, and which one came first. */
  byArticle: Map<number, { items: HeadItem[]; primary: HeadItem }>;
  unmatched: HeadItem[];
}

const FIRST_ROUND_MIN = 0.3;
const SECOND_ROUND_MIN = 0.45;
const SECOND_ROUND_MARGIN = 0.2;

export function matchHeadlines(heads: HeadItem[], articles: DraftArticle[], bodyText: (a: DraftArticle) => string): HeadMatch {
  const sets = articles.map((a) => new Set(bigrams(bodyText(a))));
  const df = new Map<number, number>();
  for (const s of sets) for (const b of s) df.set(b, (df.get(b) ?? 0) + 1);
  const n = articles.length;
  const idf = (b: number) => Math.log((n + 1) / ((df.get(b) ?? 0) + 0.5));

  // Zones each body talks about, by mention count: a headline naming a zone points to the body that names it most.
  const zoneCounts = articles.map((a) => {
    const m = new Map<string, number>();
    for (const z of findZoneMentions(bodyText(a))) m.set(z.key, (m.get(z.key) ?? 0) + 1);
    return m;
  });
  const zoneTotal = new Map<string, number>();
  for (const m of zoneCounts) for (const [k, c] of m) zoneTotal.set(k, (zoneTotal.get(k) ?? 0) + c);
  const zoneShare = (key: string, ai: number) => (zoneCounts[ai]!.get(key) ?? 0) / (zoneTotal.get(key) || 1);

  /** How well a headline's words fit a body, before any bonus for where it is printed. */
  const content = heads.map((h) => {
    const grams = [...new Set(bigrams(h.text))];
    const zones = [...new Set(findZoneMentions(h.text).map((z) => z.key))];
    let all = 0;
    // words printed in no body tell nothing about which body: they weigh less
    for (const g of grams) all += df.has(g) ? idf(g) : 0.3 * idf(g);
    return articles.map((_, ai) => {
      let hit = 0;
      for (const g of grams) if (sets[ai]!.has(g)) hit += idf(g);
      let s = all > 0 ? hit / all : 0;
      if (zones.length) s += 0.4 * Math.max(...zones.map((k) => zoneShare(k, ai)));
      return s;
    });
  });
  // The body printed right after each headline (with no other body between) and right before it.
  const next = heads.map((h) => {
    let best = -1;
    articles.forEach((a, i) => { if (a.start > h.end && (best < 0 || a.start < articles[best]!.start)) best = i; });
    return best >= 0 && !articles.some((a) => a.end > h.end && a.end < articles[best]!.start) ? best : -1;
  });
  const prev = heads.map((h) => {
    let best = -1;
    articles.forEach((a, i) => { if (a.end < h.start && (best < 0 || a.end > articles[best]!.end)) best = i; });
    return best;
  });

  // Which side of its body does this page print a headline? Ask the headlines whose words leave no doubt.
  let before = 0;
  let after = 0;
  content.forEach((row, hi) => {
    const ranked = row.map((s, ai) => ({ ai, s })).sort((x, y) => y.s - x.s);
    if (!ranked[0] || ranked[0].s < 0.6 || ranked[0].s - (ranked[1]?.s ?? 0) < 0.3) return;
    if (next[hi] === ranked[0].ai) before++;
    else if (prev[hi] === ranked[0].ai) after++;
  });
  // Bonus for the body on the page's usual side of its headline.
  const [bonusNext, bonusPrev] = after > before ? [0.1, 0.25] : [0.25, 0.1];
  const table = content.map((row, hi) => row.map((s, ai) => s + (next[hi] === ai ? bonusNext : prev[hi] === ai ? bonusPrev : 0)));

  const pairs: { hi: number; ai: number; s: number }[] = [];
  table.forEach((row, hi) => row.forEach((s, ai) => pairs.push({ hi, ai, s })));
  pairs.sort((x, y) => y.s - x.s || x.hi - y.hi || x.ai - y.ai);

  const byArticle = new Map<number, { items: HeadItem[]; primary: HeadItem }>();
  const used = new Set<number>();
  for (const { hi, ai, s } of pairs) {
    // (a zone named alone is a label over a headline, never one: it joins its article in the second round)
    if (s < FIRST_ROUND_MIN || used.has(hi) || byArticle.has(ai) || ZONE_LABEL.test(heads[hi]!.text.trim())) continue;
    used.add(hi);
    byArticle.set(ai, { items: [heads[hi]!], primary: heads[hi]! });
  }
  const unmatched: HeadItem[] = [];
  const leftover: number[] = [];
  heads.forEach((h, hi) => {
    if (used.has(hi)) return;
    const ranked = table[hi]!.map((s, ai) => ({ s, ai })).sort((x, y) => y.s - x.s);
    const [best, second] = ranked;
    if (best && best.s >= SECOND_ROUND_MIN && best.s - (second?.s ?? 0) >= SECOND_ROUND_MARGIN) {
      const entry = byArticle.get(best.ai);
      if (entry) entry.items.push(h);
      else byArticle.set(best.ai, { items: [h], primary: h });
    } else {
      leftover.push(hi);
    }
  });
  // A line printed right against a matched headline (a kicker above it, a subtitle under it) belongs with it.
  for (const hi of leftover) {
    const h = heads[hi]!;
    const beside = [...byArticle].filter(([, e]) => e.items.some((it) => it.start === h.end + 1 || it.end + 1 === h.start));
    beside.sort(([a], [b]) => table[hi]![b]! - table[hi]![a]!);
    const target = beside[0];
    if (target) target[1].items.push(h);
    else unmatched.push(h);
  }
  for (const e of byArticle.values()) e.items.sort((x, y) => x.start - y.start);
  return { byArticle, unmatched };
}

/** Names a zone or park (or, failing that, a place): the line that carries the subject is the main title. */
const ZONE_SUBJECT = /(?:高新区|开发区|科学城|软件园|产业园|创业园|科技园|科技城|示范区)/;
const PLACE_SUBJECT = /(?:园区|新区|[市县区])/;

/** Where type sizes are known, the main title is the one set clearly largest. */
function largestType(items: HeadItem[]): HeadItem | undefined {
  const sized = items.filter((it) => it.size !== undefined).sort((a, b) => b.size! - a.size!);
  if (sized.length !== items.length || !sized[0]) return undefined;
  return sized.length === 1 || sized[0].size! - sized[1]!.size! >= 0.1 ? sized[0] : undefined;
}

/**
 * A headline item whose first lines were drawn once and the rest twice (fake
 * bold thickens the title alone): the lines drawn once are its kicker. (Not
 * the lines drawn once after the title: a layout text may read a title's
 * last line once where the copy drifted off it.)
 */
function kickerByDrawing(item: HeadItem): HeadlineParts | null {
  const d = item.drawn;
  // (where type sizes are known they tell the title already)
  if (!d || item.size !== undefined) return null;
  const first = d.findIndex((p) => p.twice);
  if (first < 1 || d.slice(first).some((p) => !p.twice)) return null;
  const join = (ps: typeof d) => ps.map((p) => p.text).join('');
  return { kicker: join(d.slice(0, first)), title: join(d.slice(first)), subtitle: null };
}

/** Where type sizes are unknown, the lines of the main item tell kicker and subtitle by their wording. */
function partsByLines(item: HeadItem): HeadlineParts {
  return item.size === undefined && item.texts.length > 1 ? splitHeadline(item.texts) : { kicker: null, title: item.text, subtitle: null };
}

/**
 * Kicker / title / subtitle from the items of one article. Items printed
 * together keep their printed order around the main line (the one naming
 * the subject); a line printed apart from the rest is a kicker, which this
 * paper sets above the main line.
 */
export function headlineRoles(items: HeadItem[], primary: HeadItem): { kicker: string | null; title: string; subtitle: string | null } {
  // (a zone named alone labels the main line, where there is another)
  const named = items.filter((it) => !ZONE_LABEL.test(it.text.trim()));
  const main = largestType(items) ?? named.find((it) => ZONE_SUBJECT.test(it.text)) ?? named.find((it) => PLACE_SUBJECT.test(it.text)) ?? named[0] ?? primary;
  const runs: HeadItem[][] = [];
  for (const it of items) {
    const run = runs.at(-1);
    if (run && it.start === run.at(-1)!.end + 1) run.push(it);
    else runs.push([it]);
  }
  const mainRun = runs.find((r) => r.includes(main))!;
  const mainIdx = mainRun.indexOf(main);
  const others = runs.filter((r) => r !== mainRun).flat();
  const kickers = [...others, ...mainRun.slice(0, mainIdx)].map((it) => it.text);
  const subs = mainRun.slice(mainIdx + 1).map((it) => it.text);
  const parts = kickerByDrawing(main) ?? partsByLines(main);
  if (parts.kicker) kickers.push(parts.kicker);
  if (parts.subtitle) subs.unshift(parts.subtitle);
  return { kicker: kickers.length ? kickers.join(' ') : null, title: parts.title, subtitle: subs.length ? subs.join(' ') : null };
}
