/**
 * tsx scripts/bench-permalinks.ts [--archive FILE] [--json]
 *
 * Permalink matching on a built archive (generated/archive.json, or ARCHIVE_JSON / --archive): its articles
 * registered from an empty registry, then matched again against that registry (what every later build
 * does), each with its time and the pairs of articles compared. The permalinks test bounds the pairs; the
 * time is only ever printed here. `npm run bench` runs it on its synthetic archive.
 */
import { parseArgs } from 'node:util';
import { resolveArticles } from '../src/lib/archive/permalinks.ts';
import { loadArchive } from '../src/lib/archive/store.ts';
import { candidatesOf, countedResolve } from '../src/lib/bench/permalinks.ts';

const { values } = parseArgs({ options: { archive: { type: 'string' }, json: { type: 'boolean' } } });
const archive = loadArchive(values.archive ?? process.env.ARCHIVE_JSON);
const candidates = candidatesOf(archive.articles);

const t0 = performance.now();
const register = resolveArticles(candidates, {});
const registerMs = performance.now() - t0;
const again = countedResolve(candidates.map((c) => ({ ...c, parserId: `${c.parserId}-again` })), register.next);
const kept = again.resolution.ids.filter((id, i) => id === register.ids[i]).length;

const result = {
  articles: candidates.length,
  registerMs: Math.round(registerMs),
  matchMs: Math.round(again.ms),
  comparisons: again.comparisons,
  comparisonsPerArticle: +(again.comparisons / Math.max(1, candidates.length)).toFixed(2),
  idsKept: kept,
};
if (values.json) console.log(JSON.stringify(result));
else console.log(`permalinks: ${result.articles} articles registered in ${result.registerMs} ms; matched again in ${result.matchMs} ms, ${result.comparisons} pairs compared (${result.comparisonsPerArticle} per article), ${kept} ids kept`);
