/**
 * Regression against the hand-checked gold records of the five real pages
 * (../shared/gold): the same measures as ../shared/tools/score-gold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lostCharacters } from '../../src/lib/ingest/coverage.ts';
import { parseFile } from '../../src/lib/ingest/seeds.ts';
import { similarity } from '../../src/lib/synth/score.ts';
import type { PageRecord } from '../../src/lib/types.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const GOLD = join(SHARED, 'gold');

interface GoldArticle { title: string; kicker: string | null; subtitle: string | null; authors: string[]; zones: string[]; paragraphs: string[]; subheads: string[] }
interface Gold { seed: string; issue: { date: string | null; page: number | null }; articles: GoldArticle[] }

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');
const headline = (a: { kicker: string | null; title: string; subtitle: string | null }) => norm([a.kicker, a.title, a.subtitle].join(''));

const golds: Gold[] = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')));

function pair(rec: PageRecord, gold: Gold) {
  const used = new Set<number>();
  return gold.articles.map((g) => {
    const want = norm(g.paragraphs.join(''));
    let best = -1;
    let sim = 0;
    rec.articles.forEach((a, i) => {
      if (used.has(i)) return;
      const s = similarity(norm(a.paragraphs.join('')), want);
      if (s > sim) [best, sim] = [i, s];
    });
    if (sim >= 0.98) used.add(best);
    return { gold: g, pred: sim >= 0.98 ? rec.articles[best]! : null };
  });
}

describe('parser against the gold pages', () => {
  it('has the gold fixtures', () => expect(golds.length).toBe(5));
  const all: ReturnType<typeof pair> = [];
  for (const gold of golds) {
    describe(gold.seed, async () => {
      const raw = readFileSync(join('seeds', gold.seed), 'utf8');
      const [rec] = await parseFile(join('seeds', gold.seed));
      if (!rec) throw new Error(`${gold.seed}: no page`);
      const pairs = pair(rec, gold);
      all.push(...pairs);
      it('finds every article and no other (article F1 = 1)', () => {
        expect(pairs.filter((p) => !p.pred).map((p) => p.gold.title)).toEqual([]);
        expect(rec.articles.length).toBe(gold.articles.length);
      });
      it('names every zone of every article first as the gold does', () => {
        for (const { gold: g, pred } of pairs) {
          if (!pred || !g.zones.length) continue;
          const [gz, pz] = [norm(g.zones[0]), norm(pred.zones[0])];
          expect(gz.includes(pz) && pz.length > 0 || pz.includes(gz), `${g.title}: ${pred.zones[0]} vs ${g.zones[0]}`).toBe(true);
        }
      });
      it('loses no character of the raw page', () => expect(lostCharacters(raw, rec)).toBe(''));
      it('reads the issue date only where it is printed', () => {
        expect(rec.issue.date).toBe(gold.issue.date);
        if (gold.issue.date) expect(rec.issue.page).toBe(gold.issue.page);
      });
    });
  }
  it('gets ≥ 97% of headlines and ≥ 95% of authors right over all pages', () => {
    const scored = all.filter((p) => norm(p.gold.title) || norm(p.gold.kicker));
    const titles = scored.filter((p) => p.pred && (norm(p.pred.title) === norm(p.gold.title) || headline(p.pred) === headline(p.gold))).length;
    expect(titles / scored.length).toBeGreaterThanOrEqual(0.97);
    const authors = all.filter((p) => p.pred && [...p.pred.authors].map(norm).sort().join() === [...p.gold.authors].map(norm).sort().join()).length;
    expect(authors / all.length).toBeGreaterThanOrEqual(0.95);
  });
  it('keeps bodies ≥ 99.5% alike and subheads as printed', () => {
    const sims = all.map((p) => (p.pred ? similarity(norm(p.pred.paragraphs.join('')), norm(p.gold.paragraphs.join(''))) : 0));
    expect(sims.reduce((t, s) => t + s, 0) / sims.length).toBeGreaterThanOrEqual(0.995);
    const subheads = all.filter((p) => p.pred && p.pred.subheads.map(norm).join('|') === p.gold.subheads.map(norm).join('|')).length;
    expect(subheads / all.length).toBeGreaterThanOrEqual(0.95);
  });
});
