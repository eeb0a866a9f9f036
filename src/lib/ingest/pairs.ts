/**
 * Evidence that two lines join: a word cut at a line's end is printed whole
 * elsewhere on the page ("园|区" where the page prints 园区), or is a word of
 * ICU's Chinese dictionary. Printed pairs recur for about half the true joins
 * and about one join in forty between unrelated lines; a dictionary word runs
 * across about 42% of true joins and 3% of others.
 */
import { opensByFinishingClause } from './text.ts';

/** Character pairs printed inside the given lines. */
export function printedPairs(texts: Iterable<string>): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    const t = text.replace(/\s/g, '');
    for (let i = 0; i + 1 < t.length; i++) pairs.add(t.slice(i, i + 2));
  }
  return pairs;
}

/** The page prints the last character of `a` and the first of `b` together, or they make a dictionary word. */
export const readsOn = (a: string, b: string, pairs: Set<string>): boolean =>
  pairs.has(a.replace(/\s/g, '').slice(-1) + b.replace(/\s/g, '')[0]) || dictionaryWordAcross(a, b);

/** `after` reads on from `before` and not from `last`: what stands between (ending with `last`) was read inside the sentence. */
export const resumesPast = (before: string, last: string, after: string, pairs: Set<string>): boolean =>
  readsOn(before, after, pairs) && !readsOn(last, after, pairs);

/** How many times more often than by chance a pair must be printed to count as a word (的 pairs with anything). */
const WORD_RATIO = 4;

/** The page's character and character-pair counts. */
export interface PairCounts { chars: Map<string, number>; pairs: Map<string, number>; total: number }

export function pairCounts(texts: Iterable<string>): PairCounts {
  const chars = new Map<string, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    const t = [...text.replace(/\s/g, '')];
    t.forEach((c, i) => {
      chars.set(c, (chars.get(c) ?? 0) + 1);
      total++;
      if (i + 1 < t.length) pairs.set(c + t[i + 1], (pairs.get(c + t[i + 1]!) ?? 0) + 1);
    });
  }
  return { chars, pairs, total };
}

/** The characters across the join of `a` and `b` are printed together elsewhere, far more often than chance would put them side by side. */
export function wordAcross(a: string, b: string, counts: PairCounts): boolean {
  const x = [...a.replace(/\s/g, '')].at(-1)!;
  const y = [...b.replace(/\s/g, '')][0]!;
  const seen = counts.pairs.get(x + y) ?? 0;
  const chance = ((counts.chars.get(x) ?? 0) * (counts.chars.get(y) ?? 0)) / counts.total;
  return /[\p{L}\p{N}]/u.test(x) && /[\p{L}\p{N}]/u.test(y) && seen > 0 && seen >= WORD_RATIO * chance;
}

/** `b` opens by finishing a clause of a word `a` left cut ("…负责人表" / "示，园区…"): `a` goes on into it. */
export const finishesWordOf = (a: string, b: string): boolean => opensByFinishingClause(b) && dictionaryWordAcross(a, b);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A word of ICU's Chinese dictionary runs across the join of `a` and `b`
 * ("…生态，打" + "造面向…": 打造), read with a few characters either side
 * so that the words beside the join compete for its characters.
 */
export function dictionaryWordAcross(a: string, b: string): boolean {
  const x = a.replace(/\s/g, '').slice(-4);
  const y = b.replace(/\s/g, '').slice(0, 4);
  if (!/\p{Script=Han}$/u.test(x) || !/^\p{Script=Han}/u.test(y)) return false;
  const join = `${x}|${y}`;
  let found = segmented.get(join);
  if (found === undefined) {
    found = false;
    for (const s of segmenter.segment(x + y)) if (s.index < x.length && s.index + s.segment.length > x.length) { found = s.isWordLike === true; break; }
    // (the stages ask about the same joins again and again; kept for a page's worth or so)
    if (segmented.size >= SEGMENTED_MAX) segmented.clear();
    segmented.set(join, found);
  }
  return found;
}

const segmented = new Map<string, boolean>();
const SEGMENTED_MAX = 50_000;
