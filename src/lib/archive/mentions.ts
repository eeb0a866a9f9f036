/**
 * The zones an article names without being about them, as the zone hubs
 * list them ("提到本园区的文章") and search filters them (`mention`): one
 * definition for both, computed once per build. Gazetteer zones are found by
 * the zone matcher with their zone word (a bare 中关村 or 光谷 is often used
 * attributively, "光谷企业", and does not count); the archive's other zones
 * by the forms its articles wrote them in.
 */
import type { ArchiveArticle } from './model';
import { findZoneMentions } from '../zones/match.ts';
import { fold } from '../search/normalize.ts';

export interface OtherZone {
  slug: string;
  /** Folded written forms (search/normalize.ts fold). */
  forms: string[];
}

/** Slugs of the gazetteer zones a text names with their zone word, in the matcher's order (repeats kept). */
export function gazetteerZones(text: string): string[] {
  const out: string[] = [];
  for (const m of findZoneMentions(text)) if (m.zone && !m.bare) out.push(m.zone.slug);
  return out;
}

/** Slugs of the archive's other zones whose written forms a text holds, in the order of `others`. */
export function otherZonesNamed(text: string, others: OtherZone[]): string[] {
  const folded = fold(text);
  return others.filter((o) => o.forms.some((f) => folded.includes(f))).map((o) => o.slug);
}

/**
 * Slugs of the zones a text names: gazetteer zones by the matcher, other archive zones by their written forms.
 * `gazetteer`, `other`: gazetteerZones and otherZonesNamed, or caches of them (`other` in any order: the
 * result takes the order of `others`).
 */
export function namedZones(
  text: string,
  others: OtherZone[],
  gazetteer: (text: string) => string[] = gazetteerZones,
  other: (text: string) => string[] = (t) => otherZonesNamed(t, others),
): string[] {
  const out = new Set<string>(gazetteer(text));
  const named = new Set(other(text));
  for (const o of others) if (named.has(o.slug)) out.add(o.slug);
  return [...out];
}

/** Everything of an article a reader sees as its text: headlines, body, captions. */
export const articleText = (a: Pick<ArchiveArticle, 'displayTitle' | 'record' | 'captions'>): string =>
  [a.displayTitle, a.record.kicker ?? '', a.record.subtitle ?? '', ...a.record.body.map((b) => b.text), ...a.captions].join('\n');

/** Slugs of the zones an article names but is not about. `named`: namedZones(text, others) or a cache of it. */
export function mentionsOf(
  a: Pick<ArchiveArticle, 'displayTitle' | 'record' | 'captions' | 'zones'>,
  others: OtherZone[],
  named: (text: string) => string[] = (text) => namedZones(text, others),
): string[] {
  return named(articleText(a)).filter((s) => !a.zones.some((z) => z.slug === s));
}
