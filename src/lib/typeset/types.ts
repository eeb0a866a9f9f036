/** Shared types of the typesetting corpus generator (plain data, no I/O). */
import type { GoldArticle } from '../gold.ts';
import type { ArticleKind } from '../types.ts';

export type Kind = ArticleKind;
export type SigForm = 'paren' | 'wen' | 'right';
export type BylineStyle = 'inline' | 'line';

/** One article's content: what is printed and what its gold record says. */
export interface ArticleText extends Omit<GoldArticle, 'truncated'> {
  id: string;
  /** seed = a hand-checked seed article; new = written for this corpus. */
  origin: 'seed' | 'new';
  /** Reserved for one split only (new articles); absent = usable everywhere. */
  split?: 'dev' | 'holdout';
  /** Forced byline placement; default: 本报讯… inline at the body start, others on their own line. */
  bylineStyle?: BylineStyle;
  /** Forced end-signature form for the names in `authors` that are not in the byline. */
  sigForm?: SigForm;
  /** Paragraph index before which each subhead is printed (default: spread evenly). */
  subheadAt?: number[];
  /** Photo caption to use when a photo illustrates this article. */
  photoCaption?: string;
}

/** A gold record, exactly as /work/shared/gold/FORMAT.md. */
export type { GoldArticle, GoldPage } from '../gold.ts';
