/**
 * The Archive: every parsed page turned into the three things a reader browses —
 * issues (one per printed page), articles and zones — with permanent URLs.
 * Plain data (JSON-serialisable); built by `buildArchive`, rendered by the Astro pages.
 */
import type { ArticleRecord, Caption, Fragment, IssueInfo, ParseWarning } from '../types';

export interface LinkRef {
  id: string;
  url: string;
  title: string;
}

export interface ZoneRef {
  /** The name as written in the article. */
  name: string;
  slug: string;
  url: string;
}

export interface ArchiveArticle {
  /** Permanent id (from the permalink registry, else the parser's id). */
  id: string;
  /** The id the parser gave this run. */
  parserId: string;
  url: string;
  /** Title to show: the printed title, or a stand-in for untitled photo news. */
  displayTitle: string;
  record: ArticleRecord;
  seed: string;
  issueKey: string;
  issueUrl: string;
  issueLabel: string;
  date: string | null;
  page: number | null;
  /** 1-based position in the page's reading order. */
  position: number;
  zones: ZoneRef[];
  /** Captions printed with the article (record captions plus page captions assigned to it). */
  captions: string[];
  prev: LinkRef | null;
  next: LinkRef | null;
  sourceUrl: string;
  /** Slugs of the zones its text names without being about them (archive/mentions.ts). */
  mentions: string[];
  /** Slugs of the entities it names that have a page (named in two articles or more), in the article's order. */
  entities: string[];
  /** Related articles, best first (at most five): same zone first, then shared rare words and entities. */
  related: string[];
}

export interface ArchiveIssue {
  key: string;
  url: string;
  seed: string;
  sourceUrl: string;
  rawUrl: string;
  label: string;
  info: IssueInfo;
  articleIds: string[];
  captions: Caption[];
  fragments: Fragment[];
  furniture: string[];
  warnings: ParseWarning[];
  /** Characters the parser took out (doubled headline glyphs, repaired glitches), shown for the record. */
  dropped: string;
  prev: LinkRef | null;
  next: LinkRef | null;
  sha256: string;
  /** The page's text as read, where it is not the seed file itself (a PDF page, one page of several). */
  sourceText: string | null;
  /** The PDF the page was read from, when it was. */
  pdfUrl: string | null;
}

export interface ArchiveZone {
  slug: string;
  url: string;
  /** Official name (gazetteer) or the most common written form. */
  name: string;
  short: string | null;
  aliases: string[];
  province: string | null;
  city: string | null;
  approved: string | null;
  inGazetteer: boolean;
  /** Every form the articles used for this zone. */
  writtenForms: string[];
  /** Newest first, undated last. */
  articleIds: string[];
  /** Articles that name the zone without being about it, in the same order. */
  mentionIds: string[];
}

/** An organisation or person named in two articles or more (src/lib/entities), with its page. */
export interface ArchiveEntity {
  slug: string;
  url: string;
  kind: 'organization' | 'person';
  /** The form printed most often. */
  name: string;
  /** Other forms printed for it. */
  aliases: string[];
  /** Roles printed with a person's name, most frequent first. */
  roles: string[];
  /** Newest first, undated last. */
  articleIds: string[];
  /** Articles it wrote (people credited in a byline). */
  authored: number;
}

export interface Redirect {
  /** Path that once existed, e.g. /articles/abc/ */
  from: string;
  /** Path it now points at. */
  to: string;
  reason: string;
}

export interface Archive {
  generatedFrom: { seedsDir: string; pages: number };
  /** In issue order, then reading order. */
  articles: ArchiveArticle[];
  /** Dated issues by date and page, then undated ones by file name. */
  issues: ArchiveIssue[];
  /** By slug. */
  zones: ArchiveZone[];
  /** Entities with a page, most articles first, then by slug (absent from archives put together by hand). */
  entities?: ArchiveEntity[];
  redirects: Redirect[];
  /** Key of the newest dated issue (or the last issue when none is dated). */
  latestIssue: string | null;
}
