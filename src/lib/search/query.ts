/**
 * Query analysis in the browser: which zone a query names (longest form wins, anywhere in the query), and
 * the words left to search for. Runs after the Traditional→Simplified conversion.
 */
import { cleanQuery, fold } from './normalize.ts';
import { expandForms, type ZoneRow } from './table.ts';

export interface ZoneHit {
  slug: string;
  name: string;
  count: number;
  /** The form matched, as folded. */
  form: string;
}

export interface Analysis {
  /** The cleaned (and converted) query. */
  query: string;
  zone: ZoneHit | null;
  /** Every zone the query names (南宁高新区 贵阳高新区: both), the longest first; `zone` is the first. */
  zones: ZoneHit[];
  /** Words to search besides the zone, in order (the query split at spaces and at the zone form). */
  words: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  row?: ZoneRow;
}

export class ZoneMatcher {
  private root: TrieNode = { next: new Map() };
  constructor(rows: readonly ZoneRow[]) {
    for (const row of rows) {
      for (const form of expandForms(row.slice(3) as string[])) {
        let node = this.root;
        for (const ch of form) {
          let child = node.next.get(ch);
          if (!child) node.next.set(ch, (child = { next: new Map() }));
          node = child;
        }
        node.row ??= row;
      }
    }
  }

  /** Longest form anywhere in `text` (leftmost among equals): [start, end, row] in `text`'s indices. */
  longest(text: string): [number, number, ZoneRow] | null {
    let best: [number, number, ZoneRow] | null = null;
    for (let i = 0; i < text.length; i++) {
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < text.length && node; j++) {
        node = node.next.get(text[j]);
        if (node?.row && (!best || j + 1 - i > best[1] - best[0])) best = [i, j + 1, node.row];
      }
    }
    return best;
  }
}

/**
 * Analyse a query (already converted to Simplified). The zone is looked for in the query with spaces taken
 * out (南宁 高新区 names 南宁高新区 too); the words are what is left, split at spaces and at the zone.
 */
export function analyse(raw: string, matcher: ZoneMatcher): Analysis {
  const query = cleanQuery(raw);
  // Fold character by character, remembering where each folded character came from.
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < query.length; i++) {
    const f = fold(query[i]);
    for (const c of f) {
      chars.push(c);
      from.push(i);
    }
  }
  const folded = chars.join('');
  const m = matcher.longest(folded);
  if (!m) return { query, zone: null, zones: [], words: splitWords(query) };
  const [s, e, row] = m;
  const start = from[s];
  const end = from[e - 1] + 1;
  const zone = { slug: row[0], name: row[1], count: row[2], form: folded.slice(s, e) };
  // The rest may name further zones ('|' folds to nothing, so no zone is read across the cut).
  const rest = analyse(`${query.slice(0, start)}|${query.slice(end)}`, matcher);
  const zones = [zone, ...rest.zones.filter((z) => z.slug !== zone.slug)];
  return { query, zone, zones, words: rest.words };
}

/** Words of a query: split at spaces and punctuation; duplicates dropped. */
export function splitWords(text: string): string[] {
  const words = text
    .split(/[\s,，、;；。.!！?？:：()（）《》<>\[\]{}'"“”‘’|/\\+*&^%$#@~`=-]+/u)
    .map((w) => w.trim())
    .filter(Boolean);
  return [...new Set(words)];
}

/** Does a text contain every word (case-insensitive, folded)? The precision check on Pagefind's candidates. */
export function containsAll(text: string, words: readonly string[]): boolean {
  const t = fold(text).toLowerCase();
  return words.every((w) => t.includes(fold(w).toLowerCase()));
}
