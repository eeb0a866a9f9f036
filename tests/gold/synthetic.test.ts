/**
 * Pages the parser has never seen: the seeds' own articles recombined and
 * laid out anew in the three extraction styles (src/lib/synth), parsed,
 * and compared with what the composer put on them.
 */
import { describe, expect, it } from 'vitest';
import { lostCharacters } from '../../src/lib/ingest/coverage.ts';
import { parsePage } from '../../src/lib/ingest/page.ts';
import { readSeeds } from '../../src/lib/ingest/seeds.ts';
import { synthArchive } from '../../src/lib/synth/archive.ts';
import { articleF1, scorePage, type PageScore } from '../../src/lib/synth/score.ts';

describe('synthetic pages in the three styles', async () => {
  const pool = (await readSeeds('seeds')).flatMap((p) => p.articles).filter((a) => a.title && !a.truncated);
  const byStyle = new Map<string, PageScore[]>();
  const lost: string[] = [];
  for (const page of synthArchive(pool, { pages: 90, seed: 2026 })) {
    const rec = parsePage(page.text, { file: page.name });
    byStyle.set(page.style, [...(byStyle.get(page.style) ?? []), scorePage(rec, page.expected)]);
    const l = lostCharacters(page.text, rec);
    if (l) lost.push(`${page.name}: ${l.slice(0, 20)}`);
    if (page.date && rec.issue.date !== page.date) lost.push(`${page.name}: date ${rec.issue.date} ≠ ${page.date}`);
  }
  it('covers all three styles', () => expect([...byStyle.keys()].sort()).toEqual(['paragraph', 'spaced', 'wrapped']));
  for (const style of ['wrapped', 'spaced', 'paragraph']) {
    it(`finds ≥ 95% of the articles of ${style} pages with their headlines`, () => {
      const scores = byStyle.get(style)!;
      expect(articleF1(scores)).toBeGreaterThanOrEqual(0.95);
      const heads = scores.reduce((t, s) => t + s.headlinesRight, 0) / scores.reduce((t, s) => t + s.expected, 0);
      expect(heads).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('loses no character and reads every printed date', () => expect(lost).toEqual([]));
});
