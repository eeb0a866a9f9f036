import type { APIRoute } from 'astro';
import { site } from '../../lib/archive/site';
import { articleJsonUrl } from '../../lib/archive/urls';

/** Index of every article: id, url, title, date, page, zones, authors. */
export const GET: APIRoute = () => {
  const { archive } = site();
  const body = archive.articles.map((a) => ({
    id: a.id,
    url: a.url,
    json: articleJsonUrl(a.id),
    title: a.displayTitle,
    date: a.date,
    page: a.page,
    issue: a.issueUrl,
    zones: a.zones.map((z) => ({ name: z.name, slug: z.slug, url: z.url })),
    authors: a.record.authors,
  }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
