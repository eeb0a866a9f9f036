/**
 * The data step of a build (Node only, no Astro): parse a seeds folder
 * through the record cache, give every article, issue and zone its permanent
 * id from the registry, write the archive the site renders and, when asked,
 * the registry itself. Shared by `npm run data`/`build` and `npm run add`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PageRecord } from '../types.ts';
import { parseSeedsCached } from '../ingest/batch.ts';
import { zoneByName } from '../zones/gazetteer.ts';
import { buildArchive, type BuildResult } from './build.ts';
import { readLock, writeArchive, writeLock } from './store.ts';

export interface DataOptions {
  seedsDir: string;
  lockPath: string;
  outPath: string;
  /** Records to use instead of parsing the seeds (a JSON array of page records). */
  recordsPath?: string;
  /** Record cache folder; none: parse every page. */
  cacheDir?: string;
  /** Write the registry when it changes. */
  updateLock: boolean;
  log: (line: string) => void;
}

export interface DataResult extends BuildResult {
  pages: PageRecord[];
  /** The registry was written. */
  lockWritten: boolean;
}

export async function buildData(o: DataOptions): Promise<DataResult> {
  const pages: PageRecord[] = o.recordsPath
    ? (JSON.parse(readFileSync(o.recordsPath, 'utf8')) as PageRecord[])
    : await parseSeedsCached(o.seedsDir, {
        cacheDir: o.cacheDir,
        onProgress: (done, total, cached) => {
          // a line every tenth of the way on large archives
          if (total >= 200 && (done === total || done % Math.ceil(total / 10) === 0)) o.log(`parse: ${done}/${total} pages (${cached} from cache)`);
        },
      });
  const result = buildArchive(pages, { lock: readLock(o.lockPath), resolveZone: zoneByName, seedsDir: o.seedsDir });
  writeArchive(result.archive, o.outPath);
  const lockWritten = o.updateLock && (result.report.lockChanged || !existsSync(o.lockPath));
  if (lockWritten) writeLock(result.nextLock, o.lockPath);
  return { ...result, pages, lockWritten };
}
