/**
 * Related articles, up to five per article: those about the same zone first, then the others, each
 * group ordered by the weight of the rare words and entities they share.
 *
 * Cost grows about linearly with the archive: no pair of articles is compared unless they share a
 * term of an article's signature (its rarest terms) or are neighbours in a zone's date order.
 * Terms in more than `maxPosting` articles are too common to tell anything and are never indexed,
 * so each article meets at most signatureSize × maxPosting + zone neighbours candidates.
 */
import { bigramCodes, ENTITY_BASE, FeatureCoder } from './features.ts';

export interface RelatedInput {
  id: string;
  /** Zone keys (slugs) the article is about. */
  zones: string[];
  /** ISO date or null; orders a zone's articles for its neighbours. */
  date: string | null;
  text: string;
  /** Keys of the entities it names (entityKey), weighted above words. */
  entities?: string[];
}

export interface RelatedOptions {
  limit?: number;
  /** Rarest terms per article used to find candidates. */
  signatureSize?: number;
  /** Terms in more articles than this are left out of the index. */
  maxPosting?: number;
  /** Weight an article outside the zones must share at least (about two rare terms). */
  minWeight?: number;
  /** Characters of each text read: headlines and lede say what an article is about, and the cost is per character. */
  textChars?: number;
}

export interface RelatedResult {
  /** Article id → related ids, best first. */
  related: Map<string, string[]>;
  /** Work done: candidate pairs scored (one per posting visited or zone neighbour). */
  candidatePairs: number;
}

const ENTITY_WEIGHT = 2;

/**
 * How many articles hold each term, for terms in at least two (the rest can relate nothing):
 * counted by sorting every article's codes at once, far cheaper than a map over all terms.
 */
function documentFrequencies(features: number[][]): Map<number, number> {
  let total = 0;
  for (const f of features) total += f.length;
  const all = new Uint32Array(total); // codes are below 2^32 (features.ts); an integer sort is twice as fast
  let k = 0;
  for (const f of features) for (const t of f) all[k++] = t;
  all.sort();
  const df = new Map<number, number>();
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i >= 2) df.set(all[i]!, j - i);
    i = j;
  }
  return df;
}

export function relatedArticles(items: RelatedInput[], options: RelatedOptions = {}): RelatedResult {
  const { limit = 5, signatureSize = 24, maxPosting = 64, textChars = 800 } = options;
  const n = items.length;
  // Deterministic whatever the input order.
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const coder = new FeatureCoder();
  const features = sorted.map((a) => {
    const f = bigramCodes(a.text.slice(0, textChars));
    for (const e of new Set(a.entities ?? [])) f.push(coder.entity(e));
    return f;
  });
  const df = documentFrequencies(features);
  const weight = (t: number, d: number): number => Math.log((n + 1) / d) * (t >= ENTITY_BASE ? ENTITY_WEIGHT : 1);
  const minWeight = options.minWeight ?? 2 * Math.log((n + 1) / Math.min(maxPosting, Math.max(2, n / 4)));

  // Signature: the article's heaviest terms that another article shares and the index keeps.
  // Sorted as one number per term (weight, then code): typed-array sorts are what keep this cheap.
  const signatures = features.map((f) => {
    const keys: number[] = [];
    for (const t of f) {
      const d = df.get(t);
      if (d === undefined || d < 2 || d > maxPosting) continue;
      keys.push(Math.floor((100 - weight(t, d)) * 1e4) * 2 ** 31 + t);
    }
    const order = Float64Array.from(keys).sort();
    return Array.from(order.subarray(0, signatureSize), (k) => {
      const t = k % 2 ** 31;
      return { t, w: weight(t, df.get(t)!) };
    });
  });
  const postings = new Map<number, number[]>();
  signatures.forEach((sig, i) => sig.forEach(({ t }) => (postings.get(t) ?? postings.set(t, []).get(t)!).push(i)));

  // Zone neighbours by date, so an article of a big zone always has zone mates to show.
  const zoneNeighbours: Set<number>[] = sorted.map(() => new Set());
  const byZone = new Map<string, number[]>();
  sorted.forEach((a, i) => a.zones.forEach((z) => (byZone.get(z) ?? byZone.set(z, []).get(z)!).push(i)));
  for (const members of byZone.values()) {
    members.sort((a, b) => (sorted[a]!.date ?? '').localeCompare(sorted[b]!.date ?? '') || a - b);
    members.forEach((m, k) => {
      for (let d = 1; d <= limit; d++) {
        if (k - d >= 0) zoneNeighbours[m]!.add(members[k - d]!);
        if (k + d < members.length) zoneNeighbours[m]!.add(members[k + d]!);
      }
    });
  }

  // Scores in one array indexed by article, reset after each article: far cheaper than a map per article.
  let candidatePairs = 0;
  const score = new Float64Array(n);
  const met = new Uint8Array(n);
  const touched: number[] = [];
  const meet = (j: number) => {
    if (!met[j]) {
      met[j] = 1;
      touched.push(j);
    }
  };
  const related = new Map<string, string[]>();
  sorted.forEach((a, i) => {
    for (const { t, w } of signatures[i]!) {
      for (const j of postings.get(t)!) {
        candidatePairs++;
        if (j !== i) {
          meet(j);
          score[j] += w;
        }
      }
    }
    for (const j of zoneNeighbours[i]!) {
      candidatePairs++;
      meet(j);
    }
    const zones = new Set(a.zones);
    const ranked = touched
      .map((j) => ({ j, s: score[j]!, sameZone: sorted[j]!.zones.some((z) => zones.has(z)) }))
      .filter((c) => c.sameZone || c.s >= minWeight)
      .sort((x, y) => Number(y.sameZone) - Number(x.sameZone) || y.s - x.s || (sorted[x.j]!.id < sorted[y.j]!.id ? -1 : 1));
    related.set(a.id, ranked.slice(0, limit).map((c) => sorted[c.j]!.id));
    for (const j of touched) {
      score[j] = 0;
      met[j] = 0;
    }
    touched.length = 0;
  });
  return { related, candidatePairs };
}
