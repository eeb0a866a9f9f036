import { defineConfig } from 'astro/config';
import { searchIndex } from './src/lib/search/integration.ts';
import { keepDist } from './src/lib/build/keepDist.ts';
import { plainFilesIntegration } from './src/lib/build/plainFilesIntegration.ts';

// Per-article JSON, raw source texts, PDFs and zone feeds: written from the archive, not rendered
// (lib/build/plainFiles.ts); served by the same integration in `astro dev`.
const plainFiles = plainFilesIntegration();

/**
 * Static archive site. Data comes from generated/archive.json (scripts/build-data.ts parses seeds/ first;
 * `npm run build` does both). SITE_URL sets the absolute origin for canonical links, feeds and the sitemap.
 */
export default defineConfig({
  site: process.env.SITE_URL || 'https://yuanqu-archive.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Incremental builds: pages whose getStaticPaths() cacheKey (lib/archive/cacheKeys.ts) and code are unchanged
  // are copied from the cache instead of rendered. ASTRO_CACHE_DIR keeps the caches of several archives apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  experimental: { incrementalBuild: true },
  // Search: Pagefind index of the articles + zone shards, written into dist/ after the build.
  // keepDist (last: it prunes what the others did not write or keep): dist/ is kept between incremental builds.
  integrations: [plainFiles, searchIndex(), keepDist({ kept: plainFiles.kept })],
  // opencc-js's dictionary chunk is big by nature; it loads only when a reader asks for 繁體.
  // assetsInlineLimit 0: no script or stylesheet is inlined into pages. Inlined, the article page's scripts
  // (report form, copy buttons) and styles weighed 4 KB in each of thousands of pages; as files they are
  // fetched once and cached. (`is:inline` scripts, like the 繁 guard in Base.astro's <head>, stay inline.)
  vite: { build: { chunkSizeWarningLimit: 2048, assetsInlineLimit: 0 } },
});
