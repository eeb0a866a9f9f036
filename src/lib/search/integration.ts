/**
 * Astro integration (a plain hooks object, the way Starlight runs Pagefind). The index is made from the
 * archive, not from the rendered pages, so it is built while Astro renders: started on astro:build:start
 * (Pagefind works in a process of its own, on the other core), awaited and copied into dist/ on
 * astro:build:done. The index is sharded by periods of issue years (SEARCH_SHARD_YEARS, default 5) and each shard's bundle cached by a digest of its
 * documents (.cache/search, or SEARCH_CACHE_DIR): a rebuild re-indexes only the years whose articles
 * changed. SEARCH_SKIP=1 builds no index.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../archive/store.ts';
import { bodyCharsFromEnv, installSearch, prepareSearch, shardYearsFromEnv, type SearchFiles } from './build.ts';

interface Logger { info: (m: string) => void }

export function searchIndex() {
  let pending: Promise<SearchFiles> | null = null;
  const skip = () => /^(1|true|yes)$/i.test(process.env.SEARCH_SKIP ?? '');
  return {
    name: 'yuanqu-search-index',
    hooks: {
      'astro:build:start': ({ logger }: { logger: Logger }) => {
        if (skip()) return;
        const cacheRoot = resolve(process.env.SEARCH_CACHE_DIR || '.cache/search');
        pending = prepareSearch(loadArchive(), cacheRoot, { bodyChars: bodyCharsFromEnv(), shardYears: shardYearsFromEnv() });
        // never an unhandled rejection: the error is raised again on astro:build:done
        pending.catch(() => undefined);
        logger.info('search: indexing the archive alongside the build');
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        if (!pending) return;
        const t0 = performance.now();
        const files = await pending;
        const waited = performance.now() - t0;
        const { stats } = files;
        if (stats.errors.length) throw new Error(`pagefind: ${stats.errors.join('; ')}`);
        const put = installSearch(files, fileURLToPath(dir));
        const installed = performance.now() - t0 - waited;
        logger.info(`search: ${stats.pages} articles in ${stats.bundles} Pagefind bundles (${stats.reused} unchanged, reused), ${stats.shards} zone shards in ${stats.ms} ms`);
        // timing lines for scripts/bench.ts: what was indexed, how long the build waited for it, copying into dist/
        for (const b of stats.built) logger.info(`search: indexed shard ${b.shard}: ${b.docs} documents in ${b.ms} ms`);
        logger.info(`search: waited ${Math.round(waited)} ms for the index after the pages; copied into the site in ${Math.round(installed)} ms (${put.copied} files written, ${put.touched} already there, touched)`);
      },
    },
  };
}
