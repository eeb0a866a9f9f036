/**
 * npm run bench:parse [-- --pages N] [--json]
 * 1. Quality and speed per source on the typeset corpora (tests/fixtures/corpus,
 *    corpus-3000 and corpus-tight, dev and holdout): the PDF read directly and
 *    the text of five extractors, scored against the layout gold.
 * 2. Parse throughput on a synthetic archive: the seeds' articles recombined into
 *    N pages in the three extraction styles (generation is not timed). Prints
 *    MB/s, pages/s, peak RSS, and the parse quality on those pages.
 */
import { parseArgs } from 'node:util';
import { lostCharacters } from '../src/lib/ingest/coverage.ts';
import { parsePage } from '../src/lib/ingest/page.ts';
import { readSeeds } from '../src/lib/ingest/seeds.ts';
import { synthArchive } from '../src/lib/synth/archive.ts';
import { articleF1, scorePage, type PageScore } from '../src/lib/synth/score.ts';
import { corpusSources, readGold, scoreSource } from '../src/lib/quality/corpus.ts';
import { summarize, type Summary } from '../src/lib/quality/gold.ts';
import { formatSummaryRow, SUMMARY_HEADER } from '../src/lib/quality/report.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' }, json: { type: 'boolean' }, seed: { type: 'string', default: '1' } } });
const n = Number(values.pages);
const log = (s: string) => { if (!values.json) process.stdout.write(s); };

const corpus: Record<string, Record<string, Summary & { msPerPage: number }>> = {};
for (const root of ['corpus', 'corpus-3000', 'corpus-tight']) for (const split of ['dev', 'holdout']) {
  const dir = `tests/fixtures/${root}/${split}`;
  const golds = readGold(dir);
  const key = root === 'corpus' ? split : `${root}/${split}`;
  log(`typeset ${root}, ${split}: ${golds.length} pages\n${SUMMARY_HEADER}   ms/page\n`);
  corpus[key] = {};
  for (const source of corpusSources(dir)) {
    const t0 = performance.now();
    const summary = summarize((await scoreSource(dir, source, golds)).map((p) => p.score));
    const msPerPage = (performance.now() - t0) / golds.length;
    corpus[key]![source] = { ...summary, msPerPage: +msPerPage.toFixed(1) };
    log(`${formatSummaryRow(source, summary)}   ${msPerPage.toFixed(1).padStart(7)}\n`);
  }
}

const pool = (await readSeeds('seeds')).flatMap((p) => p.articles).filter((a) => a.title && !a.truncated);
log(`generating ${n} pages from ${pool.length} seed articles…\n`);
const pages = [...synthArchive(pool, { pages: n, seed: Number(values.seed) })];
const bytes = pages.reduce((t, p) => t + Buffer.byteLength(p.text), 0);
const styles = pages.reduce<Record<string, number>>((m, p) => ({ ...m, [p.style]: (m[p.style] ?? 0) + 1 }), {});

const records = new Array(pages.length);
const started = performance.now();
let step = Math.max(1, Math.floor(n / 10));
for (let i = 0; i < pages.length; i++) {
  records[i] = parsePage(pages[i]!.text, { file: pages[i]!.name });
  if ((i + 1) % step === 0) log(`  parsed ${i + 1}/${n}\r`);
}
const secs = (performance.now() - started) / 1000;
log('\n');

const scores: PageScore[] = pages.map((p, i) => scorePage(records[i], p.expected));
const lost = pages.reduce((t, p, i) => t + lostCharacters(p.text, records[i]).length, 0);
const articles = records.reduce((t, r) => t + r.articles.length, 0);
const result = {
  pages: n,
  styles,
  articles,
  megabytes: +(bytes / 1e6).toFixed(2),
  seconds: +secs.toFixed(2),
  mbPerSecond: +(bytes / 1e6 / secs).toFixed(2),
  pagesPerSecond: Math.round(n / secs),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  articleF1: +articleF1(scores).toFixed(4),
  lostCharacters: lost,
  corpus,
};
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  log(`${n} pages (${Object.entries(styles).map(([k, v]) => `${v} ${k}`).join(', ')}), ${(bytes / 1e6).toFixed(1)} MB, ${articles} articles\n`);
  log(`parse: ${secs.toFixed(2)} s  ${result.mbPerSecond} MB/s  ${result.pagesPerSecond} pages/s  peak RSS ${result.peakRssMb} MB\n`);
  log(`quality on these unseen layouts: article F1 ${result.articleF1}, characters lost ${lost}\n`);
}
