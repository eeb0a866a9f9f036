import type { APIRoute } from 'astro';
import { site } from '../../lib/archive/site';
import { readSeedFile } from '../../lib/archive/store';
import { seedFile } from '../../lib/archive/urls';

/** Each PDF the archive was read from, served as it is. */
export function getStaticPaths() {
  const files = new Map<string, string>();
  for (const issue of site().archive.issues) {
    if (!issue.pdfUrl) continue;
    files.set(issue.pdfUrl, seedFile(issue.seed));
  }
  return [...files].map(([url, file]) => ({ params: { file: url.replace(/^\/sources\/|\.pdf$/g, '') }, props: { file, sha256: site().archive.issues.find((i) => i.pdfUrl === url)!.sha256 } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(readSeedFile(site().archive.generatedFrom.seedsDir, props.file as string), { headers: { 'Content-Type': 'application/pdf' } });
