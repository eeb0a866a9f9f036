/** Look-ups the pages need, built once per archive. */
import type { Archive, ArchiveArticle, ArchiveIssue, ArchiveZone } from './model';
import { loadArchive } from './store';

export interface SiteIndex {
  archive: Archive;
  article: Map<string, ArchiveArticle>;
  issue: Map<string, ArchiveIssue>;
  zone: Map<string, ArchiveZone>;
  /** Zones grouped by province (gazetteer), provinces in 拼音 order; zones outside the gazetteer last. */
  provinces: { province: string; zones: ArchiveZone[] }[];
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
    .map(([province, zones]) => ({ province, zones: zones.sort((x, y) => collator.compare(x.name, y.name)) }));
  return {
    archive,
    article: new Map(archive.articles.map((a) => [a.id, a])),
    issue: new Map(archive.issues.map((x) => [x.key, x])),
    zone: new Map(archive.zones.map((z) => [z.slug, z])),
    provinces,
  };
}

export function site(): SiteIndex {
  const archive = loadArchive();
  if (cache?.archive !== archive) cache = { archive, index: indexArchive(archive) };
  return cache.index;
}
