/**
 * The ingest pipeline for one raw page:
 * decode → lines → style → units → classified elements → article drafts →
 * headlines matched → paragraphs, bylines, zones, ids → PageRecord.
 * Pure: text in, record out; no file system, no Astro.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, Caption, ExtractionStyle, IssueInfo, PageRecord, ParseWarning } from '../types.ts';
import { zonesOf } from '../zones/match.ts';
import { assemble, type Assembled, type DraftArticle } from './assemble.ts';
import { classify } from './classify.ts';
import { headlineRoles, matchHeadlines, type HeadMatch } from './headlines.ts';
import { contentKey, uniqueIds } from './ids.ts';
import { toLines, type RawLine } from './lines.ts';
import { estimateDate, type ManifestEntry } from './manifest.ts';
import { toParagraphs } from './paragraphs.ts';
import { splitMerged } from './split.ts';
import { captionsReadAsText, joinHeadlessByWords, joinHeadlessText, subheadRead, type Kept } from './orphans.ts';
import { titlesInside } from './inside.ts';
import { gatheredBylines } from './gathered.ts';
import { joinGlyphStacks } from './stacks.ts';
import { decodePage } from './read.ts';
import { splitGluedCredits } from './credits.ts';
import { untangleColumns } from './interleave.ts';
import { chainBlocks } from './chains.ts';
import { untangleMergedColumns } from './merged.ts';
import { joinLinePieces } from './pieces.ts';
import { dropRepeatedLines } from './repeats.ts';
import { detectStyle } from './style.ts';
import { squeezeSpaces } from './text.ts';
import { toUnits } from './units.ts';

export interface ParseOptions {
  /** File name, for messages and the record's `seed`. */
  file: string;
  /** Operator metadata for this page (seeds/issues.json), used where the page prints none. */
  manifest?: ManifestEntry;
}

/** Subheads extracted with a leading "-" for "一" ("-个支部一座堡垒"). */
const repairSubhead = (s: string) => s.replace(/^[-－‐]\s*(?=[\u4e00-\u9fff])/, '一');

function bodyTextOf(a: DraftArticle): string {
  return a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text)).join('');
}

/** A page read from its source: its text, its lines (with what positions told), what the reading left out. */
export interface PageText {
  text: string;
  lines: RawLine[];
  /** Known from the source (positioned pages read as one printed line per text line); else detected. */
  style?: ExtractionStyle;
  /** Glyphs the reading left out (overprinted copies). */
  dropped?: string;
  sha256: string;
}

export const sha256Of = (input: Uint8Array | string): string =>
  createHash('sha256').update(typeof input === 'string' ? Buffer.from(input, 'utf8') : input).digest('hex');

/** One page of plain text (form feeds read as line breaks). */
export function parsePage(input: Uint8Array | string, options: ParseOptions): PageRecord {
  const text = decodePage(input, options.file).replace(/\f/g, '\n');
  return parseLines({ text, lines: toLines(text), sha256: sha256Of(input) }, options);
}

/**
 * Headlines matched to article bodies by what they say; bodies that hold two
 * articles cut apart at a headline's, text read apart from its article
 * joined back (`page.articles` is updated).
 */
function matchArticles(page: Assembled): HeadMatch {
  let heads = matchHeadlines(page.heads, page.articles, bodyTextOf);
  for (let round = 0; round < 3; round++) {
    const split = splitMerged(page.articles, heads);
    if (!split) break;
    page.articles = split;
    heads = matchHeadlines(page.heads, page.articles, bodyTextOf);
  }
  const joined = joinHeadlessText(page.articles, (i) => heads.byArticle.has(i));
  if (joined) {
    page.articles = joined;
    heads = matchHeadlines(page.heads, page.articles, bodyTextOf);
  }
  // (taking headless text out leaves every headline with its article: matches carry over, not re-solved)
  const carry = (done: Kept) => {
    page.articles = done.articles;
    heads = { ...heads, byArticle: new Map(done.from.flatMap((old, i) => (heads.byArticle.has(old) ? [[i, heads.byArticle.get(old)!]] : []))) };
  };
  const asCaptions = captionsReadAsText(page.articles, (i) => heads.byArticle.has(i));
  if (asCaptions) {
    carry(asCaptions);
    page.captions.push(...asCaptions.captions);
  }
  const headline = (i: number) => heads.byArticle.get(i)?.items.map((h) => h.text).join('') ?? '';
  // (read once per article: the join asks for each article many times)
  const subheads = page.articles.map((a, i) => subheadRead(heads.byArticle.get(i)?.items, a, bodyTextOf(a)));
  const byWords = joinHeadlessByWords(page.articles, (i) => heads.byArticle.has(i) && !subheads[i], (i) => headline(i) + bodyTextOf(page.articles[i]!),
    (i) => (subheads[i] ? [subheads[i]!] : []));
  if (byWords) carry(byWords);
  const inside = titlesInside(page.articles, (i) => heads.byArticle.has(i));
  if (inside) {
    page.articles = inside.articles;
    for (const [i, items] of inside.titles) heads.byArticle.set(i, { items, primary: items[0]! });
  }
  return heads;
}

/**
 * A page's lines put back in reading order: glyph stacks and pieces joined,
 * interleaved columns and blocks read in order. A page read by position
 * (`positioned`) has its blocks in reading order already: `chainBlocks`
 * moves none of them.
 */
export function inReadingOrder(lines: RawLine[], positioned = false): RawLine[] {
  const columns = untangleMergedColumns(untangleColumns(joinLinePieces(joinGlyphStacks(lines))));
  return splitGluedCredits(positioned ? columns : chainBlocks(columns));
}

export function parseLines(source: PageText, options: ParseOptions): PageRecord {
  const { text, sha256 } = source;
  const { lines: once, dropped: copies } = dropRepeatedLines(source.lines);
  // (a positioned source, PDF or layout text, knows its style)
  const positioned = source.style !== undefined;
  const lines = inReadingOrder(once, positioned);
  const style = source.style ?? detectStyle(lines);
  const { elements } = classify(toUnits(lines, style), style, positioned);
  const page = assemble(elements);
  const warnings: ParseWarning[] = [];

  const heads = matchArticles(page);
  const fragments = [...page.fragments];
  for (const h of heads.unmatched) {
    fragments.push({ text: h.text, no: h.lines[0]! });
    warnings.push({ code: 'unmatched-headline', message: `headline "${h.text}" matches no article body`, line: h.lines[0]! });
  }

  // Bylines printed apart from their body go to the article whose headline they sit by.
  const bylineOf = new Map<number, string>();
  const bylineAuthors = new Map<number, string[]>();
  const gathered = gatheredBylines(page.articles, page.looseBylines, heads);
  const regathered = new Set(gathered.values());
  page.articles.forEach((a, i) => {
    if (a.byline && !regathered.has(a.byline)) { bylineOf.set(i, a.byline.byline); bylineAuthors.set(i, a.byline.authors); }
  });
  for (const [i, b] of gathered) { bylineOf.set(i, b.byline); bylineAuthors.set(i, b.authors); }
  for (const loose of page.looseBylines) {
    if (regathered.has(loose.byline)) continue;
    let target = -1;
    for (const [ai, e] of heads.byArticle) {
      if (bylineOf.has(ai)) continue;
      if (e.items.some((h) => h.end === loose.pos - 1 || h.start === loose.pos + 1)) target = ai;
    }
    if (target < 0) {
      fragments.push({ text: loose.byline.byline, no: loose.no });
      warnings.push({ code: 'fragment', message: `byline "${loose.byline.byline}" belongs to no article`, line: loose.no });
      continue;
    }
    bylineOf.set(target, loose.byline.byline);
    bylineAuthors.set(target, loose.byline.authors);
  }

  let repaired = '';
  const captions: Caption[] = page.captions.map((c) => ({ text: squeezeSpaces(c.text), line: c.no, article: null }));
  const drafts = page.articles.map((a, i) => {
    const { body, truncated } = toParagraphs(a.blocks);
    const entry = heads.byArticle.get(i);
    const roles = entry ? headlineRoles(entry.items, entry.primary) : { kicker: null, title: '', subtitle: null };
    if (!entry) warnings.push({ code: 'no-headline', message: 'article printed without a headline', line: a.firstLine });
    const fixed = body.map((b) => {
      if (b.kind !== 'subhead') return b;
      const text = repairSubhead(b.text);
      if (text !== b.text) repaired += b.text[0];
      return { ...b, text };
    });
    const paragraphs = fixed.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    // a photo credit after an article its reporters signed in the byline credits the photo, not the text
    const photoCredit = a.signature?.printed.includes('/摄') && a.kind === 'article' && (bylineAuthors.get(i)?.length ?? 0) > 0;
    const authors = [...new Set([...(bylineAuthors.get(i) ?? []), ...(photoCredit ? [] : (a.signature?.names ?? []))])];
    if (a.signature?.printed.includes('/摄')) captions.push({ text: a.signature.printed, line: a.lastLine, article: null });
    const headLines = entry?.items.flatMap((h) => h.lines) ?? [];
    return {
      draft: a,
      record: {
        id: '',
        kind: a.kind,
        kicker: roles.kicker,
        title: roles.title,
        subtitle: roles.subtitle,
        byline: bylineOf.get(i) ?? null,
        authors,
        zones: zonesOf({ kicker: roles.kicker, title: roles.title, subtitle: roles.subtitle, paragraphs }),
        subheads: fixed.filter((b) => b.kind === 'subhead').map((b) => b.text),
        paragraphs,
        truncated,
        body: fixed,
        captions: [] as string[],
        lines: [Math.min(a.firstLine, ...headLines), Math.max(a.lastLine, ...headLines)],
        ...(a.signature && !a.signature.printed.includes('/摄') ? { signature: a.signature.printed } : {}),
      } satisfies ArticleRecord,
    };
  });
  const ids = uniqueIds(drafts.map((d) => contentKey(d.record.paragraphs, d.record.title)));
  const articles = drafts.map((d, i) => ({ ...d.record, id: ids[i]! }));

  // Captions illustrate the article whose body is printed nearest to them (the one above on a tie).
  const bodySpans = drafts.map((d) => [d.draft.firstLine, d.draft.lastLine] as const);
  for (const c of captions) {
    let best = -1;
    let dist = Infinity;
    bodySpans.forEach(([from, to], i) => {
      const d = c.line < from ? from - c.line + 0.5 : c.line > to ? c.line - to : 0;
      if (d < dist) [best, dist] = [i, d];
    });
    if (best >= 0 && dist <= 6) {
      c.article = articles[best]!.id;
      articles[best]!.captions.push(c.text);
    }
  }
  for (const f of fragments) warnings.push({ code: 'fragment', message: `text placed in no article: "${f.text.slice(0, 24)}…"`, line: f.no });

  const facts = Object.assign({}, ...page.furniture.map((f) => f.facts)) as Partial<IssueInfo>;
  const printedDate = facts.date ?? null;
  const manifest = options.manifest;
  const issue: IssueInfo = {
    date: printedDate ?? manifest?.date ?? null,
    page: (facts as { page?: number }).page ?? manifest?.page ?? null,
    section: facts.section ?? manifest?.section ?? null,
    editor: facts.editor ?? null,
    layout: facts.layout ?? null,
    source: printedDate ? 'printed' : manifest?.date ? 'manifest' : null,
    estimatedDate: printedDate || manifest?.date ? null : estimateDate(text),
  };
  return {
    seed: options.file.split(/[\\/]/).at(-1)!,
    issue,
    articles,
    captions,
    furniture: page.furniture.map((f) => f.text),
    fragments: fragments.map((f) => f.text),
    fragmentLines: fragments.map((f) => ({ text: f.text, line: f.no })),
    style,
    warnings,
    dropped: (source.dropped ?? '') + copies + page.heads.map((h) => h.dropped).join('') + page.furniture.map((f) => f.dropped).join('') + repaired,
    sha256,
  };
}
