/**
 * Hand-made PageRecords for unit tests of the archive layer (no parser involved), and gold-shaped
 * records for checking the built site against ../shared/gold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleRecord, PageRecord } from '../../src/lib/types';

export const GOLD_DIR = resolve(import.meta.dirname, '../../../shared/gold');

export type { GoldArticle, GoldPage } from '../../src/lib/gold';
import type { GoldPage } from '../../src/lib/gold';

export function goldPages(): GoldPage[] {
  if (!existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldPage);
}

export function article(partial: Partial<ArticleRecord> & { id: string; title: string }): ArticleRecord {
  const paragraphs = partial.paragraphs ?? ['正文'];
  return {
    kind: 'article',
    kicker: null,
    subtitle: null,
    byline: null,
    authors: [],
    zones: [],
    subheads: [],
    truncated: false,
    captions: [],
    lines: [1, 2],
    body: partial.body ?? paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    ...partial,
    paragraphs,
  };
}

export function page(seed: string, articles: ArticleRecord[], issue: Partial<PageRecord['issue']> = {}): PageRecord {
  return {
    seed,
    issue: { date: null, page: null, section: null, editor: null, layout: null, source: null, estimatedDate: null, ...issue },
    articles,
    captions: [],
    furniture: [],
    fragments: [],
    fragmentLines: [],
    style: 'paragraph',
    warnings: [],
    dropped: '',
    sha256: '0'.repeat(64),
  };
}
