/**
 * Build step of search (Node): the Pagefind index of the archive's articles (`pagefind/`) and the zone
 * shards (`search/zones/`), written into a folder that is then copied into the built site.
 * Used by the Astro integration `searchIndex()` (astro.config.ts) and by scripts/bench-search.ts.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive } from '../archive/model';
import { writeSearchIndex, type IndexStats } from './indexer.ts';
import { searchDocs, type DocOptions } from './records.ts';
import { zoneShards } from './table.ts';

export interface SearchBuildStats extends IndexStats {
  shards: number;
  /** The index came from the cache (same documents as a previous build). */
  cached: boolean;
}

export async function buildSearch(archive: Archive, outDir: string, opts: DocOptions = {}): Promise<SearchBuildStats> {
  const shards = zoneShards(archive);
  for (const [url, json] of shards) {
    const file = join(outDir, url);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
  }
  const stats = await writeSearchIndex(archive, outDir, opts);
  return { ...stats, shards: shards.size, cached: false };
}

/** A digest of everything the search files are made of: the documents, the shards and Pagefind's version. */
export function searchDigest(archive: Archive, opts: DocOptions = {}): string {
  const hash = createHash('sha256');
  const pagefindVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  hash.update(pagefindVersion).update(String(opts.bodyChars ?? 'all'));
  for (const d of searchDocs(archive, opts)) hash.update(d.url).update(d.html);
  for (const [url, json] of zoneShards(archive)) hash.update(url).update(json);
  return hash.digest('hex').slice(0, 20);
}

/**
 * The search files for an archive, from `cacheRoot/<digest>/` when an earlier build made them from the same
 * documents, else built there (in a temporary folder, renamed when complete). Keeps the newest few entries.
 */
export async function cachedSearch(archive: Archive, cacheRoot: string, opts: DocOptions = {}): Promise<{ dir: string; stats: SearchBuildStats }> {
  const digest = searchDigest(archive, opts);
  const dir = join(cacheRoot, digest);
  if (existsSync(join(dir, 'pagefind'))) return { dir, stats: { pages: archive.articles.length, ms: 0, errors: [], shards: 0, cached: true } };
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const stats = await buildSearch(archive, tmp, opts);
  if (stats.errors.length) return { dir: tmp, stats };
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  // keep the cache small: the newest three indexes
  const entries = readdirSync(cacheRoot).filter((e) => !e.includes('.tmp-') && e !== digest);
  if (entries.length > 2) {
    const byAge = entries.map((e) => ({ e, t: Number(readFileSync(join(cacheRoot, e, '.built'), 'utf8') || 0) })).sort((a, b) => b.t - a.t);
    for (const { e } of byAge.slice(2)) rmSync(join(cacheRoot, e), { recursive: true, force: true });
  }
  writeFileSync(join(dir, '.built'), String(Date.now()));
  return { dir, stats };
}

/** Copy the search files into the built site (all but the cache's own bookkeeping). */
export function installSearch(from: string, siteDir: string): void {
  for (const entry of readdirSync(from)) {
    if (entry.startsWith('.')) continue;
    cpSync(join(from, entry), join(siteDir, entry), { recursive: true });
  }
}

/** Body characters indexed per article: all of it, unless SEARCH_BODY_CHARS says otherwise. */
export function bodyCharsFromEnv(): number | undefined {
  const v = process.env.SEARCH_BODY_CHARS;
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}
