/**
 * Astro integration (a plain hooks object, the way Starlight runs Pagefind): on astro:build:done, index the
 * archive the site was built from into dist/pagefind/ and write the zone shards. No Astro import needed.
 */
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../archive/store.ts';
import { bodyCharsFromEnv, buildSearch } from './build.ts';

export function searchIndex() {
  return {
    name: 'yuanqu-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info: (m: string) => void } }) => {
        const out = fileURLToPath(dir);
        const s = await buildSearch(loadArchive(), out, { bodyChars: bodyCharsFromEnv() });
        if (s.errors.length) throw new Error(`pagefind: ${s.errors.join('; ')}`);
        logger.info(`search: ${s.pages} articles indexed by Pagefind, ${s.shards} zone shards in ${s.ms} ms`);
      },
    },
  };
}
