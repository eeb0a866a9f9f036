/**
 * npm run add -- FILE... [--date YYYY-MM-DD] [--page N] [--seeds DIR] [--lock FILE]
 *
 * Adds new pages (extracted text or PDF) to seeds/: checks and parses every
 * file first (nothing changes if one cannot be added), copies them in, records
 * --date/--page in issues.json where a page does not print them, registers the
 * permanent links of their articles, prints a report per page and says what
 * to commit.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from '../src/lib/archive/data.ts';
import { DEFAULT_ARCHIVE_JSON, DEFAULT_LOCK } from '../src/lib/archive/store.ts';
import { applyAdd, planAdd } from '../src/lib/ingest/add.ts';
import { MANIFEST_FILE } from '../src/lib/ingest/seeds.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    page: { type: 'string' },
    seeds: { type: 'string', default: 'seeds' },
    lock: { type: 'string', default: DEFAULT_LOCK },
    out: { type: 'string', default: DEFAULT_ARCHIVE_JSON },
  },
});

function fail(message: string): never {
  process.stderr.write(`add: ${message}\nNothing was changed.\n`);
  process.exit(1);
}

const seedsDir = resolve(values.seeds);
const page = values.page === undefined ? undefined : Number(values.page);
if (values.page !== undefined && !/^\d+$/.test(values.page)) fail(`--page ${values.page} is not a page number (expected 1, 2, …)`);

let plan;
try {
  plan = await planAdd(positionals, seedsDir, { date: values.date, page });
} catch (e) {
  fail((e as Error).message);
}
applyAdd(plan, seedsDir);

const added = new Set(plan.map((p) => p.name));
const { pages, archive, report, lockWritten } = await buildData({
  seedsDir,
  lockPath: resolve(values.lock),
  outPath: resolve(values.out),
  cacheDir: resolve('.cache/records'),
  updateLock: true,
  log: (s) => console.log(s),
});

for (const p of plan) for (const c of p.conflicts) console.log(`! ${p.name} ${c}`);
for (const record of pages.filter((r) => added.has(r.seed.replace(/#\d+$/, '')))) {
  const issue = archive.issues.find((i) => i.seed === record.seed);
  const date = record.issue.date ?? 'undated';
  console.log(`✓ ${record.seed}  ${date}  page ${record.issue.page ?? '?'}  ${record.articles.length} articles  ${record.captions.length} captions  ${record.fragments.length} fragments`);
  for (const a of archive.articles.filter((x) => x.issueKey === issue?.key)) {
    console.log(`    ${a.url}  ${a.displayTitle}${a.zones.length ? `  [${a.zones.map((z) => z.name).join('、')}]` : ''}`);
  }
  for (const w of record.warnings) console.log(`    ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}`);
  for (const f of record.fragments) console.log(`    fragment: ${f}`);
}
console.log(`permalinks: ${report.added.length} new articles registered${lockWritten ? ` in ${relative('.', resolve(values.lock))}` : ''}`);
const files = [...plan.map((p) => relative('.', resolve(seedsDir, p.name))), ...(plan.some((p) => p.entry) ? [relative('.', resolve(seedsDir, MANIFEST_FILE))] : []), ...(lockWritten ? [relative('.', resolve(values.lock))] : [])];
console.log(`Commit: git add ${files.join(' ')} && git commit -m "Add ${plan.map((p) => p.name).join(', ')}"`);
