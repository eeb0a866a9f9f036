/**
 * Vitest globalSetup of the "site" project: build the whole site once (exactly what `npm run build`
 * does: parse seeds/ into generated/archive.json, then Astro into dist/), so every site test reads the
 * same real output. SKIP_SITE_BUILD=1 reuses an existing dist/ (for quick re-runs).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, DIST, ARCHIVE_JSON, ROOT } from './site';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(join(DIST, 'index.html')) && existsSync(ARCHIVE_JSON)) return;
  const t0 = performance.now();
  buildSite({ json: ARCHIVE_JSON, outDir: DIST, lock: join(ROOT, 'permalinks.lock.json') });
  console.log(`site built into ${DIST} in ${Math.round(performance.now() - t0)} ms`);
}
