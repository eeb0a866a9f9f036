/**
 * What the search index holds: one small HTML document per article, made straight from the archive (no
 * page chrome can get in): title (weighted), kicker, subtitle, zone names, authors, then the body text.
 * Filters use ASCII values: `zone` (slugs of the zones the article is about), `mention` (slugs of zones its
 * text names but is not about), `entity` (slugs of the organisations and people it names that have a page),
 * `year`, `kind`. Meta: title, date, zones (slugs), kind, entities ("slug name" pairs, "|" between), start (the
 * body's first characters). Sort: `date` (undated sort last).
 */
import type { Archive, ArchiveArticle } from '../archive/model';

export interface SearchDoc {
  url: string;
  html: string;
  /** The issue year, or 'undated': the shard the document is indexed in. */
  shard: string;
}

export interface DocOptions {
  /** Body characters to index per article (Infinity: all). */
  bodyChars?: number;
  /** Years per index shard (default 5). */
  shardYears?: number;
}

/**
 * The index shard of an issue date: a period of `years` years ("2020-2024"), or "undated". Small shards make
 * adding an issue cheap to index; few shards keep word queries cheap in the browser, which merges them all.
 */
export function shardOf(date: string | null, years: number): string {
  if (!date) return 'undated';
  const from = Math.floor(Number(date.slice(0, 4)) / years) * years;
  return years === 1 ? String(from) : `${from}-${from + years - 1}`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first characters of a body, whitespace collapsed: enough to find where it starts in Pagefind's content. */
export const bodyStart = (texts: string[]): string => Array.from((texts.find((t) => t.trim()) ?? '').replace(/\s+/g, ' ').trim()).slice(0, 12).join('');

export function searchDocs(archive: Archive, opts: DocOptions = {}): SearchDoc[] {
  const limit = opts.bodyChars ?? Infinity;
  const names = new Map((archive.entities ?? []).map((e) => [e.slug, e.name]));
  return archive.articles.map((a) => ({ url: a.url, html: articleDoc(a, limit, names), shard: shardOf(a.date, opts.shardYears ?? 5) }));
}

/** The "slug name" pairs of an article's entities for its meta: names hold no "|". */
export const entitiesMeta = (slugs: string[], names: Map<string, string>): string =>
  slugs.filter((s) => names.has(s)).map((s) => `${s} ${names.get(s)!.replace(/\|/g, '')}`).join('|');

function articleDoc(a: ArchiveArticle, limit: number, names: Map<string, string>): string {
  const r = a.record;
  const body = r.body.map((b) => b.text);
  let left = limit;
  const kept: string[] = [];
  for (const t of body) {
    if (left <= 0) break;
    kept.push(t.length > left ? t.slice(0, left) : t);
    left -= t.length;
  }
  const captions = a.captions;
  const tagged = [...new Set(a.zones.map((z) => z.slug))];
  // Zones the text names without being about them: one filter answers "mentions only" (no `not` needed).
  const mentioned = a.mentions;
  const year = a.date ? a.date.slice(0, 4) : 'undated';
  const filters = [
    ...tagged.map((s) => `<span data-pagefind-filter="zone">${s}</span>`),
    ...mentioned.map((s) => `<span data-pagefind-filter="mention">${s}</span>`),
    `<span data-pagefind-filter="year">${year}</span>`,
    `<span data-pagefind-filter="kind">${r.kind}</span>`,
    ...a.entities.filter((s) => names.has(s)).map((s) => `<span data-pagefind-filter="entity">${s}</span>`),
  ].join('');
  const meta = [
    `<meta data-pagefind-meta="title:${esc(a.displayTitle)}">`,
    `<meta data-pagefind-meta="date:${a.date ?? ''}">`,
    `<meta data-pagefind-meta="zones:${tagged.join(' ')}">`,
    `<meta data-pagefind-meta="kind:${r.kind}">`,
    `<meta data-pagefind-meta="entities:${esc(entitiesMeta(a.entities, names))}">`,
    // Where the body starts in Pagefind's content (title, zones and authors come first): excerpts are cut from the body.
    `<meta data-pagefind-meta="start:${esc(bodyStart([...kept, ...captions]))}">`,
    `<meta data-pagefind-sort="date:${a.date ?? '0000-00-00'}">`,
  ].join('');
  const zoneNames = [...new Set(a.zones.map((z) => z.name))];
  return (
    `<!doctype html><html lang="zh-CN"><head>${meta}</head><body>` +
    `<div data-pagefind-ignore>${filters}</div>` +
    `<main data-pagefind-body>` +
    (r.kicker && r.title ? `<p data-pagefind-weight="3">${esc(r.kicker)}</p>` : '') +
    `<h1 data-pagefind-weight="8">${esc(a.displayTitle)}</h1>` +
    (r.subtitle ? `<p data-pagefind-weight="3">${esc(r.subtitle)}</p>` : '') +
    (zoneNames.length ? `<p data-pagefind-weight="5">${esc(zoneNames.join('　'))}</p>` : '') +
    (r.authors.length ? `<p>${esc(r.authors.join('　'))}</p>` : '') +
    kept.map((t) => `<p>${esc(t)}</p>`).join('') +
    (limit === Infinity ? captions.map((c) => `<p>${esc(c)}</p>`).join('') : '') +
    `</main></body></html>`
  );
}
