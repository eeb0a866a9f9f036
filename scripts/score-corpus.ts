/**
 * npm run score:corpus [-- --dir tests/fixtures/corpus/dev] [--source S] [--pages]
 *
 * Parses every page of a typeset corpus in each source it holds (the PDF, and
 * the text of each extractor) and prints the scores against the corpus gold.
 */
import { parseArgs } from 'node:util';
import { summarize } from '../src/lib/quality/gold.ts';
import { corpusSources, readGold, scoreSource, type Source } from '../src/lib/quality/corpus.ts';
import { formatSummaryRow, SUMMARY_HEADER } from '../src/lib/quality/report.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'tests/fixtures/corpus/dev' }, source: { type: 'string', multiple: true }, pages: { type: 'boolean' } } });
const golds = readGold(values.dir);
const sources = (values.source as Source[] | undefined) ?? corpusSources(values.dir);
console.log(`${values.dir}: ${golds.length} pages, ${golds.reduce((t, g) => t + g.articles.length, 0)} articles`);
console.log(SUMMARY_HEADER);
for (const source of sources) {
  const scored = await scoreSource(values.dir, source, golds);
  console.log(formatSummaryRow(source, summarize(scored.map((s) => s.score))));
  if (!values.pages) continue;
  for (const s of scored) {
    const bad = s.score.missed.length || s.score.lost || s.score.issueRight === false || s.error;
    if (!bad) continue;
    console.log(`   ${s.page}: ${s.score.matched}/${s.score.gold} matched, ${s.score.predicted} predicted, lost ${s.score.lost}${s.score.issueRight === false ? ', issue wrong' : ''}${s.error ? `, error: ${s.error}` : ''}`);
    for (const m of s.score.missed) console.log(`      ${m.slice(0, 140)}`);
  }
}
