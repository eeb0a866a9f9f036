/**
 * What the zone hubs, province pages and entity pages show, computed from the archive (no Astro):
 * gazetteer facts, coverage over time as bar geometry with the link of each bar, counts by kind,
 * the zones covered together with a zone, and the people and bodies most often named in its articles.
 * Each function reads only the articles of its page, so all hubs together cost one pass over the zones.
 */
import { zoneFactsBySlug, type ZoneFacts } from '../zones/hub.ts';
import { coverage, type Coverage, type PeriodCount } from '../zones/coverage.ts';
import { barChart, type Bar } from '../zones/chart.ts';
import { groupByProvince } from '../zones/provinces.ts';
import { zones as gazetteerZones } from '../zones/gazetteer.ts';
import type { ArticleKind } from '../types.ts';
import type { Archive, ArchiveArticle, ArchiveEntity, ArchiveZone, LinkRef } from './model';
import { kindLabel } from './format';
import { groupLabel, groupOrder, groupSiblings, neighbours, yearGroup, zoneIsPaged, zoneYearUrl, type ListPage } from './paging';
import { provinceUrl } from './urls';

export interface ChartBar extends Bar {
  /** `2021年`, `3月`. */
  label: string;
  /** Under the bar: `2021`, `3月`. */
  tick: string;
  /** That year's list (a year page, or the year's heading on the hub); null for an empty year. */
  url: string | null;
}

export interface CoverageChart {
  width: number;
  height: number;
  max: number;
  bars: ChartBar[];
  /** What a bar stands for, as the table's column heading: 年份, 月份. */
  periodName: string;
  /** Short name of the chart (SVG title) and the counts in words (SVG desc). */
  title: string;
  desc: string;
}

export interface Ranked {
  slug: string;
  url: string;
  name: string;
  count: number;
  /** A person's role, or 作者 for a byline. */
  note: string | null;
}

export interface YearGroup {
  group: string;
  label: string;
  /** Anchor of the year's heading on the hub. */
  anchor: string;
  articles: ArchiveArticle[];
}

export interface ZoneHub {
  facts: ZoneFacts | null;
  provinceUrl: string | null;
  coverage: Coverage;
  /** Articles per year; null when no article is dated. */
  chart: CoverageChart | null;
  byKind: { kind: ArticleKind; label: string; count: number }[];
  /** A zone that fits one page: its articles by year, newest first, undated last (a paged zone has year pages). */
  years: YearGroup[];
  coZones: Ranked[];
  people: Ranked[];
  organizations: Ranked[];
  /** The newest articles that name the zone without being about it, and how many there are. */
  mentions: { total: number; newest: ArchiveArticle[] };
}

/** How many related zones, people and bodies a hub lists. */
export const HUB_TOP = 10;
/** How many of the articles that only mention a zone its hub lists (the newest). */
export const HUB_MENTIONS = 20;

export const yearAnchor = (group: string): string => `y${group}`;

/** Counts of a list of years, or months, as words: `2021年 3 篇，2022年 0 篇`. */
const inWords = (bars: ChartBar[], undated: number): string =>
  [...bars.map((b) => `${b.label} ${b.count} 篇`), ...(undated ? [`日期不详 ${undated} 篇`] : [])].join('，');

/** A chart of counts per year, each bar linked by `url`. */
export function yearChart(
  periods: PeriodCount[],
  undated: number,
  title: string,
  url: (year: string) => string | null,
  size: { width: number; height: number; gap: number; max?: number },
): CoverageChart {
  const geometry = barChart(periods, size);
  const bars = geometry.bars.map((b) => ({ ...b, label: `${b.period}年`, tick: b.period, url: b.count > 0 ? url(b.period) : null }));
  return { width: geometry.width, height: geometry.height, max: geometry.max, bars, periodName: '年份', title, desc: `${title}：${inWords(bars, undated)}。` };
}

export const monthAnchor = (month: string): string => `m${month}`;

/** A year's articles per month, and the anchors (by article id) where each month starts. */
export interface MonthChart {
  chart: CoverageChart;
  anchors: Record<string, string>;
}

/** One page of a list paged by year (a zone's, an entity's) with what it shows besides its articles. */
export interface YearListView {
  page: ListPage<ArchiveArticle>;
  /** The pages of its year, for a `1 2 3` navigation. */
  siblings: { number: number; path: string }[];
  prev: LinkRef | null;
  next: LinkRef | null;
  /** Its year's month chart (none for the undated). */
  months: MonthChart | null;
}

/** Every page of a list paged by year, ready to render; `name` titles the month charts. */
export function yearListViews(name: string, pages: ListPage<ArchiveArticle>[]): YearListView[] {
  const years = new Map<string, ListPage<ArchiveArticle>[]>();
  for (const p of pages) if (/^\d{4}$/.test(p.group)) years.set(p.group, [...(years.get(p.group) ?? []), p]);
  const months = new Map([...years].map(([year, of]) => [year, monthChart(name, of)]));
  const nav = neighbours(pages);
  return pages.map((page, i) => ({ page, siblings: groupSiblings(pages, page), ...nav[i]!, months: months.get(page.group) ?? null }));
}

/**
 * One year of a list paged by year, zoomed in: its articles per month, each
 * bar linked to where that month starts in the year's pages (an anchor on
 * the month's newest article). `pages`: the year's pages, newest first.
 */
export function monthChart(name: string, pages: ListPage<ArchiveArticle>[]): MonthChart {
  const year = pages[0]!.group;
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const starts = new Map<string, { path: string; id: string }>();
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const a of page.items) {
      const m = a.date?.slice(5, 7);
      if (!m) continue;
      counts.set(m, (counts.get(m) ?? 0) + 1);
      if (!starts.has(m)) starts.set(m, { path: page.path, id: a.id });
    }
  }
  const geometry = barChart(months.map((m) => ({ period: m, count: counts.get(m) ?? 0 })), { width: 12 * 44, height: 100, gap: 4 });
  const bars = geometry.bars.map((b) => {
    const start = starts.get(b.period);
    const label = `${Number(b.period)}月`;
    return { ...b, label, tick: label, url: start ? `${start.path}#${monthAnchor(b.period)}` : null };
  });
  const title = `${name}${year}年每月的文章数`;
  const chart = { width: geometry.width, height: geometry.height, max: geometry.max, bars, periodName: '月份', title, desc: `${title}：${inWords(bars, 0)}。` };
  return { chart, anchors: Object.fromEntries([...starts].map(([m, s]) => [s.id, monthAnchor(m)])) };
}

/** Top `n` of a count map, most first, ties by name. */
function top<T>(counts: Map<string, number>, n: number, describe: (key: string) => T & { name: string }): (T & { count: number })[] {
  const collator = new Intl.Collator('zh-CN');
  return [...counts.entries()]
    .map(([key, count]) => ({ ...describe(key), count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
    .slice(0, n);
}

/** A person's role as a list shows it: 作者 for bylines, else the role printed most often. */
export function personNote(e: ArchiveEntity): string | null {
  if (e.kind !== 'person') return null;
  return e.authored > 0 && !e.roles.length ? '作者' : (e.roles[0] ?? null);
}

export function zoneHub(
  zone: ArchiveZone,
  lookup: { article: (id: string) => ArchiveArticle; zone: (slug: string) => ArchiveZone | undefined; entity: (slug: string) => ArchiveEntity | undefined },
): ZoneHub {
  const articles = zone.articleIds.map(lookup.article);
  const facts = zone.inGazetteer ? (zoneFactsBySlug(zone.slug) ?? null) : null;
  const cov = coverage(articles.map((a) => ({ date: a.date, kind: a.record.kind })));
  const paged = zoneIsPaged(zone);
  const name = zone.short ?? zone.name;
  const chart = cov.byYear.length
    ? yearChart(cov.byYear, cov.undated, `${name}每年的文章数`, (y) => (paged ? zoneYearUrl(zone.url, y) : `#${yearAnchor(y)}`), {
        // bars at most 40 units wide: a zone of one or two years gets a narrow chart, not two slabs
        width: Math.min(600, cov.byYear.length * 44),
        height: 120,
        gap: 4,
      })
    : null;
  const byKind = (Object.keys(cov.byKind) as ArticleKind[]).filter((k) => cov.byKind[k] > 0).map((kind) => ({ kind, label: kindLabel[kind]!, count: cov.byKind[kind] }));

  const years: YearGroup[] = [];
  if (!paged) {
    for (const a of articles) {
      const group = yearGroup(a.date);
      let g = years.find((y) => y.group === group);
      if (!g) years.push((g = { group, label: groupLabel(group), anchor: yearAnchor(group), articles: [] }));
      g.articles.push(a);
    }
    years.sort((x, y) => groupOrder(x.group, y.group));
  }

  const zoneCounts = new Map<string, number>();
  const entityCounts = new Map<string, number>();
  for (const a of articles) {
    for (const z of a.zones) if (z.slug !== zone.slug) zoneCounts.set(z.slug, (zoneCounts.get(z.slug) ?? 0) + 1);
    for (const s of new Set(a.entities)) entityCounts.set(s, (entityCounts.get(s) ?? 0) + 1);
  }
  const coZones = top(zoneCounts, HUB_TOP, (slug) => {
    const z = lookup.zone(slug)!;
    return { slug, url: z.url, name: z.short ?? z.name, note: null };
  });
  const ranked = (kind: ArchiveEntity['kind']) => {
    const counts = new Map([...entityCounts].filter(([slug]) => lookup.entity(slug)?.kind === kind));
    return top(counts, HUB_TOP, (slug) => {
      const e = lookup.entity(slug)!;
      return { slug, url: e.url, name: e.name, note: personNote(e) };
    });
  };
  return {
    facts,
    provinceUrl: facts ? provinceUrl(facts.provinceSlug) : null,
    coverage: cov,
    chart,
    byKind,
    years,
    coZones,
    people: ranked('person'),
    organizations: ranked('organization'),
    mentions: { total: zone.mentionIds.length, newest: zone.mentionIds.slice(0, HUB_MENTIONS).map(lookup.article) },
  };
}

export interface ProvinceZone {
  slug: string;
  /** Short form (南宁高新区) and official name. */
  name: string;
  officialName: string;
  city: string;
  nationalSince: number | null;
  /** Its hub; null for a gazetteer zone the archive has no article about. */
  url: string | null;
  count: number;
  undated: number;
  chart: CoverageChart;
}

export interface ProvincePage {
  province: string;
  slug: string;
  url: string;
  /** Every national zone of the province in the gazetteer, most articles first, then by name. */
  zones: ProvinceZone[];
  total: number;
  /** The years every chart of the page spans (the archive's dated years), so the charts compare. */
  firstYear: string | null;
  lastYear: string | null;
}

/** The archive's dated years, first to last, every year in between included. */
export function archiveYears(archive: Archive): string[] {
  let first = Infinity;
  let last = -Infinity;
  for (const a of archive.articles) {
    if (!a.date) continue;
    const y = Number(a.date.slice(0, 4));
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return Number.isFinite(first) ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [];
}

/** A page per province of the gazetteer: all its national zones with their counts and a chart each on one scale. */
export function provincePages(archive: Archive, article: (id: string) => ArchiveArticle): ProvincePage[] {
  const bySlug = new Map(archive.zones.map((z) => [z.slug, z]));
  const years = archiveYears(archive);
  const collator = new Intl.Collator('zh-CN');
  return groupByProvince(gazetteerZones).map((group) => {
    const counted = group.zones.map((g) => {
      const zone = bySlug.get(g.slug);
      const perYear = new Map<string, number>();
      let undated = 0;
      for (const id of zone?.articleIds ?? []) {
        const date = article(id).date;
        if (date) perYear.set(date.slice(0, 4), (perYear.get(date.slice(0, 4)) ?? 0) + 1);
        else undated++;
      }
      return { g, zone, perYear, undated, count: zone?.articleIds.length ?? 0 };
    });
    const max = Math.max(0, ...counted.flatMap((c) => [...c.perYear.values()]));
    const zones = counted
      .map(({ g, zone, perYear, undated, count }): ProvinceZone => ({
        slug: g.slug,
        name: g.short || g.name,
        officialName: g.name,
        city: g.city,
        nationalSince: g.approved,
        url: zone?.url ?? null,
        count,
        undated,
        chart: yearChart(
          years.map((period) => ({ period, count: perYear.get(period) ?? 0 })),
          undated,
          `${g.short || g.name}每年的文章数`,
          (y) => (zone && zoneIsPaged(zone) ? zoneYearUrl(zone.url, y) : zone ? `${zone.url}#${yearAnchor(y)}` : null),
          { width: 240, height: 48, gap: 1, max },
        ),
      }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    return {
      province: group.province,
      slug: group.slug,
      url: provinceUrl(group.slug),
      zones,
      total: zones.reduce((s, z) => s + z.count, 0),
      firstYear: years[0] ?? null,
      lastYear: years.at(-1) ?? null,
    };
  });
}

export interface EntityHub {
  kindLabel: string;
  /** Zones of its articles, most first. */
  zones: Ranked[];
  /** Other entities named in its articles, most first. */
  together: Ranked[];
}

export const entityKindLabel: Record<ArchiveEntity['kind'], string> = { organization: '机构', person: '人物' };

export function entityHub(
  entity: ArchiveEntity,
  lookup: { article: (id: string) => ArchiveArticle; zone: (slug: string) => ArchiveZone | undefined; entity: (slug: string) => ArchiveEntity | undefined },
): EntityHub {
  const zoneCounts = new Map<string, number>();
  const entityCounts = new Map<string, number>();
  for (const id of entity.articleIds) {
    const a = lookup.article(id);
    for (const z of a.zones) zoneCounts.set(z.slug, (zoneCounts.get(z.slug) ?? 0) + 1);
    for (const s of new Set(a.entities)) if (s !== entity.slug) entityCounts.set(s, (entityCounts.get(s) ?? 0) + 1);
  }
  return {
    kindLabel: entityKindLabel[entity.kind],
    zones: top(zoneCounts, HUB_TOP, (slug) => {
      const z = lookup.zone(slug)!;
      return { slug, url: z.url, name: z.short ?? z.name, note: null };
    }),
    together: top(entityCounts, HUB_TOP, (slug) => {
      const e = lookup.entity(slug)!;
      return { slug, url: e.url, name: e.name, note: personNote(e) };
    }),
  };
}

/** How many entities of each kind the /entities/ index lists (most named first), so it stays small at any size. */
export const ENTITY_INDEX_MAX = 500;

export function entityIndex(entities: ArchiveEntity[], max = ENTITY_INDEX_MAX): Record<'people' | 'organizations', { total: number; items: Ranked[] }> {
  const of = (kind: ArchiveEntity['kind']) => {
    const all = entities.filter((e) => e.kind === kind);
    const items = all.slice(0, max).map((e) => ({ slug: e.slug, url: e.url, name: e.name, count: e.articleIds.length, note: personNote(e) }));
    return { total: all.length, items };
  };
  return { people: of('person'), organizations: of('organization') };
}
