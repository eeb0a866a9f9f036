/**
 * The parser on pages it was not written from: the typeset corpus of
 * tests/fixtures/corpus (Typst PDFs, gold from the layout plan, never from a
 * parse), read as the PDF itself and as the text of five extractors.
 *
 * The floors hold the scores reached so far (README, "Scores per source"):
 * a change that lowers any of them fails. Raise them as the parser improves;
 * issue 8's targets (article F1 ≥ 0.95 for every source, ≥ 0.98 for the PDF)
 * are not reached yet for the text extractors.
 */
import { describe, expect, it } from 'vitest';
import { corpusSources, readGold, scoreSource, type Source } from '../../src/lib/quality/corpus.ts';
import { summarize, type Summary } from '../../src/lib/quality/gold.ts';
import { formatSummaryRow, SUMMARY_HEADER } from '../../src/lib/quality/report.ts';

type Floor = Pick<Summary, 'articleF1' | 'title' | 'authors' | 'zone' | 'issue'>;

const FLOORS: Record<'dev' | 'holdout', Record<Source, Floor>> = {
  dev: {
    pdf: { articleF1: 0.99, title: 0.99, authors: 0.99, zone: 0.99, issue: 1 },
    pdfjs: { articleF1: 0.98, title: 0.98, authors: 0.99, zone: 0.99, issue: 1 },
    pdfminer: { articleF1: 0.19, title: 0.53, authors: 0.51, zone: 0.66, issue: 1 },
    'pdftotext-layout': { articleF1: 0.55, title: 0.61, authors: 0.79, zone: 0.84, issue: 1 },
    'pdftotext-raw': { articleF1: 0.95, title: 0.96, authors: 0.97, zone: 0.99, issue: 1 },
    pdftotext: { articleF1: 0.08, title: 0.27, authors: 0.31, zone: 0.37, issue: 1 },
  },
  holdout: {
    pdf: { articleF1: 0.99, title: 0.99, authors: 0.99, zone: 0.99, issue: 1 },
    pdfjs: { articleF1: 0.95, title: 0.94, authors: 0.99, zone: 0.99, issue: 1 },
    pdfminer: { articleF1: 0.1, title: 0.4, authors: 0.49, zone: 0.62, issue: 1 },
    'pdftotext-layout': { articleF1: 0.61, title: 0.62, authors: 0.87, zone: 0.94, issue: 1 },
    'pdftotext-raw': { articleF1: 0.95, title: 0.94, authors: 0.99, zone: 0.99, issue: 1 },
    pdftotext: { articleF1: 0.09, title: 0.23, authors: 0.35, zone: 0.41, issue: 1 },
  },
};

for (const split of ['dev', 'holdout'] as const) {
  const dir = `tests/fixtures/corpus/${split}`;
  describe(`typeset corpus, ${split} split`, async () => {
    const golds = readGold(dir);
    const rows: string[] = [SUMMARY_HEADER];
    const sources = corpusSources(dir);
    it('holds every source', () => expect(sources).toEqual(['pdftotext', 'pdftotext-raw', 'pdftotext-layout', 'pdfminer', 'pdfjs', 'pdf']));
    for (const source of sources) {
      const scored = await scoreSource(dir, source, golds);
      const s = summarize(scored.map((p) => p.score));
      rows.push(formatSummaryRow(source, s));
      it(`${source}: every page parses and no character is lost`, () => {
        expect(scored.filter((p) => p.error).map((p) => `${p.page}: ${p.error}`)).toEqual([]);
        expect(s.lost).toBe(0);
      });
      it(`${source}: scores stay at or above their floors`, () => {
        const floor = FLOORS[split][source];
        for (const k of Object.keys(floor) as (keyof Floor)[]) expect(s[k], `${source} ${k}`).toBeGreaterThanOrEqual(floor[k]);
      });
    }
    it('reports the scores', () => {
      console.log(`${dir}: ${golds.length} pages\n${rows.join('\n')}`);
      expect(rows.length).toBe(sources.length + 1);
    });
  });
}
