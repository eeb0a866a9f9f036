import type { APIRoute } from 'astro';
import { site } from '../lib/archive/site';
import { siteFeed } from '../lib/archive/feeds';

export const GET: APIRoute = ({ site: origin }) =>
  new Response(siteFeed(site().archive, origin!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
