/**
 * The no-text-lost check: every non-white-space character of a raw page must
 * be found in its record (article fields, captions, fragments, furniture);
 * the only characters allowed to go are the duplicate glyphs of doubled
 * headline type, which the record lists in `dropped`.
 */
import type { PageRecord } from '../types.ts';

function countChars(texts: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const ch of t) if (!/\s/.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Every text string a record keeps. */
export function recordTexts(rec: PageRecord): string[] {
  const out: string[] = [];
  for (const a of rec.articles) {
    out.push(a.kicker ?? '', a.title, a.subtitle ?? '', a.byline ?? '', ...a.subheads, ...a.paragraphs, a.signature ?? '');
    out.push(...a.authors.filter((n) => !(a.byline ?? '').includes(n)));
  }
  out.push(...rec.captions.map((c) => c.text), ...rec.fragments, ...rec.furniture, rec.dropped);
  return out;
}

/** Characters of the raw text missing from the record (with multiplicity), as one string; '' when none. */
export function lostCharacters(raw: string, rec: PageRecord): string {
  const have = countChars(recordTexts(rec));
  let lost = '';
  for (const [ch, n] of countChars([raw.normalize('NFC')])) {
    const missing = n - (have.get(ch) ?? 0);
    if (missing > 0) lost += ch.repeat(missing);
  }
  return lost;
}
