/**
 * A new correction file for an article, holding its current values: the
 * operator edits the `to` of what is wrong and deletes the rest (changes
 * whose `to` equals their `from` change nothing).
 */
import type { ArticleRecord } from '../types.ts';

export function correctionTemplate(id: string, a: ArticleRecord, today: string): object {
  return {
    article: id,
    date: today,
    note: '',
    changes: [
      ...(['kicker', 'title', 'subtitle', 'byline'] as const).map((field) => ({ field, from: a[field], to: a[field] })),
      ...(['authors', 'zones', 'subheads'] as const).map((field) => ({ field, from: a[field], to: a[field] })),
      ...a.paragraphs.map((p, i) => ({ field: 'paragraph', index: i + 1, from: p, to: p })),
    ],
  };
}
