import type { APIRoute } from 'astro';
import { site } from '../../../lib/archive/site';
import { zoneFeed } from '../../../lib/archive/feeds';

export function getStaticPaths() {
  return site().archive.zones.map((zone) => ({ params: { slug: zone.slug } }));
}

export const GET: APIRoute = ({ params, site: origin }) =>
  new Response(zoneFeed(site().archive, params.slug!, origin!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
