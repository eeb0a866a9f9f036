/**
 * Generates src/lib/zones/gazetteer.json from the facts table.
 * Usage: npm exec -- tsx scripts/build-gazetteer.ts [path/to/zones-facts.md]
 * The JSON is committed; the app never reads ../shared at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZones, parseFactsTable } from '../src/lib/zones/facts.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const factsPath = resolve(process.argv[2] ?? resolve(root, '../shared/reference/zones-facts.md'));
const outPath = resolve(root, 'src/lib/zones/gazetteer.json');

const rows = parseFactsTable(readFileSync(factsPath, 'utf8'));
if (rows.length === 0) {
  console.error(`no zone rows found in ${factsPath}`);
  process.exit(1);
}
const numbers = rows.map((r) => r.no);
if (new Set(numbers).size !== numbers.length) {
  console.error('duplicate row numbers in the facts table');
  process.exit(1);
}
const { zones, warnings } = buildZones(rows);
for (const w of warnings) console.warn(`warning: ${w}`);
writeFileSync(outPath, `${JSON.stringify(zones, null, 1)}\n`);
console.log(`${zones.length} zones → ${outPath}`);
