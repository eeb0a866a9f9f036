import type { APIRoute } from 'astro';
import { site } from '../../../lib/archive/site';
import { cacheKeys } from '../../../lib/archive/cacheKeys';
import { openRecord } from '../../../lib/archive/openData';

export function getStaticPaths() {
  const keys = cacheKeys(site().archive);
  return site().archive.articles.map((a) => ({ params: { id: a.id }, cacheKey: keys.articleJson(a) }));
}

/** One article: the full parsed record (its text once: `body` as `subheadsAt`, lib/archive/openData.ts) plus where it lives in the archive. */
export const GET: APIRoute = ({ params }) => {
  const a = site().article.get(params.id!)!;
  const body = {
    id: a.id,
    url: a.url,
    title: a.displayTitle,
    date: a.date,
    page: a.page,
    seed: a.seed,
    issue: { key: a.issueKey, url: a.issueUrl, label: a.issueLabel },
    position: a.position,
    zones: a.zones,
    source: a.sourceUrl,
    record: openRecord(a.record),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
