/**
 * Score a parsed page against what its composer expects, with the same
 * measures as the gold scorer: articles paired by body similarity (≥ 0.98
 * counts), headline equality (kicker + title + subtitle), authors, primary zone.
 */
import type { PageRecord } from '../types.ts';
import type { ExpectedArticle } from './pages.ts';

const norm = (s: string) => s.normalize('NFKC').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');

/** 2·LCS / (|a| + |b|), the similarity difflib reports for these texts. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const x = [...a];
  const y = [...b];
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return (2 * prev[y.length]!) / (x.length + y.length);
}

export interface PageScore {
  expected: number;
  predicted: number;
  /** Expected articles found with a body ≥ 98 % alike. */
  matched: number;
  headlinesRight: number;
  authorsRight: number;
  zonesRight: number;
  /** Expected headlines not found, for reports. */
  missed: string[];
}

export function scorePage(rec: PageRecord, expected: ExpectedArticle[]): PageScore {
  const bodies = rec.articles.map((a) => norm(a.paragraphs.join('')));
  const used = new Set<number>();
  const score: PageScore = { expected: expected.length, predicted: rec.articles.length, matched: 0, headlinesRight: 0, authorsRight: 0, zonesRight: 0, missed: [] };
  for (const e of expected) {
    const want = norm(e.paragraphs.join(''));
    let best = -1;
    let bestSim = 0;
    bodies.forEach((b, i) => {
      if (used.has(i)) return;
      // cheap pre-check: most bodies share neither their start nor their end
      if (b.slice(0, 8) !== want.slice(0, 8) && b.slice(-8) !== want.slice(-8)) return;
      const s = similarity(b, want);
      if (s > bestSim) [best, bestSim] = [i, s];
    });
    if (best < 0 || bestSim < 0.98) {
      score.missed.push(e.headline || want.slice(0, 16));
      continue;
    }
    used.add(best);
    score.matched++;
    const a = rec.articles[best]!;
    if (norm([a.kicker, a.title, a.subtitle].filter(Boolean).join('')) === norm(e.headline)) score.headlinesRight++;
    else score.missed.push(`headline: ${e.headline} ≠ ${[a.kicker, a.title, a.subtitle].filter(Boolean).join('|')}`);
    if ([...a.authors].sort().join() === [...e.authors].sort().join()) score.authorsRight++;
    const z = a.zones[0] ?? null;
    if (e.zone === null ? z === null : z !== null && (z.includes(e.zone) || e.zone.includes(z))) score.zonesRight++;
  }
  return score;
}

/** Article F1 over a set of page scores. */
export function articleF1(scores: PageScore[]): number {
  const m = scores.reduce((t, s) => t + s.matched, 0);
  const p = m / Math.max(1, scores.reduce((t, s) => t + s.predicted, 0));
  const r = m / Math.max(1, scores.reduce((t, s) => t + s.expected, 0));
  return p + r ? (2 * p * r) / (p + r) : 0;
}
