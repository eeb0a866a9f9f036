/**
 * Build step of search (Node): after Astro wrote the site, write the Pagefind index of the archive's
 * articles into `<outDir>/pagefind/` and the zone shards into `<outDir>/search/zones/`.
 * Used by the Astro integration `searchIndex()` (astro.config.ts) and by scripts/bench-search.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive } from '../archive/model';
import { writeSearchIndex, type IndexStats } from './indexer.ts';
import { zoneShards } from './table.ts';

export interface SearchBuildStats extends IndexStats {
  shards: number;
}

export async function buildSearch(archive: Archive, outDir: string, opts: { bodyChars?: number } = {}): Promise<SearchBuildStats> {
  const shards = zoneShards(archive);
  for (const [url, json] of shards) {
    const file = join(outDir, url);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
  }
  const stats = await writeSearchIndex(archive, outDir, opts);
  return { ...stats, shards: shards.size };
}

/** Body characters indexed per article: all of it, unless SEARCH_BODY_CHARS says otherwise. */
export function bodyCharsFromEnv(): number | undefined {
  const v = process.env.SEARCH_BODY_CHARS;
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}
