/**
 * The zone table the search page needs to recognise zones in a query: every zone of the archive (with its
 * page) and every gazetteer zone (recognised even without articles), each with all the forms a reader may
 * type. Built at build time (Node), shipped as JSON in the search page, read by `detectZone` in the browser.
 */
import type { Archive } from '../archive/model';
import type { Zone } from '../zones/types';
import { fold } from './normalize.ts';

/**
 * One zone: [slug, display name, article count, forms…] (forms folded, without their 国家 forms: see
 * expandForms). A count of 0 means no zone page (yet).
 */
export type ZoneRow = [slug: string, name: string, count: number, ...forms: string[]];

export interface SearchTable {
  zones: ZoneRow[];
  /** Years with dated articles, newest first. */
  years: string[];
  /** Kinds present, as [value, label]. */
  kinds: [string, string][];
}

const ZONE_WORD = /^(.+?)(高新区|高新技术产业开发区|高技术产业开发区)$/;

/** The 国家 forms of a zone form: 南宁高新区 → 南宁国家高新区, 南宁国家级高新区, 国家级南宁高新区. */
export function nationalForms(form: string): string[] {
  const m = ZONE_WORD.exec(form);
  if (!m || m[1].includes('国家')) return [];
  return [`${m[1]}国家${m[2]}`, `${m[1]}国家级${m[2]}`, `国家级${m[1]}${m[2]}`];
}

/** A table row's forms with their 国家 forms added back (the table ships without them). */
export function expandForms(forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((f) => [f, ...nationalForms(f)]))];
}

/** Every form of a zone a reader may type, folded: official name, short, aliases, written forms. */
export function zoneForms(z: { name: string; short?: string | null; aliases?: readonly string[]; writtenForms?: readonly string[] }): string[] {
  const base = [z.name, z.short ?? '', ...(z.aliases ?? []), ...(z.writtenForms ?? [])].filter(Boolean).map(fold);
  // Forms of one character are too ambiguous to take a query over (bare brand names like 光谷 stay).
  const all = expandForms(base).filter((f) => f.length >= 2);
  // Ship only what expandForms cannot rebuild.
  const derived = new Set(all.flatMap(nationalForms));
  return all.filter((f) => !derived.has(f));
}

export function searchTable(archive: Archive, gazetteer: readonly Zone[], kindLabel: Record<string, string>): SearchTable {
  const rows = new Map<string, ZoneRow>();
  for (const z of gazetteer) rows.set(z.slug, [z.slug, z.name, 0, ...zoneForms(z)]);
  for (const z of archive.zones) {
    const prev = rows.get(z.slug);
    const forms = new Set([...(prev?.slice(3) as string[] | undefined ?? []), ...zoneForms(z)]);
    rows.set(z.slug, [z.slug, z.name, z.articleIds.length, ...forms]);
  }
  // A form claimed by two zones (e.g. a former name) belongs to the one with articles, then the first.
  const owner = new Map<string, string>();
  const sorted = [...rows.values()].sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
  for (const row of sorted) for (const f of row.slice(3) as string[]) if (!owner.has(f)) owner.set(f, row[0]);
  const zones = sorted.map((row) => [row[0], row[1], row[2], ...(row.slice(3) as string[]).filter((f) => owner.get(f) === row[0])] as ZoneRow);
  const years = [...new Set(archive.articles.map((a) => a.date?.slice(0, 4)).filter((y): y is string => Boolean(y)))].sort().reverse();
  const kinds = [...new Set(archive.articles.map((a) => a.record.kind))].map((k) => [k, kindLabel[k] ?? k] as [string, string]);
  return { zones, years, kinds };
}

/** An article as the zone lists of the search page show it: [id, title, date, kind, zone slugs, excerpt]. */
export type ArticleRow = [id: string, title: string, date: string | null, kind: string, zones: string[], excerpt: string];

/** Articles per zone shard file (`/search/zones/<slug>/<n>.json`, newest first). */
export const SHARD_SIZE = 50;

export const shardUrl = (slug: string, n: number) => `/search/zones/${slug}/${n}.json`;

/**
 * A zone's articles for the search page, in files of SHARD_SIZE rows: a zone query shows them without
 * loading the Pagefind index at all (its page-list alone is ~140 KB on a 16,000-article archive).
 * Each file: { total, rows }.
 */
export function zoneShards(archive: Archive, excerptChars = 60): Map<string, string> {
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const out = new Map<string, string>();
  for (const z of archive.zones) {
    const rows: ArticleRow[] = z.articleIds.map((id) => {
      const a = byId.get(id)!;
      const first = a.record.body.find((b) => b.kind === 'paragraph')?.text ?? a.captions[0] ?? '';
      return [a.id, a.displayTitle, a.date, a.record.kind, [...new Set(a.zones.map((x) => x.slug))], Array.from(first).slice(0, excerptChars).join('')];
    });
    const total = rows.length;
    for (let n = 0; n * SHARD_SIZE < Math.max(total, 1); n++) {
      out.set(shardUrl(z.slug, n), JSON.stringify({ total, rows: rows.slice(n * SHARD_SIZE, (n + 1) * SHARD_SIZE) }));
    }
  }
  return out;
}
