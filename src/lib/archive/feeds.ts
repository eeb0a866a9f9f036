/** Atom feeds (site-wide and per zone), the sitemap and robots.txt — all from the Archive. */
import type { Archive, ArchiveArticle, ArchiveZone } from './model';
import { el, toXml, type XmlElement } from './xml';
import { feedUrl, zoneFeedUrl } from './urls';
import { newestFirst } from './build';

export const FEED_SIZE = 50;
/** Feeds need a timestamp; undated pages get this fixed one (never the build time: builds stay byte-identical). */
const UNDATED = '1970-01-01T00:00:00Z';

const stamp = (date: string | null) => (date ? `${date}T00:00:00+08:00` : UNDATED);

function entry(a: ArchiveArticle, site: URL): XmlElement {
  const link = new URL(a.url, site).href;
  const summary = a.record.paragraphs[0] ?? a.captions[0] ?? '';
  return el(
    'entry',
    {},
    el('id', {}, link),
    el('title', {}, a.displayTitle),
    el('link', { rel: 'alternate', type: 'text/html', href: link }),
    el('updated', {}, stamp(a.date)),
    a.date ? el('published', {}, stamp(a.date)) : null,
    ...a.record.authors.map((name) => el('author', {}, el('name', {}, name))),
    ...a.zones.map((z) => el('category', { term: z.slug, label: z.name })),
    el('summary', {}, `${a.issueLabel}${a.date ? '' : '（日期不详）'}：${summary}`),
  );
}

/** `articles` in archive order (issue, then reading order). */
export function atomFeed(opts: { site: URL; path: string; title: string; articles: ArchiveArticle[] }): string {
  const order = new Map(opts.articles.map((a, i) => [a.id, i]));
  const items = newestFirst(opts.articles, order).slice(0, FEED_SIZE);
  const updated = items.map((a) => stamp(a.date)).sort().at(-1) ?? UNDATED;
  const self = new URL(opts.path, opts.site).href;
  return toXml(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' },
      el('id', {}, self),
      el('title', {}, opts.title),
      el('subtitle', {}, '中国高新技术产业导报“创新园区”版文章档案'),
      el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
      el('link', { rel: 'alternate', type: 'text/html', href: new URL('/', opts.site).href }),
      el('updated', {}, updated),
      el('author', {}, el('name', {}, '园区档案')),
      ...items.map((a) => entry(a, opts.site)),
    ),
  );
}

export function siteFeed(archive: Archive, site: URL): string {
  return atomFeed({ site, path: feedUrl, title: '园区档案：全部文章', articles: archive.articles });
}

/**
 * The articles a zone's feed shows: the first FEED_SIZE of the zone's list, which is already newest first
 * with ties in archive order (lib/archive/build.ts) — the order atomFeed sorts into. Also what the zone
 * feed's cache key covers (lib/archive/cacheKeys.ts).
 */
export function zoneFeedArticles(zone: ArchiveZone, article: (id: string) => ArchiveArticle): ArchiveArticle[] {
  return zone.articleIds.slice(0, FEED_SIZE).map(article);
}

export function zoneFeed(zone: ArchiveZone, article: (id: string) => ArchiveArticle, site: URL): string {
  return atomFeed({ site, path: zoneFeedUrl(zone.slug), title: `园区档案：${zone.name}`, articles: zoneFeedArticles(zone, article) });
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

