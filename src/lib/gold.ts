/**
 * Gold records (../shared/gold/FORMAT.md): the hand-checked seed pages and
 * the pages typeset for the test corpus. An article carries the fields of the
 * parser's records that the format has; nothing else.
 */
import type { ArticleRecord } from './types.ts';

export type GoldArticle = Pick<ArticleRecord, 'kind' | 'kicker' | 'title' | 'subtitle' | 'byline' | 'authors' | 'zones' | 'subheads' | 'paragraphs' | 'truncated'>;

export interface GoldPage {
  seed: string;
  issue: { date: string | null; page: number | null; section: string | null; editor: string | null; layout: string | null };
  articles: GoldArticle[];
  captions: { text: string }[];
  furniture: string[];
  fragments: string[];
  notes?: string;
}
