/**
 * Evidence that two lines join: a word cut at a line's end is printed whole
 * elsewhere on the page ("园|区" where the page prints 园区). Such pairs recur
 * for about half the true joins and about one join in forty between
 * unrelated lines.
 */

/** Character pairs printed inside the given lines. */
export function printedPairs(texts: Iterable<string>): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    const t = text.replace(/\s/g, '');
    for (let i = 0; i + 1 < t.length; i++) pairs.add(t.slice(i, i + 2));
  }
  return pairs;
}

/** The page prints the last character of `a` and the first of `b` together. */
export const readsOn = (a: string, b: string, pairs: Set<string>): boolean =>
  pairs.has(a.replace(/\s/g, '').slice(-1) + b.replace(/\s/g, '')[0]);

/** `after` reads on from `before` and not from `last`: what stands between (ending with `last`) was read inside the sentence. */
export const resumesPast = (before: string, last: string, after: string, pairs: Set<string>): boolean =>
  readsOn(before, after, pairs) && !readsOn(last, after, pairs);
