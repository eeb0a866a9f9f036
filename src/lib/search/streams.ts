/**
 * Result sources of the search page, each a lazily consumed stream of hits: Pagefind (word queries,
 * filters, mentions) and the zone shards (a zone's own articles, no index needed).
 */
import { containsAll } from './query.ts';
import { bodyOf, excerptAround, type Hit } from './merge.ts';
import { shardUrl, SHARD_SIZE, type ArticleRow } from './table.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
const SHARDS_URL = '/pagefind/shards.json';
/**
 * Candidates checked per take. Pagefind matches Chinese words loosely (on a big archive a two-character
 * word matches most pages), so a query no page holds would otherwise load every candidate's fragment
 * (megabytes) before saying so; past this many a take stops, and the reader may ask it to go on.
 */
const MAX_CHECKED = 120;

/** `take(n)` gives up to n more hits; none only when the stream is exhausted. */
export interface Stream {
  take(n: number): Promise<Hit[]>;
  done(): boolean;
  /** How many hits the stream gives in all, once that is known. */
  total(): number | null;
  /** How many candidates it has looked at so far (a stream that checks each one). */
  scanned?(): number;
}

/** What a result must also be besides matching the query. */
export interface Narrowing {
  year: string;
  kind: string;
  /** An organisation or person (entity slug) the result must name. */
  entity: string;
  /** A zone the result must be about too (a zone filter next to a zone query). */
  alsoZone: string;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  mergeIndex?: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

let pagefindP: Promise<Pagefind> | null = null;
function pagefind(): Promise<Pagefind> {
  pagefindP ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 30 });
    // the index is sharded by issue year: merge the other years' bundles into this one
    const shards = (await fetch(SHARDS_URL).then((r) => (r.ok ? r.json() : []), () => [])) as string[];
    for (const path of shards) await pf.mergeIndex?.(path);
    await pf.init?.();
    return pf;
  });
  return pagefindP;
}

/** Pagefind filters for the year, kind and entity. */
export const pagefindFilters = (n: Pick<Narrowing, 'year' | 'kind' | 'entity'>): Record<string, string> => ({
  ...(n.year ? { year: n.year } : {}),
  ...(n.kind ? { kind: n.kind } : {}),
  ...(n.entity ? { entity: n.entity } : {}),
});

/** An article's entities from its index meta ("slug name|slug name"). */
export const entitiesOf = (meta: string | undefined): [string, string][] =>
  (meta ?? '').split('|').filter(Boolean).map((pair) => {
    const at = pair.indexOf(' ');
    return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
  });

/**
 * Pagefind's results for `term` (null: every page the filters let through, newest first), kept only where
 * their text holds every word and, with `alsoZone`, where they are about that zone too; `skip` holds URLs
 * shown already. A filter-only search knows its total at once; a word search when it is exhausted.
 */
export function pagefindStream(
  term: string | null,
  filters: Record<string, unknown>,
  words: string[],
  skip: Set<string>,
  alsoZone = '',
  index: () => Promise<Pagefind> = pagefind,
): Stream {
  let results: PagefindResult[] | null = null;
  let i = 0;
  let given = 0;
  const load = async () => {
    results ??= (await (await index()).search(term, { filters, ...(term ? {} : { sort: { date: 'desc' } }) }))?.results ?? [];
    return results;
  };
  const done = () => results !== null && i >= results.length;
  return {
    async take(n) {
      const all = await load();
      const out: Hit[] = [];
      let checked = 0;
      while (out.length < n && i < all.length && checked < MAX_CHECKED) {
        const batch = all.slice(i, i + Math.min(10, n - out.length + 2));
        i += batch.length;
        checked += batch.length;
        for (const d of await Promise.all(batch.map((r) => r.data()))) {
          const zones = (d.meta.zones ?? '').split(' ').filter(Boolean);
          if (skip.has(d.url) || (alsoZone && !zones.includes(alsoZone)) || !containsAll(`${d.meta.title ?? ''}\n${d.content}`, words)) continue;
          skip.add(d.url);
          out.push({
            url: d.url,
            title: d.meta.title ?? d.url,
            date: d.meta.date || null,
            kind: d.meta.kind ?? 'article',
            zones,
            entities: entitiesOf(d.meta.entities),
            excerpt: excerptAround(bodyOf(d.content, d.meta.start ?? ''), words),
          });
        }
      }
      given += out.length;
      return out;
    },
    done,
    total: () => (done() ? given : !words.length && !alsoZone && results ? results.length : null),
    scanned: () => i,
  };
}

/** A zone's own articles from its shards (newest first), narrowed by year, kind and a second zone. */
export function shardStream(slug: string, n: Narrowing, skip: Set<string>): Stream {
  let next = 0;
  let total = Infinity;
  let given = 0;
  let buffer: Hit[] = [];
  const narrowed = Boolean(n.year || n.kind || n.alsoZone);
  const fits = (r: ArticleRow) =>
    (!n.year || (r[2]?.slice(0, 4) ?? 'undated') === n.year) && (!n.kind || r[3] === n.kind) && (!n.alsoZone || r[4].includes(n.alsoZone));
  const done = () => buffer.length === 0 && next * SHARD_SIZE >= total;
  return {
    async take(want) {
      while (buffer.length < want && next * SHARD_SIZE < total) {
        const res = await fetch(shardUrl(slug, next++));
        if (!res.ok) break;
        const shard = (await res.json()) as { total: number; rows: ArticleRow[] };
        total = shard.total;
        for (const r of shard.rows) {
          const url = `/articles/${r[0]}/`;
          skip.add(url);
          if (fits(r)) buffer.push({ url, title: r[1], date: r[2], kind: r[3], zones: r[4], excerpt: r[5] });
        }
      }
      const out = buffer.slice(0, want);
      buffer = buffer.slice(want);
      given += out.length;
      return out;
    },
    done,
    total: () => (done() ? given : !narrowed && total !== Infinity ? total : null),
  };
}
