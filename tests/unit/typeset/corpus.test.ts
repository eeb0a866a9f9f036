/** Tests of the committed corpus (tests/fixtures/corpus): no external tool needed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allArticles, articlesFor } from '../../../src/lib/typeset/articles.ts';
import { planDoc } from '../../../src/lib/typeset/build.ts';
import { squash } from '../../../src/lib/typeset/check.ts';
import { compileTypst } from '../../../src/lib/typeset/compile.ts';
import { splitDocs } from '../../../src/lib/typeset/corpus.ts';
import { pdfjsPages } from '../../../src/lib/typeset/extract.ts';
import { goldPage } from '../../../src/lib/typeset/gold.ts';
import type { Adjust } from '../../../src/lib/typeset/plan.ts';
import { docSource } from '../../../src/lib/typeset/typst.ts';
import type { GoldPage } from '../../../src/lib/typeset/types.ts';

const ROOT = 'tests/fixtures/corpus';
const SOURCES = ['pdftotext', 'pdftotext-raw', 'pdftotext-layout', 'pdfminer', 'pdfjs'];
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  seedBase: number;
  docs: { split: 'dev' | 'holdout'; name: string; seed: number; pages: number; adjust: Adjust[] }[];
};

describe('committed corpus', () => {
  it('has ~26 dev and ~14 holdout pages, each with gold and all five extractions', () => {
    for (const [split, n] of [['dev', 26], ['holdout', 14]] as const) {
      const golds = readdirSync(join(ROOT, split, 'gold'));
      expect(golds.length).toBe(n);
      for (const g of golds) for (const s of SOURCES) expect(existsSync(join(ROOT, split, s, g.replace('.json', '.txt'))), `${s}/${g}`).toBe(true);
    }
  });

  it('gold texts appear in the pdf.js text with whitespace removed', () => {
    for (const split of ['dev', 'holdout']) {
      for (const g of readdirSync(join(ROOT, split, 'gold'))) {
        const gold = JSON.parse(readFileSync(join(ROOT, split, 'gold', g), 'utf8')) as GoldPage;
        const text = squash(readFileSync(join(ROOT, split, 'pdfjs', g.replace('.json', '.txt')), 'utf8'));
        for (const a of gold.articles) {
          expect(text, g).toContain(squash(a.title));
          // paragraphs split beside an inset headline are checked by their first 8 characters
          for (const p of a.paragraphs) expect(text, g).toContain(squash(p).slice(0, 8));
        }
        for (const f of gold.furniture) expect(text, g).toContain(squash(f));
      }
    }
  });

  it('gold is reproduced from the plan (seed + recorded corrections)', () => {
    const all = allArticles();
    for (const d of manifest.docs) {
      const spec = splitDocs(d.split, manifest.seedBase).find((s) => s.name === d.name)!;
      const plans = planDoc(spec, articlesFor(d.split, all), d.adjust);
      plans.forEach((p, i) => {
        const committed = JSON.parse(readFileSync(join(ROOT, d.split, 'gold', `${d.name}-p${i + 1}.json`), 'utf8'));
        expect(goldPage(p)).toEqual(committed);
      });
    }
  });

  it('a page compiled with Typst in-process contains its gold paragraphs', async () => {
    const d = manifest.docs[0]!;
    const spec = splitDocs(d.split, manifest.seedBase).find((s) => s.name === d.name)!;
    const plans = planDoc(spec, articlesFor(d.split, allArticles()), d.adjust);
    const { pdf } = compileTypst(docSource(plans).src);
    const [text] = await pdfjsPages(pdf);
    const flat = squash(text!);
    for (const a of goldPage(plans[0]!).articles) for (const p of a.paragraphs) expect(flat).toContain(squash(p).slice(0, 12));
  }, 60_000);
});

describe('fake bold', () => {
  it('draws a centred title\'s second copy over the first, 0.3pt apart, not at the module\'s left edge', async () => {
    const { readPdf } = await import('../../../src/lib/ingest/source/pdf.ts');
    const d = manifest.docs[0]!;
    const spec = splitDocs(d.split, manifest.seedBase).find((s) => s.name === d.name)!;
    const [plan] = planDoc(spec, articlesFor(d.split, allArticles()), d.adjust);
    const module = plan!.modules.find((m) => m.article.kind === 'article' && m.head !== 'vertical')!;
    module.style = { ...module.style, fakeBold: true, titleAlign: 'center' };
    const { pdf } = compileTypst(docSource([plan!]).src);
    const [page] = await readPdf(pdf, 't.pdf');
    const title = squash(module.article.title);
    const copies = page!.runs.filter((r) => squash(r.text) && title.startsWith(squash(r.text)) && squash(r.text).length >= 4);
    expect(copies.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...copies.map((r) => r.x)) - Math.min(...copies.map((r) => r.x))).toBeLessThan(1);
  }, 60_000);
});
