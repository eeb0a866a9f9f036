/** Atom feeds (site-wide and per zone), the sitemap and robots.txt — all from the Archive. */
import type { Archive, ArchiveArticle, ArchiveZone } from './model';
import { el, toXml, type XmlElement } from './xml';
import { entitiesIndexUrl, feedUrl, provinceUrl, zoneFeedUrl } from './urls';
import { zones as gazetteerZones } from '../zones/gazetteer.ts';
import { provinceSlug } from '../zones/provinces.ts';
import { newestFirst } from './build';

export const FEED_SIZE = 50;
/**
 * Feeds are ordered by date, so undated articles are left out of them (they are on the site, and in the
 * open data). Only a feed with no dated entry at all needs a stand-in for its <updated>: the archive's
 * latest issue date (never the build time: builds stay byte-identical).
 */
const stamp = (date: string) => `${date}T00:00:00+08:00`;
/** Only for an archive with no dated page and no estimate at all. */
const NO_DATE = '2000-01-01';

/** The date a feed with no dated entry reports: the newest issue date, else the newest estimate's start. */
export function archiveAsOf(archive: Archive): string {
  const dated = archive.issues.map((x) => x.info.date).filter((d): d is string => d !== null);
  if (dated.length) return dated.sort().at(-1)!;
  const estimates = archive.issues.map((x) => x.info.estimatedDate).filter((d): d is string => d !== null);
  if (!estimates.length) return NO_DATE;
  const [y, m = '01', d = '01'] = estimates.sort().at(-1)!.split('-');
  return `${y}-${m}-${d}`;
}

type Dated = ArchiveArticle & { date: string };
const dated = (a: ArchiveArticle): a is Dated => a.date !== null;

function entry(a: Dated, site: URL): XmlElement {
  const link = new URL(a.url, site).href;
  const summary = a.record.paragraphs[0] ?? a.captions[0] ?? '';
  return el(
    'entry',
    {},
    el('id', {}, link),
    el('title', {}, a.displayTitle),
    el('link', { rel: 'alternate', type: 'text/html', href: link }),
    el('updated', {}, stamp(a.date)),
    el('published', {}, stamp(a.date)),
    ...a.record.authors.map((name) => el('author', {}, el('name', {}, name))),
    ...a.zones.map((z) => el('category', { term: z.slug, label: z.name })),
    el('summary', {}, `${a.issueLabel}：${summary}`),
  );
}

/**
 * `articles` in archive order (issue, then reading order); the newest FEED_SIZE dated ones are the entries.
 * `page` is the HTML page the feed is the feed of; `asOf` the date to report when no entry is dated.
 */
export function atomFeed(opts: { site: URL; path: string; page: string; title: string; articles: ArchiveArticle[]; asOf: string }): string {
  const order = new Map(opts.articles.map((a, i) => [a.id, i]));
  const items = newestFirst(opts.articles.filter(dated), order).slice(0, FEED_SIZE);
  const updated = items.length ? stamp(items[0].date) : stamp(opts.asOf);
  const self = new URL(opts.path, opts.site).href;
  return toXml(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' },
      el('id', {}, self),
      el('title', {}, opts.title),
      el('subtitle', {}, '中国高新技术产业导报“创新园区”版文章档案'),
      el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
      el('link', { rel: 'alternate', type: 'text/html', href: new URL(opts.page, opts.site).href }),
      el('updated', {}, updated),
      el('author', {}, el('name', {}, '园区档案')),
      ...items.map((a) => entry(a, opts.site)),
    ),
  );
}

export function siteFeed(archive: Archive, site: URL): string {
  return atomFeed({ site, path: feedUrl, page: '/', title: '园区档案：全部文章', articles: archive.articles, asOf: archiveAsOf(archive) });
}

/**
 * The articles a zone's feed shows: the first FEED_SIZE dated ones of the zone's list, which is already
 * newest first with ties in archive order (lib/archive/build.ts) — the order atomFeed sorts into. Also what
 * the zone feed's cache key covers (lib/archive/cacheKeys.ts).
 */
export function zoneFeedArticles(zone: ArchiveZone, article: (id: string) => ArchiveArticle): ArchiveArticle[] {
  const out: ArchiveArticle[] = [];
  for (const id of zone.articleIds) {
    if (out.length === FEED_SIZE) break;
    const a = article(id);
    if (dated(a)) out.push(a);
  }
  return out;
}

export function zoneFeed(zone: ArchiveZone, article: (id: string) => ArchiveArticle, site: URL, asOf: string): string {
  return atomFeed({ site, path: zoneFeedUrl(zone.slug), page: zone.url, title: `园区档案：${zone.name}`, articles: zoneFeedArticles(zone, article), asOf });
}

/** Every live page meant for indexing (redirects, the search page and raw-source views are left out). */
export function sitePaths(archive: Archive): { path: string; lastmod: string | null }[] {
  const out: { path: string; lastmod: string | null }[] = [
    { path: '/', lastmod: null },
    { path: '/articles/', lastmod: null },
    { path: '/zones/', lastmod: null },
    { path: '/issues/', lastmod: null },
  ];
  for (const x of archive.issues) out.push({ path: x.url, lastmod: x.info.date });
  for (const z of archive.zones) out.push({ path: z.url, lastmod: null });
  for (const slug of new Set(gazetteerZones.map((z) => provinceSlug(z.province)))) out.push({ path: provinceUrl(slug), lastmod: null });
  if (archive.entities) {
    out.push({ path: entitiesIndexUrl, lastmod: null });
    for (const e of archive.entities) out.push({ path: e.url, lastmod: null });
  }
  for (const a of archive.articles) out.push({ path: a.url, lastmod: a.date });
  return out;
}

export function sitemap(archive: Archive, site: URL): string {
  return toXml(
    el(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      ...sitePaths(archive).map((p) =>
        el('url', {}, el('loc', {}, new URL(p.path, site).href), p.lastmod ? el('lastmod', {}, p.lastmod) : null),
      ),
    ),
  );
}

export function robots(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}

