/**
 * Lists that grow with the archive, cut into pages of bounded size with stable URLs:
 * - all articles by month of issue (`/articles/2021/01/`, `/articles/2021/01/2/`, undated: `/articles/undated/`);
 * - a large zone's articles by year (`/zones/<slug>/2021/`, `/zones/<slug>/undated/`);
 * - the issue calendar by year (`/issues/2021/`) and the undated issues (`/issues/undated/`, `/issues/undated/2/`).
 * A group (month, year, undated) keeps its URL as the archive grows; only a group larger than one page is
 * numbered on, in archive order, so a new article in an old month moves at most the tail of that month.
 */
import type { Archive, ArchiveArticle, ArchiveIssue, ArchiveZone, LinkRef } from './model';

/** Articles on one list page: with excerpts about 0.7 KB each, well under the 200 KB page budget. */
export const ARTICLES_PER_PAGE = 100;
/** Undated issues on one page of /issues/undated/ (a line each). */
export const ISSUES_PER_PAGE = 200;
/** A zone page lists all its articles up to this many; a larger zone lists its newest and pages by year. */
export const ZONE_PAGE_ARTICLES = 100;
/** How many of a large zone's newest articles its own page shows. */
export const ZONE_LATEST = 30;
/** Zones on the home page (the rest are one link away, on /zones/). */
export const HOME_ZONES = 24;

export const UNDATED = 'undated';

/** One page of a paged group: `path` is its URL, `parts` its position among the group's pages. */
export interface ListPage<T> {
  /** Group key: `2021/01`, `2021` or `undated`. */
  group: string;
  path: string;
  /** 1-based page number within the group, and how many pages the group has. */
  number: number;
  of: number;
  items: T[];
}

/** `base` for page 1, `base<n>/` after: `/articles/2021/01/`, `/articles/2021/01/2/`. */
export const pagePath = (base: string, n: number): string => (n === 1 ? base : `${base}${n}/`);

/** A group's items cut into pages of at most `size`. */
export function paginate<T>(group: string, base: string, items: T[], size: number): ListPage<T>[] {
  const of = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: of }, (_, i) => ({ group, path: pagePath(base, i + 1), number: i + 1, of, items: items.slice(i * size, (i + 1) * size) }));
}

/** Items grouped by a key, groups in first-seen order. */
function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = groups.get(k);
    if (list) list.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

/** `2021-01-25` → `2021/01`; undated → `undated`. */
export const monthGroup = (date: string | null): string => (date ? `${date.slice(0, 4)}/${date.slice(5, 7)}` : UNDATED);
/** `2021-01-25` → `2021`; undated → `undated`. */
export const yearGroup = (date: string | null): string => (date ? date.slice(0, 4) : UNDATED);

export const articleMonthUrl = (group: string): string => `/articles/${group}/`;
export const zoneYearUrl = (zoneUrl: string, group: string): string => `${zoneUrl}${group}/`;
export const issueYearUrl = (year: number | string): string => `/issues/${year}/`;
export const undatedIssuesUrl = `/issues/${UNDATED}/`;

/** Every page of /articles/…: months newest first, then undated; in each, issue then reading order. */
export function articlePages(archive: Archive): ListPage<ArchiveArticle>[] {
  const groups = groupBy(archive.articles, (a) => monthGroup(a.date));
  return [...groups.entries()]
    .sort(([x], [y]) => groupOrder(x, y))
    .flatMap(([group, items]) => paginate(group, articleMonthUrl(group), items, ARTICLES_PER_PAGE));
}

/** Newest group first, undated last. */
export function groupOrder(x: string, y: string): number {
  if (x === y) return 0;
  if (x === UNDATED) return 1;
  if (y === UNDATED) return -1;
  return x < y ? 1 : -1;
}

/** The /articles/ index: each month (and undated) with its article count and first page. */
export interface MonthEntry {
  group: string;
  year: string | null;
  month: number | null;
  url: string;
  count: number;
}

export function articleMonths(archive: Archive): MonthEntry[] {
  const counts = new Map<string, number>();
  for (const a of archive.articles) counts.set(monthGroup(a.date), (counts.get(monthGroup(a.date)) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([x], [y]) => groupOrder(x, y))
    .map(([group, count]) => ({
      group,
      year: group === UNDATED ? null : group.slice(0, 4),
      month: group === UNDATED ? null : Number(group.slice(5, 7)),
      url: articleMonthUrl(group),
      count,
    }));
}

/**
 * A zone, or anything listing articles newest first at a URL of its own (an entity): the paging of
 * large zones applies to it as it is.
 */
export type ArticleGroup = Pick<ArchiveZone, 'articleIds' | 'url'>;

/** Does a zone page its articles by year (too many for one page)? */
export const zoneIsPaged = (zone: ArticleGroup): boolean => zone.articleIds.length > ZONE_PAGE_ARTICLES;

/** A large zone's articles by year, newest year first, undated last; none for a zone that fits one page. */
function zoneYearGroups(zone: ArticleGroup, article: (id: string) => ArchiveArticle): [string, ArchiveArticle[]][] {
  if (!zoneIsPaged(zone)) return [];
  return [...groupBy(zone.articleIds.map(article), (a) => yearGroup(a.date)).entries()].sort(([x], [y]) => groupOrder(x, y));
}

/** A large zone's year pages. */
export function zonePages(zone: ArticleGroup, article: (id: string) => ArchiveArticle): ListPage<ArchiveArticle>[] {
  return zoneYearGroups(zone, article).flatMap(([group, items]) => paginate(group, zoneYearUrl(zone.url, group), items, ARTICLES_PER_PAGE));
}

/** The year index of a large zone: each year with its count and first page. */
export function zoneYears(zone: ArticleGroup, article: (id: string) => ArchiveArticle): { group: string; url: string; count: number }[] {
  return zoneYearGroups(zone, article).map(([group, items]) => ({ group, url: zoneYearUrl(zone.url, group), count: items.length }));
}

/** The pages of /issues/undated/: undated issues in archive order (by file). */
export function undatedIssuePages(archive: Archive): ListPage<ArchiveIssue>[] {
  const undated = archive.issues.filter((x) => !x.info.date);
  return undated.length ? paginate(UNDATED, undatedIssuesUrl, undated, ISSUES_PER_PAGE) : [];
}

/** The zones the home page shows: most articles first, ties by name. */
export function topZones(zones: ArchiveZone[], n = HOME_ZONES): ArchiveZone[] {
  const collator = new Intl.Collator('zh-CN');
  return [...zones].sort((a, b) => b.articleIds.length - a.articleIds.length || collator.compare(a.name, b.name)).slice(0, n);
}

/** `2021/01` → `2021年1月`, `2021` → `2021年`, undated → `日期不详`. */
export function groupLabel(group: string): string {
  if (group === UNDATED) return '日期不详';
  const [y, m] = group.split('/');
  return m ? `${y}年${Number(m)}月` : `${y}年`;
}

/** A page's name in navigation: its group, and its number when the group has several pages. */
export const pageTitle = (p: Pick<ListPage<unknown>, 'group' | 'number' | 'of'>): string =>
  p.of > 1 ? `${groupLabel(p.group)}（第${p.number}页）` : groupLabel(p.group);

/** The pages before and after each page of a sequence (newest first), for its pager. */
export function neighbours<T>(pages: ListPage<T>[]): { prev: LinkRef | null; next: LinkRef | null }[] {
  const ref = (p: ListPage<T> | undefined): LinkRef | null => (p ? { id: p.path, url: p.path, title: pageTitle(p) } : null);
  return pages.map((_, i) => ({ prev: ref(pages[i - 1]), next: ref(pages[i + 1]) }));
}

/** The pages of a page's own group, for a `1 2 3` navigation. */
export const groupSiblings = <T>(pages: ListPage<T>[], page: ListPage<T>): { number: number; path: string }[] =>
  pages.filter((p) => p.group === page.group).map((p) => ({ number: p.number, path: p.path }));

/** Consecutive runs of items sharing a key (an issue's articles on a month page), in order. */
export function runs<T>(items: T[], key: (x: T) => string): { key: string; items: T[] }[] {
  const out: { key: string; items: T[] }[] = [];
  for (const x of items) {
    const k = key(x);
    if (out.at(-1)?.key === k) out.at(-1)!.items.push(x);
    else out.push({ key: k, items: [x] });
  }
  return out;
}
