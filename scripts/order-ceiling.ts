/**
 * npx tsx scripts/order-ceiling.ts --dir DIR [--dir DIR…] [--source pdfminer]
 *
 * For a typeset corpus split: each page of SOURCE parsed as read, and again
 * with its lines sorted into the pdf.js dump's order (src/lib/quality/ceiling.ts),
 * scored against the gold, per way the source reads the page (lines alone
 * between blank lines, blocks, line after line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/lib/ingest/document.ts';
import { inReferenceOrder, readingOf, type Reading } from '../src/lib/quality/ceiling.ts';
import { readGold } from '../src/lib/quality/corpus.ts';
import { scoreGoldPage, summarize, type PageScore } from '../src/lib/quality/gold.ts';
import { formatSummaryRow, SUMMARY_HEADER } from '../src/lib/quality/report.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true }, source: { type: 'string', default: 'pdfminer' } } });
const source = values.source!;
const scores = new Map<Reading, { read: PageScore[]; ordered: PageScore[] }>();
for (const dir of values.dir ?? ['tests/fixtures/corpus/dev']) {
  const golds = readGold(dir);
  for (const [n, gold] of golds.entries()) {
    process.stderr.write(`\r${dir}: page ${n + 1}/${golds.length}`);
    const text = readFileSync(join(dir, source, gold.seed), 'utf8');
    const ordered = inReferenceOrder(text, readFileSync(join(dir, 'pdfjs', gold.seed), 'utf8'));
    const [asRead] = await parseDocument(Buffer.from(text), { file: gold.seed });
    const [inOrder] = await parseDocument(Buffer.from(ordered), { file: gold.seed });
    const reading = readingOf(text);
    const row = scores.get(reading) ?? { read: [], ordered: [] };
    row.read.push(scoreGoldPage(asRead!, gold, text));
    row.ordered.push(scoreGoldPage(inOrder!, gold, ordered));
    scores.set(reading, row);
  }
}
process.stderr.write('\n');
console.log(`${source}, as read and in the pdf.js dump's line order\n${SUMMARY_HEADER}`);
for (const [reading, { read, ordered }] of scores) {
  console.log(formatSummaryRow(`${reading}, as read`, summarize(read)));
  console.log(formatSummaryRow(`${reading}, ordered`, summarize(ordered)));
}
