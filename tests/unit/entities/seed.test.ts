/**
 * Entity extraction on the 32 seed articles (gold records as input) against the hand-written
 * fixture: issue 10's bar, precision ≥ 0.95 and recall ≥ 0.8 for organisations and for people.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../../src/lib/entities/score.ts';
import { scoreSeedEntities } from '../../../src/lib/entities/seedScore.ts';
import { GOLD_DIR } from '../../support/fixtures.ts';

const fixturePath = resolve(import.meta.dirname, '../../fixtures/entities/seed-entities.json');

describe.runIf(existsSync(GOLD_DIR))('entities of the seed gold', () => {
  const result = scoreSeedEntities({ goldDir: GOLD_DIR, fixturePath });

  it('covers the 32 seed articles', () => {
    expect(result.articles).toBe(32);
    expect(result.organizations.expected).toBe(65);
    expect(result.people.expected).toBe(55);
  });

  for (const kind of ['organizations', 'people'] as const) {
    it(`${kind}: precision ≥ 0.95, recall ≥ 0.8`, () => {
      const s = result[kind];
      console.log(formatScore(kind, s));
      for (const w of s.wrong) console.log(`  wrong  ${w}`);
      for (const m of s.missed) console.log(`  missed ${m}`);
      expect(s.precision).toBeGreaterThanOrEqual(0.95);
      expect(s.recall).toBeGreaterThanOrEqual(0.8);
    });
  }
});
