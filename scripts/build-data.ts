/**
 * Parse seeds/ and write the archive the site renders (generated/archive.json).
 *
 *   tsx scripts/build-data.ts [--seeds DIR] [--lock FILE] [--out FILE] [--records FILE] [--update-lock]
 *                             [--cache DIR | --no-cache] [--memo DIR | --no-memo] [--corrections DIR]
 *
 * Pages are parsed through the ingest's cache (.cache/records, or --cache DIR / ARCHIVE_CACHE): a page is
 * parsed again only when it, its manifest entry or the parser changes.
 *
 * The archive build's per-article work (permalink fingerprints, zone mentions, entities) is cached in
 * .cache/archive (--memo DIR / ARCHIVE_MEMO; by default the folder `archive` next to the record cache),
 * keyed by each article's content and the digest of the code that computes it (lib/archive/memo.ts).
 * --no-cache turns both caches off, --no-memo (or ARCHIVE_MEMO=none) the second alone.
 *
 * Corrections in corrections/ (or --corrections DIR) are applied to the parsed records; one that no longer
 * fits is reported and left out (`npm run corrections:check` lists them).
 *
 * Each phase's wall and CPU time is printed on stderr as it ends (`phase: entities 1234 ms (CPU 1100 ms)`; `npm run bench` reads
 * these lines); the stdout log is unchanged.
 *
 * Env equivalents: ARCHIVE_SEEDS, ARCHIVE_LOCK, ARCHIVE_JSON, ARCHIVE_RECORDS, ARCHIVE_CORRECTIONS, PERMALINKS_UPDATE=1.
 * The permalink registry (permalinks.lock.json) is only written with --update-lock / PERMALINKS_UPDATE=1
 * (`npm run permalinks:update`); otherwise the build reports what it would register, and every
 * registered id that lost its article gets a redirect page either way.
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from '../src/lib/archive/data.ts';
import { DEFAULT_ARCHIVE_JSON, DEFAULT_LOCK } from '../src/lib/archive/store.ts';
import { DEFAULT_CORRECTIONS } from '../src/lib/corrections/files.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    lock: { type: 'string' },
    out: { type: 'string' },
    records: { type: 'string' },
    'update-lock': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    cache: { type: 'string' },
    memo: { type: 'string' },
    'no-memo': { type: 'boolean' },
    quiet: { type: 'boolean' },
    corrections: { type: 'string' },
  },
});

const outPath = resolve(values.out ?? process.env.ARCHIVE_JSON ?? DEFAULT_ARCHIVE_JSON);
const lockPath = resolve(values.lock ?? process.env.ARCHIVE_LOCK ?? DEFAULT_LOCK);
const cacheDir = values['no-cache'] ? undefined : resolve(values.cache ?? process.env.ARCHIVE_CACHE ?? '.cache/records');
const noMemo = values['no-memo'] || process.env.ARCHIVE_MEMO === 'none';
const memoDir = cacheDir && !noMemo ? resolve(values.memo ?? process.env.ARCHIVE_MEMO ?? join(dirname(cacheDir), 'archive')) : undefined;
const log = (s: string) => {
  if (!values.quiet) console.log(s);
};

const t0 = performance.now();
let discoverMs = 0;

const { archive, report, lockWritten } = await buildData({
  seedsDir: resolve(values.seeds ?? process.env.ARCHIVE_SEEDS ?? 'seeds'),
  lockPath,
  outPath,
  recordsPath: values.records ?? process.env.ARCHIVE_RECORDS,
  cacheDir,
  memoDir,
  updateLock: !!values['update-lock'] || /^(1|true|yes)$/i.test(process.env.PERMALINKS_UPDATE ?? ''),
  correctionsDir: resolve(values.corrections ?? process.env.ARCHIVE_CORRECTIONS ?? DEFAULT_CORRECTIONS),
  log,
  warn: (s) => console.warn(s),
  timing: (step, ms, cpuMs) => {
    if (step === 'entities' || step === 'related') discoverMs += ms;
    // progress on stderr, one line per phase as it ends, even with --quiet (the bench reads them)
    process.stderr.write(`phase: ${step} ${Math.round(ms)} ms (CPU ${Math.round(cpuMs)} ms)\n`);
  },
});

log(
  `archive: ${archive.issues.length} pages, ${archive.articles.length} articles, ${archive.zones.length} zones, ` +
    `${archive.entities?.length ?? 0} entities (entities and related articles: ${Math.round(discoverMs)} ms), ` +
    `${archive.redirects.length} redirects → ${outPath} (${Math.round(performance.now() - t0)} ms)`,
);
for (const v of report.vanished) console.warn(`permalinks: /articles/${v.id}/ has no article any more → redirects to ${v.to}`);
for (const k of report.goneIssues) console.warn(`permalinks: issue ${k} is gone → redirect page`);
for (const z of report.goneZones) console.warn(`permalinks: zone ${z} is gone → redirect page`);
for (const e of report.goneEntities) console.warn(`permalinks: entity ${e} has no page any more → redirect page`);
if (report.moved.length) log(`permalinks: ${report.moved.length} registered articles changed and kept their ids`);

if (lockWritten) {
  log(
    `permalinks: wrote ${lockPath} (${report.added.length} new articles, ${report.newIssues.length} new issues, ` +
      `${report.newZones.length} new zones, ${report.newEntities.length} new entities)`,
  );
} else if (report.lockChanged) {
  const n = report.added.length + report.newIssues.length + report.newZones.length + report.newEntities.length;
  if (n === 0) log(`permalinks: registered content changed (same URLs) — \`npm run permalinks:update\` refreshes ${DEFAULT_LOCK}`);
  else log(
    `permalinks: ${n} URLs not registered yet (${report.added.length} articles, ${report.newIssues.length} issues, ${report.newZones.length} zones, ${report.newEntities.length} entities)` +
      ` — run \`npm run permalinks:update\` and commit ${DEFAULT_LOCK} to make them permanent`,
  );
} else log('permalinks: registry up to date');
