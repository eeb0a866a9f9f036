/**
 * npm run parse                      parse every page of seeds/ into generated/records/, with a report per page
 * npm run parse -- --json FILE       print the record of a page as JSON on stdout (an array for a file of several pages)
 * npm run parse -- --dir DIR         parse another folder of pages
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFile, readSeeds, type SeedFailure } from '../src/lib/ingest/seeds.ts';
import type { PageRecord } from '../src/lib/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean' }, dir: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'generated/records' } },
});

function fail(message: string): never {
  process.stderr.write(`parse: ${message.split('\n')[0]}\n`);
  process.exit(1);
}

if (values.json) {
  const file = positionals[0];
  if (!file) fail('--json needs a FILE');
  try {
    const records = await parseFile(file);
    process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  } catch (e) {
    // name the file as it was given on the command line
    const base = file.split(/[\\/]/).at(-1)!;
    const message = (e as Error).message;
    fail(message.startsWith(base) ? file + message.slice(base.length) : message);
  }
} else {
  const failures: SeedFailure[] = [];
  const started = performance.now();
  let pages: PageRecord[];
  try {
    pages = await readSeeds(values.dir, (f) => {
      failures.push(f);
      process.stderr.write(`✗ ${f.error.message}\n`);
    });
  } catch (e) {
    fail((e as Error).message);
  }
  mkdirSync(values.out, { recursive: true });
  let articles = 0;
  let warnings = 0;
  for (const p of pages) {
    writeFileSync(join(values.out, `${p.seed.replace(/\.txt$/, '').replace(/[#.]/g, '-')}.json`), `${JSON.stringify(p, null, 2)}\n`);
    articles += p.articles.length;
    warnings += p.warnings.length;
    const zones = [...new Set(p.articles.map((a) => a.zones[0]).filter(Boolean))];
    const date = p.issue.date ?? (p.issue.estimatedDate ? `undated (text mentions ${p.issue.estimatedDate})` : 'undated');
    process.stdout.write(`✓ ${p.seed}  ${p.style}  ${date}  ${p.articles.length} articles  ${p.captions.length} captions  ${p.fragments.length} fragments  zones: ${zones.join('、') || '—'}\n`);
    for (const w of p.warnings) process.stdout.write(`    ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}\n`);
  }
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`${pages.length} pages, ${articles} articles, ${warnings} warnings, ${failures.length} failed, ${secs} s → ${values.out}/\n`);
  if (failures.length) process.exit(1);
}
