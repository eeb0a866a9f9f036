/**
 * npm run synth -- --pages N --out DIR [--seed S] [--years 2006-2025]
 * Write a synthetic archive of N raw pages (the seeds' articles recombined and
 * laid out anew in the three extraction styles, dated over the years given, 20 by default) into DIR,
 * with its issues.json manifest, for benchmarks and manual testing.
 */
import { parseArgs } from 'node:util';
import { writeSynthSeeds } from '../src/lib/synth/write.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2500' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, years: { type: 'string' } } });
if (!values.out) {
  process.stderr.write('synth: --out DIR is required\n');
  process.exit(1);
}
const years = values.years?.split('-').map(Number) as [number, number] | undefined;
const n = Number(values.pages);
const { articles, bytes } = await writeSynthSeeds(values.out, { pages: n, seed: Number(values.seed), years });
process.stdout.write(`${n} pages, ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB → ${values.out}\n`);
