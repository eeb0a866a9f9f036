/**
 * The record as /api/articles/<id>.json publishes it. The parsed record carries its text twice: FORMAT's
 * `paragraphs` and `subheads`, and the extra `body`, the same blocks interleaved in reading order. The
 * open data keeps FORMAT's fields and, instead of `body`, `subheadsAt`: for each subhead, how many paragraphs
 * come before it — all `body` said beyond them (`bodyOf` puts it back). A record whose `body` is not exactly
 * its paragraphs and subheads interleaved keeps its `body` as it is.
 */
import type { ArticleRecord, BodyBlock } from '../types';

export type OpenRecord = Omit<ArticleRecord, 'body'> & { body?: BodyBlock[]; subheadsAt?: number[] };

/** For each subhead of `body`, the number of paragraphs before it; null when `body` is not `paragraphs` and `subheads` interleaved. */
export function subheadPositions(r: Pick<ArticleRecord, 'body' | 'paragraphs' | 'subheads'>): number[] | null {
  const at: number[] = [];
  let p = 0;
  for (const b of r.body ?? []) {
    if (b.kind === 'paragraph') {
      if (r.paragraphs[p] !== b.text) return null;
      p++;
    } else {
      if (b.kind !== 'subhead' || r.subheads[at.length] !== b.text) return null;
      at.push(p);
    }
  }
  return p === r.paragraphs.length && at.length === r.subheads.length ? at : null;
}

/** The record published as open data: `body` replaced by `subheadsAt` wherever that says the same. */
export function openRecord(r: ArticleRecord): OpenRecord {
  const at = subheadPositions(r);
  if (!at) return r;
  const out: Record<string, unknown> = {};
  // the same keys in the same order, `subheadsAt` where `body` was
  for (const [k, v] of Object.entries(r)) out[k === 'body' ? 'subheadsAt' : k] = k === 'body' ? at : v;
  return out as OpenRecord;
}

/** The body in reading order from a published record (its `body`, or `paragraphs` and `subheads` put back in order by `subheadsAt`). */
export function bodyOf(r: OpenRecord): BodyBlock[] {
  if (r.body) return r.body;
  const at = r.subheadsAt ?? [];
  const out: BodyBlock[] = [];
  let s = 0;
  r.paragraphs.forEach((text, p) => {
    for (; s < r.subheads.length && (at[s] ?? 0) <= p; s++) out.push({ kind: 'subhead', text: r.subheads[s]! });
    out.push({ kind: 'paragraph', text });
  });
  for (; s < r.subheads.length; s++) out.push({ kind: 'subhead', text: r.subheads[s]! });
  return out;
}
