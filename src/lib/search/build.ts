/**
 * Build step of search (Node): the Pagefind bundles of the archive's articles, prepared in a cache folder,
 * and the zone shards (`search/zones/`), made in memory; both installed into the built site.
 *
 * Layout in the site: `pagefind/` is the bundle of the newest shard; `pagefind/shards/<period>/` are the
 * others, listed in `pagefind/shards.json` for the search page to merge. Bundles are cached in
 * `<cacheRoot>/bundles/<digest>/` by a digest of their documents and of Pagefind's version.
 * Used by the Astro integration `searchIndex()` (astro.config.ts).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive } from '../archive/model';
import { closeIndexer, writeBundle, type IndexStats } from './indexer.ts';
import { searchDocs, type DocOptions, type SearchDoc } from './records.ts';
import { zoneShards } from './table.ts';

export interface SearchBuildStats extends IndexStats {
  /** Zone shards written. */
  shards: number;
  /** Pagefind bundles, and how many of them came from the cache. */
  bundles: number;
  reused: number;
  cached: boolean;
  /** The bundles indexed by this build (not from the cache): shard, documents, Pagefind's wall ms. */
  built: { shard: string; docs: number; ms: number }[];
}

export interface SearchFiles {
  /** The bundles, copied from the cache into the site, by site path. */
  copies: { from: string; to: string }[];
  /**
   * The zone shards and the shard list, written into the site from memory (5.4 MB for 16k articles): they
   * are made anew by every build, and kept out of the cache so that two builds sharing it (an `astro build`
   * while the tests build theirs) cannot overwrite each other's, and nothing per build is left behind.
   */
  writes: { to: string; data: Buffer }[];
  stats: SearchBuildStats;
}

const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

function bundleDigest(docs: SearchDoc[], opts: DocOptions): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION).update(String(opts.bodyChars ?? 'all'));
  for (const d of docs) hash.update(d.url).update('\0').update(d.html).update('\0');
  return hash.digest('hex').slice(0, 20);
}

/** Shards newest first, undated last. */
function shardsOf(docs: SearchDoc[]): [string, SearchDoc[]][] {
  const by = new Map<string, SearchDoc[]>();
  for (const d of docs) by.set(d.shard, [...(by.get(d.shard) ?? []), d]);
  return [...by].sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)));
}

/**
 * The search files of an archive: each Pagefind bundle from the cache when an earlier build indexed the
 * same documents, else built into it; the zone shards and the shard list made in memory.
 */
export async function prepareSearch(archive: Archive, cacheRoot: string, opts: DocOptions = {}): Promise<SearchFiles> {
  const t0 = performance.now();
  const bundlesDir = join(cacheRoot, 'bundles');
  mkdirSync(bundlesDir, { recursive: true });
  const stats: SearchBuildStats = { pages: archive.articles.length, ms: 0, errors: [], shards: 0, bundles: 0, reused: 0, cached: false, built: [] };
  const copies: SearchFiles['copies'] = [];
  const writes: SearchFiles['writes'] = [];
  // what earlier versions left per process in the cache: `zones-<pid>/` and `shards-<pid>.json` of every build
  for (const e of readdirSync(cacheRoot)) if (/^(zones-\d+|shards-\d+\.json)$/.test(e)) rmSync(join(cacheRoot, e), { recursive: true, force: true });

  for (const [url, json] of zoneShards(archive)) writes.push({ to: url.replace(/^\//, ''), data: Buffer.from(json) });
  stats.shards = writes.length;

  const shards = shardsOf(searchDocs(archive, opts));
  const listed: string[] = [];
  let built = false;
  for (const [i, [key, docs]] of shards.entries()) {
    const digest = bundleDigest(docs, opts);
    const dir = join(bundlesDir, digest);
    if (existsSync(join(dir, 'pagefind.js'))) {
      stats.reused++;
      utimesSync(dir, new Date(), new Date()); // recently used: kept by the clean-up below
    } else {
      const tmp = `${dir}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      const s = await writeBundle(docs, tmp);
      built = true;
      stats.built.push({ shard: key, docs: docs.length, ms: s.ms });
      stats.errors.push(...s.errors);
      if (s.errors.length) continue;
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
    stats.bundles++;
    const to = i === 0 ? 'pagefind' : `pagefind/shards/${key}`;
    copies.push({ from: dir, to });
    if (i > 0) listed.push(`/${to}/`);
  }
  if (built) await closeIndexer();
  writes.push({ to: 'pagefind/shards.json', data: Buffer.from(JSON.stringify(listed)) });

  // keep the cache to the bundles used lately (a few builds' worth), and drop the half-written bundles of
  // builds killed or failed: a `.tmp-<pid>` over a day old (one being written now is seconds or minutes old)
  const entries = readdirSync(bundlesDir).map((e) => ({ e, t: statSync(join(bundlesDir, e), { throwIfNoEntry: false })?.mtimeMs ?? 0 }));
  const done = entries.filter(({ e }) => !e.includes('.tmp-')).sort((a, b) => b.t - a.t);
  const stale = entries.filter(({ e, t }) => e.includes('.tmp-') && t < Date.now() - 86_400_000);
  for (const { e } of [...done.slice(Math.max(3 * shards.length, 12)), ...stale]) rmSync(join(bundlesDir, e), { recursive: true, force: true });

  stats.cached = stats.reused === stats.bundles;
  stats.ms = Math.round(performance.now() - t0);
  return { copies, writes, stats };
}

/**
 * Files Pagefind writes into every bundle that the site never loads: its ready-made search UIs (the search
 * page has its own, ui.ts) — 434 KB a bundle — and, in a shard merged into the main bundle, the runtime
 * (pagefind.js, its worker and wasm: the main bundle's load the shard's entry, meta, index, fragment and
 * filter files). Left in the cache, not copied into the site.
 */
const UNUSED_IN_ANY_BUNDLE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
const UNUSED_IN_A_SHARD = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*\.pagefind)$/;

/** Whether a file of a bundle is copied into the site (`shard`: a bundle merged into the main one). */
export function servedBundleFile(name: string, shard: boolean): boolean {
  return !UNUSED_IN_ANY_BUNDLE.test(name) && !(shard && UNUSED_IN_A_SHARD.test(name));
}

/**
 * Copy the search files into the built site. Every file ends up fresh (mtime now: the build's own output,
 * which keep-dist keeps), but a file already in the site with the same bytes (the kept dist/ of the last
 * build, where most bundles are unchanged) is only touched, not written again: on 16k articles copying all
 * 18k bundle files took 21 s of an added page's 46 s (lib/build/keepDist.ts prunes the files not touched).
 */
export function installSearch(files: SearchFiles, siteDir: string): { copied: number; touched: number } {
  const counts = { copied: 0, touched: 0 };
  const now = new Date();
  /** A file from the cache (a path) or from memory (its bytes). */
  const put = (from: string | Buffer, to: string) => {
    const old = statSync(to, { throwIfNoEntry: false });
    const size = typeof from === 'string' ? statSync(from).size : from.length;
    if (old?.isFile() && old.size === size && readFileSync(to).equals(typeof from === 'string' ? readFileSync(from) : from)) {
      utimesSync(to, now, now);
      counts.touched++;
      return;
    }
    if (old?.isDirectory()) rmSync(to, { recursive: true, force: true });
    mkdirSync(dirname(to), { recursive: true });
    if (typeof from === 'string') copyFileSync(from, to);
    else writeFileSync(to, from);
    counts.copied++;
  };
  const walk = (from: string, to: string, keep: (name: string) => boolean) => {
    if (!statSync(from).isDirectory()) return put(from, to);
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(from, e.name), join(to, e.name), keep);
      else if (keep(e.name)) put(join(from, e.name), join(to, e.name));
    }
  };
  // the main bundle first: the shard bundles go inside its folder
  for (const { from, to } of files.copies) {
    const bundle = to === 'pagefind' || to.startsWith('pagefind/shards/');
    const shard = to.startsWith('pagefind/shards/');
    walk(from, join(siteDir, to), (name) => !bundle || servedBundleFile(name, shard));
  }
  for (const { to, data } of files.writes) put(data, join(siteDir, to));
  return counts;
}

/** Body characters indexed per article: all of it, unless SEARCH_BODY_CHARS says otherwise. */
export function bodyCharsFromEnv(): number | undefined {
  const v = process.env.SEARCH_BODY_CHARS;
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Years per index shard: SEARCH_SHARD_YEARS, else the default (5). */
export function shardYearsFromEnv(): number | undefined {
  const v = process.env.SEARCH_SHARD_YEARS;
  return v && /^[1-9]\d*$/.test(v) ? Number(v) : undefined;
}
