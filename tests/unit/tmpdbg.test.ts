import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toLines } from '../../src/lib/ingest/lines.ts';
import { joinLinePieces } from '../../src/lib/ingest/pieces.ts';
it('dbg', () => {
  const all = readFileSync('/tmp/c/n127/holdout/pdftotext-raw/holdout-128009-p2.txt', 'utf8').split('\n');
  const ex = all.slice(160, 199).join('\n');
  console.log(JSON.stringify(joinLinePieces(toLines(ex)).map((l) => l.text).slice(-5)));
});
