import { defineConfig } from 'astro/config';
import { searchIndex } from './src/lib/search/integration.ts';

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
  // Search: Pagefind index of the articles + zone shards, written into dist/ after the build.
  integrations: [searchIndex()],
  // opencc-js's dictionary chunk is big by nature; it loads only when a reader asks for 繁體.
  vite: { build: { chunkSizeWarningLimit: 2048 } },
});
