/**
 * The records the parser produces and every page of the site renders.
 * Field names follow ../shared/gold/FORMAT.md; fields beyond it are marked.
 */

/** One block of an article body, in reading order (extra: FORMAT keeps subheads and paragraphs apart). */
export interface BodyBlock {
  kind: 'paragraph' | 'subhead';
  text: string;
}

export type ArticleKind = 'article' | 'photo-news' | 'brief';

export interface ArticleRecord {
  /** Stable id (extra): same input, same id on every run. Lowercase ASCII, URL-safe. */
  id: string;
  kind: ArticleKind;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  authors: string[];
  /** Zones the article is about, primary first, short form as written. */
  zones: string[];
  subheads: string[];
  paragraphs: string[];
  truncated: boolean;
  /** Extra: paragraphs and subheads interleaved in reading order. */
  body: BodyBlock[];
  /** Extra: captions printed with this article (also listed in the page's captions). */
  captions: string[];
  /** Extra: first and last source line (1-based) of the article's text. */
  lines: [number, number];
  /** Extra: the signature as printed after the last paragraph ("（李明 王芳）", "文/赵六"), when there is one. */
  signature?: string;
  /** Extra: corrections an editor applied to this record after parsing, oldest first. */
  corrections?: CorrectionNote[];
}

/** Extra: one correction applied to a record (corrections/ files), as readers are told of it. */
export interface CorrectionNote {
  /** When the correction was made, YYYY-MM-DD. */
  date: string;
  note?: string;
  /** What changed, one line each ("标题：“…” → “…”"). */
  changes: string[];
  /** The corrections/ file it came from. */
  file: string;
}

export interface Caption {
  text: string;
  /** Extra: source line (1-based). */
  line: number;
  /** Extra: id of the article the caption illustrates, when known. */
  article: string | null;
}

export interface Fragment {
  text: string;
  line: number;
}

export interface IssueInfo {
  /** ISO date, only when printed on the page or given by the manifest; never guessed. */
  date: string | null;
  page: number | null;
  section: string | null;
  editor: string | null;
  layout: string | null;
  /** Extra: where date/page came from. */
  source: 'printed' | 'manifest' | null;
  /** Extra: a date estimated from dates in the text, clearly labelled; never used as `date`. */
  estimatedDate: string | null;
}

export interface ParseWarning {
  code: 'unmatched-headline' | 'fragment' | 'no-headline' | 'truncated' | 'duplicate-issue' | 'input';
  message: string;
  line: number | null;
}

export type ExtractionStyle = 'wrapped' | 'spaced' | 'paragraph';

export interface PageRecord {
  seed: string;
  issue: IssueInfo;
  articles: ArticleRecord[];
  captions: Caption[];
  furniture: string[];
  /** Text that belongs to no article on this page, verbatim-ish (FORMAT: strings). */
  fragments: string[];
  /** Extra: the fragments with their source lines. */
  fragmentLines: Fragment[];
  /** Extra. */
  style: ExtractionStyle;
  warnings: ParseWarning[];
  /**
   * Extra: the only characters the parser takes out of the text: duplicate glyphs of doubled
   * headline type, and glyphs of repaired extraction glitches (a leading "-" read for "一").
   */
  dropped: string;
  /** Extra: sha256 of the raw bytes, for caches. */
  sha256: string;
  /**
   * Extra: the page's text as read, where it is not the file itself (a PDF page, one page of a
   * file of several, a layout text read by position); source line numbers refer to it.
   */
  sourceText?: string;
  /** Extra: corrections an editor applied to the page's facts or text after parsing. */
  corrections?: CorrectionNote[];
}
