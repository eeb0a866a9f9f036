import type { APIRoute } from 'astro';
import { site } from '../lib/archive/site';
import { sitemap } from '../lib/archive/feeds';

export const GET: APIRoute = ({ site: origin }) =>
  new Response(sitemap(site().archive, origin!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
