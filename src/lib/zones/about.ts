/**
 * zonesOf: the zones an article is ABOUT, primary first — newspaper-layout reasoning over
 * the mentions: the headline names the subject; the body shows what else it is substantially about.
 */
import { findZoneMentions, type ZoneMention } from './mentions.ts';
import { foldChars } from './normalize.ts';
import type { Zone } from './types.ts';

export interface ArticleText {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  paragraphs: string[];
}

interface Tally {
  key: string;
  zone: Zone | null;
  kind: ZoneMention['kind'];
  /** Some mention carries a zone word (not only 中关村/光谷 used as a modifier). */
  strong: boolean;
  /** Order of its first mention in the headline, or null. */
  headline: number | null;
  /** Mentions in the body, and the paragraphs they fall in. */
  count: number;
  paragraphs: Set<number>;
  /** Order of its first mention anywhere (headline first, then body). */
  first: number;
  surfaces: { text: string; headline: boolean; bare: boolean }[];
}

/**
 * An article about a park names its host zone a couple of times: twice is enough for a
 * national zone when the primary is not itself one. Anything else needs more.
 */
const MIN_HOST_ZONE_MENTIONS = 2;
const MIN_PLACE_MENTIONS = 3;
const MIN_PLACE_PARAGRAPHS = 2;

export function zonesOf(article: ArticleText): string[] {
  const tallies = tally(article);
  if (tallies.length === 0) return [];
  const primary = pickPrimary(tallies);
  const others = tallies
    .filter((t) => t !== primary && isSubject(t, primary))
    .sort((a, b) => rankHeadline(a) - rankHeadline(b) || b.count - a.count || a.first - b.first);
  const listed: Tally[] = [primary];
  for (const t of others) if (!isDistrictOfListed(t, listed)) listed.push(t);
  const out: string[] = [];
  for (const t of listed) {
    const surface = displaySurface(t);
    if (!out.includes(surface)) out.push(surface);
  }
  return out;
}

function tally(article: ArticleText): Tally[] {
  const byKey = new Map<string, Tally>();
  let order = 0;
  const add = (m: ZoneMention, paragraph: number | null): void => {
    let t = byKey.get(m.key);
    if (!t) {
      t = { key: m.key, zone: m.zone, kind: m.kind, strong: false, headline: null, count: 0, paragraphs: new Set(), first: order, surfaces: [] };
      byKey.set(m.key, t);
    }
    t.strong ||= !m.bare;
    if (paragraph === null) t.headline ??= order;
    else {
      t.count++;
      t.paragraphs.add(paragraph);
    }
    t.surfaces.push({ text: m.surface, headline: paragraph === null, bare: m.bare });
    order++;
  };
  for (const part of [article.kicker, article.title, article.subtitle]) {
    if (part) for (const m of findZoneMentions(part)) add(m, null);
  }
  article.paragraphs.forEach((text, p) => {
    for (const m of findZoneMentions(text)) add(m, p);
  });
  countBareDistricts([...byKey.values()], article.paragraphs);
  return [...byKey.values()];
}

/** After "广州市黄埔区", the body says just "黄埔区": those mentions count for the district too. */
function countBareDistricts(tallies: Tally[], paragraphs: string[]): void {
  for (const t of tallies) {
    if (t.kind !== 'district') continue;
    const full = t.key.slice('district:'.length);
    const bare = full.slice(full.indexOf('市') + 1);
    paragraphs.forEach((text, p) => {
      const extra = occurrences(text, bare) - occurrences(text, full);
      if (extra > 0) {
        t.count += extra;
        t.paragraphs.add(p);
      }
    });
  }
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The first zone the headline names; else the one the body mentions most (ties: earliest). */
function pickPrimary(tallies: Tally[]): Tally {
  const inHeadline = tallies.filter((t) => t.headline !== null);
  if (inHeadline.length > 0) return inHeadline.reduce((a, b) => (rankHeadline(b) < rankHeadline(a) ? b : a));
  const strong = tallies.filter((t) => t.strong);
  const pool = strong.length > 0 ? strong : tallies;
  return pool.reduce((a, b) => (b.count > a.count || (b.count === a.count && b.first < a.first) ? b : a));
}

function rankHeadline(t: Tally): number {
  return t.headline ?? Number.MAX_SAFE_INTEGER;
}

/** Named in the headline, or mentioned enough in the body with a proper zone word. */
function isSubject(t: Tally, primary: Tally): boolean {
  if (t.headline !== null) return true;
  if (!t.strong) return false;
  if (t.zone && !primary.zone && t.count >= MIN_HOST_ZONE_MENTIONS) return true;
  return t.count >= MIN_PLACE_MENTIONS || t.paragraphs.size >= MIN_PLACE_PARAGRAPHS;
}

/** A district already given as a listed zone's bracket (杭州高新区（滨江）) or seat (武进区). */
function isDistrictOfListed(t: Tally, listed: Tally[]): boolean {
  if (t.kind !== 'district') return false;
  const name = t.key.slice(t.key.indexOf('市') + 1);
  const base = name.replace(/区$/, '');
  return listed.some((l) => {
    if (l.zone?.seat === name) return true;
    return l.surfaces.some((s) => {
      const bracket = /\(([^()]*)\)/.exec(foldChars(s.text));
      return bracket !== null && (bracket[1] === name || bracket[1] === base);
    });
  });
}

/**
 * The form to show: one written with its bracketed district if the text has it; else the
 * headline's; else the most frequent. A form with its zone word goes before a bare brand name
 * (a headline's 光谷 gives way to the body's 武汉东湖高新区). An official full name gives way to
 * the short form.
 */
function displaySurface(t: Tally): string {
  const named = t.surfaces.filter((s) => !s.bare);
  const pool = named.length ? named : t.surfaces;
  const bracketed = pool.find((s) => /[(（]/.test(s.text));
  let chosen = bracketed?.text ?? pool.find((s) => s.headline)?.text;
  if (chosen === undefined) {
    const freq = new Map<string, number>();
    for (const s of pool) freq.set(s.text, (freq.get(s.text) ?? 0) + 1);
    chosen = [...freq.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  }
  return t.zone && chosen === t.zone.name ? t.zone.short : chosen;
}
