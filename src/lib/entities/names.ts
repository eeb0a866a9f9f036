/**
 * Name keys: two printings of one name (bracket width, quotes, spaces) get one key, so an
 * entity keeps its identity — and its URL — across articles and rebuilds.
 */

const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;

/** NFKC (full-width brackets → ASCII), no quotes, no white space. */
export function entityKey(name: string): string {
  return name.normalize('NFKC').replace(QUOTES, '').replace(/\s+/g, '');
}

/** True when every character of `short` occurs in `long`, in order (汉和公司 in 南宁汉和生物科技股份有限公司). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (i < short.length && c === short[i]) i++;
  return i === short.length;
}
