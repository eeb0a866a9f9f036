/**
 * Precision and recall of entity extraction on the seed gold against the hand-written fixture.
 * Usage: npm run score:entities [-- --misses]   (--misses lists every wrong and missed entity)
 */
import { resolve } from 'node:path';
import { formatScore } from '../src/lib/entities/score.ts';
import { scoreSeedEntities } from '../src/lib/entities/seedScore.ts';

const root = resolve(import.meta.dirname, '..');
const result = scoreSeedEntities({
  goldDir: resolve(root, '../shared/gold'),
  fixturePath: resolve(root, 'tests/fixtures/entities/seed-entities.json'),
});
console.log(`${result.articles} seed articles`);
for (const [label, s] of [['organizations', result.organizations], ['people', result.people]] as const) {
  console.log(formatScore(label, s));
  if (process.argv.includes('--misses')) {
    for (const w of s.wrong) console.log(`  wrong   ${w}`);
    for (const m of s.missed) console.log(`  missed  ${m}`);
  }
}
