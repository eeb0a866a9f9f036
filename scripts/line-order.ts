/**
 * npx tsx scripts/line-order.ts --dir DIR [--dir DIR…] [--source pdfminer] [--pages]
 *
 * For a typeset corpus split: how many lines of SOURCE come right before
 * their true successor, as read and after the ordering stages
 * (`inReadingOrder`), against the gold (src/lib/quality/successors.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toLines } from '../src/lib/ingest/lines.ts';
import { decodePage } from '../src/lib/ingest/read.ts';
import { inReadingOrder } from '../src/lib/ingest/page.ts';
import { dropRepeatedLines } from '../src/lib/ingest/repeats.ts';
import { readGold } from '../src/lib/quality/corpus.ts';
import { countSuccessors, type SuccessorCount } from '../src/lib/quality/successors.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true }, source: { type: 'string', default: 'pdfminer' }, pages: { type: 'boolean' } } });
const share = (c: SuccessorCount) => `${c.right}/${c.total} (${(c.right / Math.max(1, c.total)).toFixed(3)})`;
for (const dir of values.dir ?? ['tests/fixtures/corpus/dev']) {
  const sum = { read: { right: 0, total: 0 }, ordered: { right: 0, total: 0 } };
  for (const gold of readGold(dir)) {
    const texts = gold.articles.map((a) => a.paragraphs.join(''));
    const text = decodePage(readFileSync(join(dir, values.source!, gold.seed)), gold.seed).replace(/\f/g, '\n');
    const { lines } = dropRepeatedLines(toLines(text));
    const read = countSuccessors(lines.map((l) => l.text), texts);
    const ordered = countSuccessors(inReadingOrder(lines).map((l) => l.text), texts);
    for (const [k, c] of [['read', read], ['ordered', ordered]] as const) { sum[k].right += c.right; sum[k].total += c.total; }
    if (values.pages) console.log(`  ${gold.seed}: read ${share(read)}, ordered ${share(ordered)}`);
  }
  console.log(`${dir} ${values.source}: lines before their successor, read ${share(sum.read)}, ordered ${share(sum.ordered)}`);
}
