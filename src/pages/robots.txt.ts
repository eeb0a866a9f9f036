import type { APIRoute } from 'astro';
import { robots } from '../lib/archive/feeds';

export const GET: APIRoute = ({ site: origin }) => new Response(robots(origin!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
