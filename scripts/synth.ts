/**
 * npm run synth -- --pages N --out DIR [--seed S]
 * Write a synthetic archive of N raw pages (the seeds' articles recombined and
 * laid out anew in the three extraction styles, dated over 20 years) into DIR,
 * with its issues.json manifest, for benchmarks and manual testing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeeds } from '../src/lib/ingest/seeds.ts';
import { synthArchive } from '../src/lib/synth/archive.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2500' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  process.stderr.write('synth: --out DIR is required\n');
  process.exit(1);
}
const n = Number(values.pages);
mkdirSync(values.out, { recursive: true });
const pool = (await readSeeds('seeds')).flatMap((p) => p.articles).filter((a) => a.title && !a.truncated);
const manifest: Record<string, { page: number }> = {};
let bytes = 0;
let articles = 0;
for (const page of synthArchive(pool, { pages: n, seed: Number(values.seed) })) {
  writeFileSync(join(values.out, page.name), page.text);
  manifest[page.name] = { page: 5 };
  bytes += Buffer.byteLength(page.text);
  articles += page.expected.length;
}
writeFileSync(join(values.out, 'issues.json'), `${JSON.stringify(manifest, null, 1)}\n`);
process.stdout.write(`${n} pages, ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB → ${values.out}\n`);
