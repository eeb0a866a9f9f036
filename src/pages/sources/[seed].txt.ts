import type { APIRoute } from 'astro';
import { site } from '../../lib/archive/site';
import { cacheKeys } from '../../lib/archive/cacheKeys';
import { readSourceBytes } from '../../lib/archive/store';
import { seedSlug } from '../../lib/archive/urls';
import type { ArchiveIssue } from '../../lib/archive/model';

export function getStaticPaths() {
  const keys = cacheKeys(site().archive);
  return site().archive.issues.map((issue) => ({
    params: { seed: seedSlug(issue.seed) },
    props: { issue },
    cacheKey: keys.sourceText(issue),
  }));
}

/** The seed file exactly as it was parsed (for a PDF page, the text read from it). */
export const GET: APIRoute = ({ props }) =>
  new Response(readSourceBytes(site().archive.generatedFrom.seedsDir, props.issue as ArchiveIssue), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
