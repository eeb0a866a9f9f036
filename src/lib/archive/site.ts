/** Look-ups the pages need, built once per archive. */
import type { Archive, ArchiveArticle, ArchiveEntity, ArchiveIssue, ArchiveZone } from './model';
import { loadArchive } from './store';
import { provincePages, type ProvincePage } from './hubs';
import { PROVINCE_SLUGS } from '../zones/provinces.ts';
import { provinceUrl } from './urls';

export interface SiteIndex {
  archive: Archive;
  article: Map<string, ArchiveArticle>;
  issue: Map<string, ArchiveIssue>;
  zone: Map<string, ArchiveZone>;
  entity: Map<string, ArchiveEntity>;
  /** Zones grouped by province (gazetteer), provinces in 拼音 order; zones outside the gazetteer last. */
  provinces: { province: string; zones: ArchiveZone[]; url: string | null }[];
  /** A page per province of the gazetteer (lib/archive/hubs.ts). */
  provincePages: ProvincePage[];
  /** Look-ups for the hubs (lib/archive/hubs.ts). */
  lookup: {
    article: (id: string) => ArchiveArticle;
    zone: (slug: string) => ArchiveZone | undefined;
    entity: (slug: string) => ArchiveEntity | undefined;
  };
}

export const OUTSIDE_GAZETTEER = '未收录于国家高新区名录';

let cache: { archive: Archive; index: SiteIndex } | null = null;

export function indexArchive(archive: Archive): SiteIndex {
  const collator = new Intl.Collator('zh-CN');
  const groups = new Map<string, ArchiveZone[]>();
  for (const z of archive.zones) {
    const key = z.inGazetteer ? (z.province ?? '省份不详') : OUTSIDE_GAZETTEER;
    groups.set(key, [...(groups.get(key) ?? []), z]);
  }
  const provinces = [...groups.entries()]
    .sort(([a], [b]) => (a === OUTSIDE_GAZETTEER ? 1 : b === OUTSIDE_GAZETTEER ? -1 : collator.compare(a, b)))
    .map(([province, zones]) => ({
      province,
      zones: zones.sort((x, y) => collator.compare(x.name, y.name)),
      url: PROVINCE_SLUGS[province] ? provinceUrl(PROVINCE_SLUGS[province]) : null,
    }));
  const article = new Map(archive.articles.map((a) => [a.id, a]));
  const zone = new Map(archive.zones.map((z) => [z.slug, z]));
  const entity = new Map((archive.entities ?? []).map((e) => [e.slug, e]));
  const byId = (id: string): ArchiveArticle => {
    const a = article.get(id);
    if (!a) throw new Error(`no article ${id}`);
    return a;
  };
  return {
    archive,
    article,
    issue: new Map(archive.issues.map((x) => [x.key, x])),
    zone,
    entity,
    provinces,
    provincePages: provincePages(archive, byId),
    lookup: { article: byId, zone: (slug) => zone.get(slug), entity: (slug) => entity.get(slug) },
  };
}

export function site(): SiteIndex {
  const archive = loadArchive();
  if (cache?.archive !== archive) cache = { archive, index: indexArchive(archive) };
  return cache.index;
}
