import { defineConfig } from 'astro/config';

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
  // opencc-js's dictionary chunk is big by nature; it loads only when a reader asks for 繁體.
  vite: { build: { chunkSizeWarningLimit: 2048 } },
});
