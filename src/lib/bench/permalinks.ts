/**
 * The work permalink matching does, counted from outside the matcher: how many registered ↔ candidate
 * pairs `resolveArticles` compares (src/lib/archive/permalinks.ts). Used by the permalinks test (an
 * assertion on work done, never on time) and by `npm run bench` (which prints the time next to it).
 *
 * Every comparison is `overlap(registered fingerprint, candidate fingerprint)`, and `overlap` reads its
 * first argument's sampling modulus `m` exactly once; so the registered fingerprints are handed in
 * behind a Proxy that counts reads of `m`. Each registered article that finds its candidate has been
 * compared at least once, which gives the count a floor callers can check (a changed matcher that no
 * longer reads `m` there shows up as too few comparisons, not as a silently passing test).
 */
import { bodyBlocks } from '../archive/build.ts';
import type { ArchiveArticle } from '../archive/model.ts';
import { resolveArticles, type ArticleResolution, type Candidate, type Fingerprint, type RegisteredArticle } from '../archive/permalinks.ts';

export interface MatchingWork {
  resolution: ArticleResolution;
  /** Registered ↔ candidate pairs compared (calls of overlap()). */
  comparisons: number;
  ms: number;
}

export function countedResolve(candidates: Candidate[], registered: Record<string, RegisteredArticle>): MatchingWork {
  let comparisons = 0;
  const original = new Map<Fingerprint, Fingerprint>();
  const counting = (fp: Fingerprint): Fingerprint => {
    const p = new Proxy(fp, {
      get(target, key, receiver) {
        if (key === 'm') comparisons++;
        return Reflect.get(target, key, receiver);
      },
    });
    original.set(p, fp);
    return p;
  };
  const wrapped: Record<string, RegisteredArticle> = {};
  for (const [id, r] of Object.entries(registered)) wrapped[id] = { ...r, fp: counting(r.fp) };
  const t0 = performance.now();
  const resolution = resolveArticles(candidates, wrapped);
  const ms = performance.now() - t0;
  const counted = comparisons;
  // the registry handed back holds the caller's own fingerprints, not the counting proxies
  for (const r of Object.values(resolution.next)) r.fp = original.get(r.fp) ?? r.fp;
  return { resolution, comparisons: counted, ms };
}

/** The candidates the build hands the matcher (src/lib/archive/build.ts), made again from a built archive. */
export function candidatesOf(articles: ArchiveArticle[]): Candidate[] {
  return articles.map((x) => {
    const a = x.record;
    const text = [a.kicker, a.title, a.subtitle, ...bodyBlocks(a).map((b) => b.text), ...x.captions].filter(Boolean).join('\n');
    return { parserId: x.parserId, seed: x.seed, title: x.displayTitle, text };
  });
}
