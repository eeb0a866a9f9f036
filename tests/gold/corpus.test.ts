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
    pdf: { articleF1: 1, title: 1, authors: 1, zone: 1, issue: 1 },
    pdfjs: { articleF1: 1, title: 1, authors: 1, zone: 1, issue: 1 },
    pdfminer: { articleF1: 0.24, title: 0.59, authors: 0.57, zone: 0.66, issue: 1 },
    'pdftotext-layout': { articleF1: 0.73, title: 0.72, authors: 0.84, zone: 0.9, issue: 1 },
    'pdftotext-raw': { articleF1: 0.97, title: 1, authors: 0.99, zone: 1, issue: 1 },
    pdftotext: { articleF1: 0.13, title: 0.37, authors: 0.37, zone: 0.48, issue: 1 },
  },
  holdout: {
    pdf: { articleF1: 1, title: 1, authors: 1, zone: 1, issue: 1 },
    pdfjs: { articleF1: 1, title: 0.98, authors: 1, zone: 1, issue: 1 },
    pdfminer: { articleF1: 0.13, title: 0.6, authors: 0.55, zone: 0.68, issue: 1 },
    'pdftotext-layout': { articleF1: 0.79, title: 0.78, authors: 0.9, zone: 0.93, issue: 1 },
    'pdftotext-raw': { articleF1: 1, title: 0.98, authors: 1, zone: 1, issue: 1 },
    pdftotext: { articleF1: 0.14, title: 0.32, authors: 0.42, zone: 0.49, issue: 1 },
  },
};

/**
 * The same generator with every seed shifted by 3000 (`make-corpus --seed 3000`): other page sizes, grids and
 * article mixes. Measured first after the parser was tuned on the corpus above (PDF 0.961 / 0.949, pdf.js
 * 0.932 / 0.845, -raw 0.886 / 0.786, issue facts wrong on 2 pages, 2 characters lost) and fixed where the rules
 * were wrong in general; held here so that those fixes stay.
 */
const FLOORS_3000: Record<'dev' | 'holdout', Record<Source, Floor>> = {
  dev: {
    pdf: { articleF1: 1, title: 1, authors: 1, zone: 1, issue: 1 },
    pdfjs: { articleF1: 1, title: 0.99, authors: 1, zone: 0.98, issue: 1 },
    pdfminer: { articleF1: 0.18, title: 0.59, authors: 0.5, zone: 0.66, issue: 1 },
    'pdftotext-layout': { articleF1: 0.71, title: 0.77, authors: 0.84, zone: 0.92, issue: 1 },
    'pdftotext-raw': { articleF1: 0.99, title: 0.97, authors: 0.98, zone: 0.98, issue: 1 },
    pdftotext: { articleF1: 0.1, title: 0.26, authors: 0.31, zone: 0.37, issue: 1 },
  },
  holdout: {
    pdf: { articleF1: 1, title: 1, authors: 1, zone: 1, issue: 1 },
    pdfjs: { articleF1: 0.94, title: 1, authors: 0.97, zone: 1, issue: 1 },
    pdfminer: { articleF1: 0.22, title: 0.61, authors: 0.59, zone: 0.76, issue: 1 },
    'pdftotext-layout': { articleF1: 0.77, title: 0.72, authors: 0.94, zone: 0.94, issue: 1 },
    'pdftotext-raw': { articleF1: 0.91, title: 0.95, authors: 0.95, zone: 0.98, issue: 1 },
    pdftotext: { articleF1: 0.17, title: 0.36, authors: 0.47, zone: 0.51, issue: 1 },
  },
};

/**
 * Seeds shifted by 21000 and newspaper leading (`make-corpus --seed 21000 --leading 0.15,0.2,0.25,0.3,0.35,0.4`;
 * the corpora above set 0.45–0.6 em between lines). At this leading pdftotext and pdfminer read columns as
 * blocks rather than row by row, and every source scores lower than on the looser pages. Measured first in
 * session 8 (pdftotext 0.264 / 0.295, pdfminer 0.444 / 0.623, PDF 0.971 / 0.957) and held at the scores
 * reached (session 9: PDF 0.983 / 1.000; session 11: pdf.js 0.955 / 0.921).
 */
const FLOORS_TIGHT: Record<'dev' | 'holdout', Record<Source, Floor>> = {
  dev: {
    pdf: { articleF1: 0.98, title: 0.99, authors: 0.98, zone: 0.99, issue: 1 },
    pdfjs: { articleF1: 0.97, title: 0.96, authors: 0.98, zone: 1, issue: 1 },
    pdfminer: { articleF1: 0.63, title: 0.81, authors: 0.87, zone: 0.91, issue: 1 },
    'pdftotext-layout': { articleF1: 0.66, title: 0.66, authors: 0.87, zone: 0.92, issue: 1 },
    'pdftotext-raw': { articleF1: 0.94, title: 0.95, authors: 0.98, zone: 1, issue: 1 },
    pdftotext: { articleF1: 0.33, title: 0.5, authors: 0.56, zone: 0.69, issue: 1 },
  },
  holdout: {
    pdf: { articleF1: 1, title: 1, authors: 1, zone: 1, issue: 1 },
    pdfjs: { articleF1: 0.93, title: 0.98, authors: 0.98, zone: 1, issue: 1 },
    pdfminer: { articleF1: 0.77, title: 0.95, authors: 0.96, zone: 0.98, issue: 1 },
    'pdftotext-layout': { articleF1: 0.69, title: 0.78, authors: 0.94, zone: 0.91, issue: 1 },
    'pdftotext-raw': { articleF1: 0.94, title: 0.97, authors: 0.97, zone: 1, issue: 1 },
    pdftotext: { articleF1: 0.4, title: 0.59, authors: 0.7, zone: 0.81, issue: 1 },
  },
};

const CORPORA = [
  { root: 'tests/fixtures/corpus', floors: FLOORS },
  { root: 'tests/fixtures/corpus-3000', floors: FLOORS_3000 },
  { root: 'tests/fixtures/corpus-tight', floors: FLOORS_TIGHT },
];

for (const { root, floors } of CORPORA) for (const split of ['dev', 'holdout'] as const) {
  const dir = `${root}/${split}`;
  describe(`typeset corpus ${root}, ${split} split`, async () => {
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
        const floor = floors[split][source];
        // (a score is a ratio of counts: 0.4 may come out as 0.39999999999999997)
        for (const k of Object.keys(floor) as (keyof Floor)[]) expect(s[k], `${source} ${k}`).toBeGreaterThanOrEqual(floor[k] - 1e-9);
      });
    }
    it('reports the scores', () => {
      console.log(`${dir}: ${golds.length} pages\n${rows.join('\n')}`);
      expect(rows.length).toBe(sources.length + 1);
    });
  });
}
