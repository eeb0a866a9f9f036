/**
 * Node side: write Pagefind bundles with the Pagefind Node API. The archive is indexed in shards, one per
 * period of issue years (undated pages in one more), each a bundle of its own: the browser loads one and
 * merges the others (pagefind.mergeIndex). A shard is rebuilt only when its documents change, so adding an
 * issue page re-indexes one period, and each Pagefind run stays small in memory.
 */
import * as pagefind from 'pagefind';
import type { SearchDoc } from './records.ts';

export interface IndexStats {
  pages: number;
  ms: number;
  errors: string[];
}

/** One Pagefind bundle of the given documents, written to outputPath. */
export async function writeBundle(docs: SearchDoc[], outputPath: string): Promise<IndexStats> {
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const all: string[] = [...errors];
  // The service takes requests concurrently; a bounded window keeps memory flat on big archives.
  const WINDOW = 64;
  for (let i = 0; i < docs.length; i += WINDOW) {
    const res = await Promise.all(docs.slice(i, i + WINDOW).map((d) => index.addHTMLFile({ url: d.url, content: d.html })));
    for (const r of res) all.push(...r.errors);
  }
  const w = await index.writeFiles({ outputPath });
  all.push(...w.errors);
  await index.deleteIndex();
  return { pages: docs.length, ms: Math.round(performance.now() - t0), errors: all };
}

/** Shut the Pagefind service down (after the last bundle). */
export const closeIndexer = async (): Promise<void> => {
  await pagefind.close();
};
