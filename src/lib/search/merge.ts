/** Result rows of the search page: one shape for every source; excerpts and highlighting. */

export interface Hit {
  url: string;
  title: string;
  date: string | null;
  kind: string;
  /** Slugs of the zones the article is about. */
  zones: string[];
  /** The organisations and people it names that have a page: [slug, name] (from the index; zone shards carry none). */
  entities?: [string, string][];
  /** Plain text around the match (highlighting is applied when rendering). */
  excerpt: string;
}

/**
 * The body part of Pagefind's content for a page (which begins with the title, kicker, zones and authors,
 * glued with ". "): from the first occurrence of `start`, the body's first characters; none without it.
 */
export function bodyOf(content: string, start: string): string {
  // Pagefind ends a block without punctuation (a subhead) with ". ": after Chinese text that is never the paper's.
  const flat = content.replace(/\s+/g, ' ').replace(/(?<=\p{Script=Han})\. /gu, ' ');
  const at = start ? flat.indexOf(start) : -1;
  return at >= 0 ? flat.slice(at) : '';
}

/** A window of text around the first occurrence of any word (by UTF-16 index), with ellipses. */
export function excerptAround(text: string, words: readonly string[], width = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let at = -1;
  for (const w of words) {
    const i = w ? flat.indexOf(w) : -1;
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return flat.length > width ? `${flat.slice(0, width)}…` : flat;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(flat.length, start + width);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]);

/** Escaped text with every occurrence of the words wrapped in <mark> (longest words first). */
export function highlight(text: string, words: readonly string[]): string {
  const ws = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!ws.length) return escapeHtml(text);
  const re = new RegExp(ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += escapeHtml(text.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
