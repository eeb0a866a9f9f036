/**
 * Hand-made PageRecords for unit tests of the archive layer (no parser involved), and gold-shaped
 * records for checking the built site against ../shared/gold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleRecord, PageRecord } from '../../src/lib/types';
import { buildArchive } from '../../src/lib/archive/build';
import { emptyLock } from '../../src/lib/archive/permalinks';
import type { Archive } from '../../src/lib/archive/model';

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

const NANNING = { slug: 'nanning', name: '南宁高新技术产业开发区', short: '南宁高新区', aliases: [], province: '广西', city: '南宁', approved: 1992 };

/**
 * An archive of `n` one-article pages, every article about 南宁高新区: dated ones spread over Jan–Mar 2021
 * (month i % 3 + 1, day i % 28 + 1), every fifth (i % 5 = 4) undated; seeds `0000.txt` …
 */
export function archiveOf(n: number): Archive {
  const pages = Array.from({ length: n }, (_, i) =>
    page(
      `${String(i).padStart(4, '0')}.txt`,
      [article({ id: `a${i}`, title: `标题${i}`, zones: ['南宁高新区'], paragraphs: [`第${i}篇高新区经济运行平稳，重点项目建设加快推进，企业创新能力持续增强。`] })],
      i % 5 === 4 ? { page: 5 } : { date: `2021-0${(i % 3) + 1}-${String((i % 28) + 1).padStart(2, '0')}`, page: 5 },
    ),
  );
  return buildArchive(pages, { lock: emptyLock(), resolveZone: (name) => (name === '南宁高新区' ? NANNING : undefined) }).archive;
}
