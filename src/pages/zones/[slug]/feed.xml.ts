import type { APIRoute } from 'astro';
import { site } from '../../../lib/archive/site';
import { archiveAsOf, zoneFeed } from '../../../lib/archive/feeds';
import { cacheKeys } from '../../../lib/archive/cacheKeys';
import type { ArchiveZone } from '../../../lib/archive/model';

export function getStaticPaths() {
  const keys = cacheKeys(site().archive);
  const asOf = archiveAsOf(site().archive);
  return site().archive.zones.map((zone) => ({ params: { slug: zone.slug }, props: { zone, asOf }, cacheKey: keys.zoneFeed(zone, asOf) }));
}

export const GET: APIRoute = ({ props, site: origin }) => {
  const { article } = site();
  return new Response(zoneFeed(props.zone as ArchiveZone, (id) => article.get(id)!, origin!, props.asOf as string), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
