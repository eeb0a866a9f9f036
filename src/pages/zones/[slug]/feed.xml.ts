import type { APIRoute } from 'astro';
import { site } from '../../../lib/archive/site';
import { zoneFeed } from '../../../lib/archive/feeds';
import { cacheKeys } from '../../../lib/archive/cacheKeys';
import type { ArchiveZone } from '../../../lib/archive/model';

export function getStaticPaths() {
  const keys = cacheKeys(site().archive);
  return site().archive.zones.map((zone) => ({ params: { slug: zone.slug }, props: { zone }, cacheKey: keys.zoneFeed(zone) }));
}

export const GET: APIRoute = ({ props, site: origin }) => {
  const { article } = site();
  return new Response(zoneFeed(props.zone as ArchiveZone, (id) => article.get(id)!, origin!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
