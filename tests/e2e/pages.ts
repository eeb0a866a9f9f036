/** One URL per page type of the built site, for the browser tests and screenshots. */
import type { Archive, ArchiveZone } from '../../src/lib/archive/model';
import { PROVINCE_SLUGS } from '../../src/lib/zones/provinces';

/** A zone's dated articles (the hub draws a chart of them). */
const datedCount = (archive: Archive, zone: ArchiveZone): number => {
  const ids = new Set(zone.articleIds);
  return archive.articles.filter((a) => ids.has(a.id) && a.date).length;
};

export function pageTypes(archive: Archive): [string, string][] {
  const richest = [...archive.articles].sort(
    (a, b) => b.record.subheads.length + b.captions.length - (a.record.subheads.length + a.captions.length),
  )[0];
  const zone = [...archive.zones].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  const outside = archive.zones.find((z) => !z.inGazetteer);
  const charted = [...archive.zones].filter((z) => z.inGazetteer).sort((a, b) => datedCount(archive, b) - datedCount(archive, a))[0];
  const entity = archive.entities?.[0];
  const dated = archive.issues.find((x) => x.info.date);
  const undated = archive.issues.find((x) => !x.info.date);
  const withFragments = archive.issues.find((x) => x.fragments.length > 0);
  const list: [string, string | undefined][] = [
    ['home', '/'],
    ['article', richest?.url],
    ['articles', '/articles/'],
    ['zones', '/zones/'],
    ['zone', zone?.url],
    ['zone-outside-gazetteer', outside?.url],
    ['zone-hub-chart', charted?.url],
    ['province', charted?.province ? `/zones/province/${PROVINCE_SLUGS[charted.province]}/` : undefined],
    ['entity', entity?.url],
    ['entities', entity ? '/entities/' : undefined],
    ['issues', '/issues/'],
    ['issue', dated?.url],
    ['issue-undated', undated?.url],
    ['issue-fragments', withFragments?.url],
    ['source', (dated ?? undated)?.sourceUrl],
    ['search', '/search/?q=%E5%8D%97%E5%AE%81'],
    ['404', '/no-such-page/'],
    ['redirect', archive.redirects[0]?.from],
  ];
  return list.filter((x): x is [string, string] => Boolean(x[1]));
}
