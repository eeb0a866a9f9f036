/**
 * Node side: write the Pagefind index of an archive into a built site (`<outDir>/pagefind/`), with the
 * Pagefind Node API. Called by the Astro integration in astro.config.ts on astro:build:done.
 */
import * as pagefind from 'pagefind';
import type { Archive } from '../archive/model';
import { searchDocs, type DocOptions } from './records.ts';

export interface IndexStats {
  pages: number;
  ms: number;
  errors: string[];
}

export async function writeSearchIndex(archive: Archive, outDir: string, opts: DocOptions = {}): Promise<IndexStats> {
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const all: string[] = [...errors];
  const docs = searchDocs(archive, opts);
  // The service takes requests concurrently; a bounded window keeps memory flat on big archives.
  const WINDOW = 64;
  for (let i = 0; i < docs.length; i += WINDOW) {
    const res = await Promise.all(docs.slice(i, i + WINDOW).map((d) => index.addHTMLFile({ url: d.url, content: d.html })));
    for (const r of res) all.push(...r.errors);
  }
  const w = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
  all.push(...w.errors);
  await pagefind.close();
  return { pages: docs.length, ms: Math.round(performance.now() - t0), errors: all };
}
