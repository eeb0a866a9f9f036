/**
 * Astro integration (a plain hooks object, the way Starlight runs Pagefind). The index is made from the
 * archive, not from the rendered pages, so it is built while Astro renders: started on astro:build:start
 * (Pagefind works in a process of its own, on the other core), awaited and copied into dist/ on
 * astro:build:done. Indexes are cached by a digest of their documents (.cache/search, or SEARCH_CACHE_DIR):
 * a rebuild whose articles did not change reuses the last index. SEARCH_SKIP=1 builds no index.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../archive/store.ts';
import { bodyCharsFromEnv, cachedSearch, installSearch, type SearchBuildStats } from './build.ts';

interface Logger { info: (m: string) => void }

export function searchIndex() {
  let pending: Promise<{ dir: string; stats: SearchBuildStats }> | null = null;
  const skip = () => /^(1|true|yes)$/i.test(process.env.SEARCH_SKIP ?? '');
  return {
    name: 'yuanqu-search-index',
    hooks: {
      'astro:build:start': ({ logger }: { logger: Logger }) => {
        if (skip()) return;
        const cacheRoot = resolve(process.env.SEARCH_CACHE_DIR || '.cache/search');
        pending = cachedSearch(loadArchive(), cacheRoot, { bodyChars: bodyCharsFromEnv() });
        // never an unhandled rejection: the error is raised again on astro:build:done
        pending.catch(() => undefined);
        logger.info('search: indexing the archive alongside the build');
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        if (!pending) return;
        const { dir: files, stats } = await pending;
        if (stats.errors.length) throw new Error(`pagefind: ${stats.errors.join('; ')}`);
        installSearch(files, fileURLToPath(dir));
        logger.info(stats.cached ? `search: index unchanged, reused from ${files}` : `search: ${stats.pages} articles indexed by Pagefind, ${stats.shards} zone shards in ${stats.ms} ms`);
      },
    },
  };
}
