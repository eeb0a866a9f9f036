import { describe, expect, it } from 'vitest';
import { allArticles, articlesFor } from '../../../src/lib/typeset/articles.ts';
import { planDoc } from '../../../src/lib/typeset/build.ts';
import { splitDocs } from '../../../src/lib/typeset/corpus.ts';
import { weekday } from '../../../src/lib/typeset/header.ts';
import { emptyAdjust } from '../../../src/lib/typeset/plan.ts';
import { goldPage } from '../../../src/lib/typeset/gold.ts';
import { docSource } from '../../../src/lib/typeset/typst.ts';
import { charCounts, diffCounts } from '../../../src/lib/typeset/check.ts';
import { goldStrings } from '../../../src/lib/typeset/gold.ts';

const all = allArticles();
const plansOf = (split: 'dev' | 'holdout', base = 0) =>
  splitDocs(split, base).map((spec) => planDoc(spec, articlesFor(split, all), Array.from({ length: spec.pages }, emptyAdjust)));

describe('articles', () => {
  it('has the 32 seed articles and at least 24 new ones of 150-700 characters', () => {
    expect(all.filter((a) => a.origin === 'seed')).toHaveLength(32);
    const fresh = all.filter((a) => a.origin === 'new' && a.kind === 'article');
    expect(fresh.length + all.filter((a) => a.origin === 'new' && a.kind === 'photo-news').length).toBeGreaterThanOrEqual(24);
    for (const a of fresh) {
      const n = a.paragraphs.join('').length;
      expect(n, a.id).toBeGreaterThanOrEqual(150);
      expect(n, a.id).toBeLessThanOrEqual(700);
      expect(a.paragraphs.length, a.id).toBeGreaterThanOrEqual(2);
      expect(a.zones.length, a.id).toBeGreaterThan(0);
    }
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });
});

describe('page plans', () => {
  it('are deterministic by seed', () => {
    const a = JSON.stringify(plansOf('dev'));
    const b = JSON.stringify(plansOf('dev'));
    expect(a).toBe(b);
    expect(JSON.stringify(plansOf('dev', 100))).not.toBe(a);
  });

  it('every page has a header with a correct weekday and 3-6 modules inside the page, not overlapping', () => {
    for (const split of ['dev', 'holdout'] as const) {
      for (const doc of plansOf(split)) {
        for (const p of doc) {
          const h = p.header;
          expect(h.section).toBeTruthy();
          expect(h.dateText.endsWith(weekday(new Date(`${h.date}T00:00:00Z`)))).toBe(true);
          expect(Number(h.date.slice(0, 4))).toBeGreaterThanOrEqual(2019);
          expect(Number(h.date.slice(0, 4))).toBeLessThanOrEqual(2025);
          expect(p.modules.length).toBeGreaterThanOrEqual(3);
          expect(p.modules.length).toBeLessThanOrEqual(6);
          for (const m of p.modules) {
            expect(m.x).toBeGreaterThanOrEqual(p.marginSide - 0.01);
            expect(m.x + m.w).toBeLessThanOrEqual(p.w - p.marginSide + 0.01);
            expect(m.y).toBeGreaterThanOrEqual(p.marginTop + p.headerH - 0.01);
            expect(m.y + m.h).toBeLessThanOrEqual(p.h - p.marginBottom + 0.01);
          }
          for (const [i, a] of p.modules.entries())
            for (const b of p.modules.slice(i + 1)) {
              const apart = a.x + a.w <= b.x + 0.01 || b.x + b.w <= a.x + 0.01 || a.y + a.h <= b.y + 0.01 || b.y + b.h <= a.y + 0.01;
              expect(apart).toBe(true);
            }
        }
      }
    }
  });

  it('print exactly the gold plus the declared extras', () => {
    for (const doc of plansOf('dev')) {
      const { printed } = docSource(doc);
      doc.forEach((p, i) => {
        const g = goldPage(p);
        const d = diffCounts(charCounts(printed[i]!.gold), charCounts(goldStrings(g)));
        expect(d, `${p.doc}-p${p.pageNo}`).toEqual({ more: [], less: [] });
      });
    }
  });

  it('escape Typst-special characters in texts', () => {
    const [doc] = plansOf('dev');
    const p = structuredClone(doc![0]!);
    p.modules[0]!.article = { ...p.modules[0]!.article, title: '标题"引号"\\反斜杠#[x]$y$ *z* <a> @b' };
    const { src } = docSource([p]);
    expect(src).toContain('"标题\\"引号\\"\\\\反斜杠#[x]$y$ *z* <a> @b"');
  });
});
