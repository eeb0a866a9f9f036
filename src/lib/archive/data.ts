/**
 * The data step of a build (Node only, no Astro): parse a seeds folder
 * through the record cache, give every article, issue and zone its permanent
 * id from the registry, write the archive the site renders and, when asked,
 * the registry itself. Corrections (corrections/) are applied to the parsed
 * records before the archive is made of them. Shared by `npm run data`/`build`,
 * `npm run add` and `npm run corrections:check`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PageRecord } from '../types.ts';
import { parseSeedsCached } from '../ingest/batch.ts';
import { zoneByName } from '../zones/gazetteer.ts';
import { applyCorrections, type Placement, type Stale } from '../corrections/apply.ts';
import { readCorrections } from '../corrections/files.ts';
import { buildArchive, type BuildResult } from './build.ts';
import { readLock, writeArchive, writeLock } from './store.ts';
import { DiskMemo } from './memo.ts';
import { stopwatch, type Timing } from './stopwatch.ts';

export interface DataOptions {
  seedsDir: string;
  lockPath: string;
  outPath: string;
  /** Records to use instead of parsing the seeds (a JSON array of page records). */
  recordsPath?: string;
  /** Record cache folder; none: parse every page. */
  cacheDir?: string;
  /**
   * Folder of the per-article caches of the archive build (lib/archive/memo.ts: fingerprints, zone mentions,
   * entities, keyed by content and code); none: computed for every article.
   */
  memoDir?: string;
  /** Write the registry when it changes. */
  updateLock: boolean;
  /** Folder of corrections to apply after parsing (none: no corrections). */
  correctionsDir?: string;
  log: (line: string) => void;
  /** Where stale corrections are reported (default: log). */
  warn?: (line: string) => void;
  /**
   * Told how long each phase of the data step took, wall and CPU ms, as it ends: `parse`, then the archive build's
   * (lib/archive/build.ts: `permalinks`, `mentions`, `entities`, `related`, and `archive` for the rest of
   * it), `writing`. With corrections the archive is built twice: each phase is told once per build.
   */
  timing?: Timing;
}

export interface DataResult extends BuildResult {
  /** The pages as parsed and corrected. */
  pages: PageRecord[];
  /** Corrections that no longer fit what the parse gives, not applied. */
  stale: Stale[];
  /** The registry was written. */
  lockWritten: boolean;
}

export async function buildData(o: DataOptions): Promise<DataResult> {
  let sw = stopwatch();
  const pages: PageRecord[] = o.recordsPath
    ? (JSON.parse(readFileSync(o.recordsPath, 'utf8')) as PageRecord[])
    : await parseSeedsCached(o.seedsDir, {
        cacheDir: o.cacheDir,
        onProgress: (done, total, cached) => {
          // a line every tenth of the way on large archives
          if (total >= 200 && (done === total || done % Math.ceil(total / 10) === 0)) o.log(`parse: ${done}/${total} pages (${cached} from cache)`);
        },
      });
  o.timing?.('parse', sw.wall(), sw.cpu());
  const memo = o.memoDir ? new DiskMemo(o.memoDir) : undefined;
  const corrections = o.correctionsDir ? readCorrections(o.correctionsDir) : [];
  // Entities and related articles are computed by the build whose archive is kept only.
  const build = (p: PageRecord[], discover: boolean) => {
    const whole = stopwatch();
    let named = 0;
    let namedCpu = 0;
    const r = buildArchive(p, {
      lock: readLock(o.lockPath),
      resolveZone: zoneByName,
      seedsDir: o.seedsDir,
      discover,
      memo,
      timing: (step, ms, cpuMs) => {
        named += ms;
        namedCpu += cpuMs;
        o.timing?.(step, ms, cpuMs);
      },
    });
    o.timing?.('archive', whole.wall() - named, whole.cpu() - namedCpu);
    return r;
  };
  let result = build(pages, corrections.length === 0);
  let corrected = { pages, stale: [] as Stale[], applied: 0 };
  if (corrections.length) {
    // corrections name articles by permanent id: the first build tells where the parse put each
    const place: Placement = new Map(result.archive.articles.map((a) => [a.id, { seed: a.seed, parserId: a.parserId }]));
    corrected = applyCorrections(pages, place, corrections);
    result = build(corrected.pages, true);
    o.log(`corrections: ${corrected.applied} changes from ${corrections.length} files applied, ${corrected.stale.length} stale`);
    for (const s of corrected.stale) (o.warn ?? o.log)(`corrections: ${s.file}: ${s.target}: not applied — ${s.reason}`);
  }
  sw = stopwatch();
  writeArchive(result.archive, o.outPath);
  memo?.save();
  o.timing?.('writing', sw.wall(), sw.cpu());
  if (memo) o.log(`memo: ${Object.entries(memo.stats()).map(([k, s]) => `${k} ${s.hits} cached, ${s.misses} computed`).join('; ')}`);
  const lockWritten = o.updateLock && (result.report.lockChanged || !existsSync(o.lockPath));
  if (lockWritten) writeLock(result.nextLock, o.lockPath);
  return { ...result, pages: corrected.pages, stale: corrected.stale, lockWritten };
}
