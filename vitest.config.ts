import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects under one `npm test`:
 * - unit: everything that needs no built site (parser, gazetteer, archive layer);
 * - site: tests of the built site. Its globalSetup builds seeds/ → dist/ once (tests/support/build-site.ts),
 *   then every file reads dist/ (HTML validation, link crawl, gold check, axe in Chromium, permalinks).
 */
const SITE_TESTS = ['tests/site/built/**/*.test.ts', 'tests/site/incremental.test.ts', 'tests/site/scale.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  test: {
    // Vitest runs one file at a time on a 2-core machine (cores - 1); most of the suite's time is spent
    // waiting on Chromium, Astro and Typst child processes, so two files at a time use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...SITE_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
