/**
 * Stable article ids: derived from the article's own text, so the same input
 * gives the same id on every run, whatever the file name or the position of
 * the article on its page. The permalink registry (src/lib/archive) keeps
 * URLs stable when the text itself changes.
 */
import { createHash } from 'node:crypto';

const KEY_CHARS = 64;

/** Characters that identify an article: its body without spaces or punctuation. */
export function contentKey(paragraphs: string[], title: string): string {
  const body = paragraphs.join('').replace(/[^\p{L}\p{N}]/gu, '');
  return (body || title.replace(/[^\p{L}\p{N}]/gu, '')).slice(0, KEY_CHARS);
}

/** A 10-character lowercase base-32 id from the content key. */
export function articleId(key: string): string {
  const digest = createHash('sha256').update(key, 'utf8').digest();
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  let id = '';
  for (let i = 0; i < 10; i++) id += alphabet[digest[i]! & 31];
  return id;
}

/** Ids for a list of keys, unique within the list (a repeated key gets -2, -3 …). */
export function uniqueIds(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const id = articleId(k);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
