/**
 * The corrections an operator commits under corrections/ (one JSON file per
 * article or per page), and their validation. Every change carries the value
 * it expects to find (`from`), so that it is applied only where it still fits.
 *
 * Article file:
 *   { "article": "<permanent id>", "date": "YYYY-MM-DD", "note": "why",
 *     "changes": [
 *       { "field": "title", "from": "…", "to": "…" },          // kicker, title, subtitle, byline, kind
 *       { "field": "authors", "from": ["…"], "to": ["…"] },     // authors, zones, subheads
 *       { "field": "paragraph", "index": 2, "from": "…", "to": "…" },  // 1-based
 *       { "split": 3, "from": "<start of paragraph 3>", "title": "…" }, // a new article from paragraph 3 on
 *       { "mergeInto": "<permanent id>", "from": "<start of this article's text>" },
 *       { "caption": "<caption text>" }                         // a caption of the page moved onto this article
 *     ] }
 * Page file:
 *   { "page": "<seed file name>", "date": "…", "note": "…",
 *     "changes": [ { "field": "date", "from": null, "to": "2021-03-01" },  // date, page, section
 *                  { "hide": "<text taken for article text that is page furniture>" } ] }
 */
import type { ArticleKind } from '../types.ts';

export const TEXT_FIELDS = ['kicker', 'title', 'subtitle', 'byline', 'kind'] as const;
export const LIST_FIELDS = ['authors', 'zones', 'subheads'] as const;
export const PAGE_FIELDS = ['date', 'page', 'section'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export type PageField = (typeof PAGE_FIELDS)[number];

export type ArticleChange =
  | { field: TextField; from: string | null; to: string | null }
  | { field: ListField; from: string[]; to: string[] }
  | { field: 'paragraph'; index: number; from: string; to: string }
  | { split: number; from: string; title?: string }
  | { mergeInto: string; from: string }
  | { caption: string };

export type PageChange = { field: PageField; from: string | number | null; to: string | number | null } | { hide: string };

interface Common {
  /** The file it was read from, for messages. */
  file: string;
  /** When the correction was made (shown in the article's history). */
  date: string;
  note?: string;
}
export type ArticleCorrection = Common & { article: string; changes: ArticleChange[] };
export type PageCorrection = Common & { page: string; changes: PageChange[] };
export type Correction = ArticleCorrection | PageCorrection;

const KINDS: ArticleKind[] = ['article', 'photo-news', 'brief'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || isText(v);
const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

function fail(file: string, where: string, message: string): never {
  throw new Error(`${file}: ${where}: ${message}`);
}

function articleChange(c: Json, file: string, where: string): ArticleChange {
  if ('split' in c) {
    if (!Number.isInteger(c.split) || (c.split as number) < 2) fail(file, where, '"split" is the 1-based paragraph the new article starts at (2 or more)');
    if (!isText(c.from) || (c.title !== undefined && !isText(c.title))) fail(file, where, '"split" needs "from" (the start of that paragraph) and may give a "title"');
    return c as ArticleChange;
  }
  if ('mergeInto' in c) {
    if (!isText(c.mergeInto) || !isText(c.from)) fail(file, where, '"mergeInto" needs the other article\'s id and "from" (the start of this article\'s text)');
    return c as ArticleChange;
  }
  if ('caption' in c) {
    if (!isText(c.caption) || !c.caption.trim()) fail(file, where, '"caption" is the caption\'s text');
    return c as ArticleChange;
  }
  const field = c.field as string;
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    if (!isTextOrNull(c.from) || !isTextOrNull(c.to)) fail(file, where, `"${field}" changes text: "from" and "to" are strings or null`);
    if (field === 'kind' && !KINDS.includes(c.to as ArticleKind)) fail(file, where, `"kind" is one of ${KINDS.join(', ')}`);
    if (field === 'title' && !isText(c.to)) fail(file, where, '"title" cannot be removed');
  } else if ((LIST_FIELDS as readonly string[]).includes(field)) {
    if (!isList(c.from) || !isList(c.to)) fail(file, where, `"${field}" changes a list: "from" and "to" are lists of strings`);
  } else if (field === 'paragraph') {
    if (!Number.isInteger(c.index) || (c.index as number) < 1) fail(file, where, '"paragraph" needs a 1-based "index"');
    if (!isText(c.from) || !isText(c.to)) fail(file, where, '"paragraph" needs "from" and "to" texts');
  } else fail(file, where, `unknown change (field "${field}"); expected one of ${[...TEXT_FIELDS, ...LIST_FIELDS, 'paragraph'].join(', ')}, or split, mergeInto, caption`);
  return c as ArticleChange;
}

function pageChange(c: Json, file: string, where: string): PageChange {
  if ('hide' in c) {
    if (!isText(c.hide) || !c.hide.trim()) fail(file, where, '"hide" is the text to hide');
    return c as PageChange;
  }
  const field = c.field as string;
  if (!(PAGE_FIELDS as readonly string[]).includes(field)) fail(file, where, `unknown change (field "${field}"); a page's are ${PAGE_FIELDS.join(', ')}, or hide`);
  if (field === 'date' && c.to !== null && !(isText(c.to) && ISO_DATE.test(c.to) && !Number.isNaN(Date.parse(c.to)))) fail(file, where, '"date" is YYYY-MM-DD or null');
  if (field === 'page' && c.to !== null && !(Number.isInteger(c.to) && (c.to as number) > 0)) fail(file, where, '"page" is a positive integer or null');
  if (field === 'section' && !isTextOrNull(c.to)) fail(file, where, '"section" is text or null');
  if (!('from' in c)) fail(file, where, '"from" (the value it replaces) is required');
  return c as PageChange;
}

/** A correction file's JSON, checked; throws naming the file and the change at fault. */
export function readCorrection(data: unknown, file: string): Correction {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(file, 'top', 'expected an object');
  const d = data as Json;
  if (!isText(d.date) || !ISO_DATE.test(d.date)) fail(file, 'date', 'when the correction was made, YYYY-MM-DD');
  if (d.note !== undefined && !isText(d.note)) fail(file, 'note', 'text');
  if (!Array.isArray(d.changes) || !d.changes.length) fail(file, 'changes', 'a non-empty list');
  const isArticle = isText(d.article);
  if (isArticle === isText(d.page)) fail(file, 'top', 'name either an "article" (permanent id) or a "page" (seed file name)');
  const changes = (d.changes as unknown[]).map((c, i) => {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) fail(file, `changes[${i}]`, 'expected an object');
    return isArticle ? articleChange(c as Json, file, `changes[${i}]`) : pageChange(c as Json, file, `changes[${i}]`);
  });
  const common = { file, date: d.date, ...(d.note !== undefined ? { note: d.note as string } : {}) };
  return isArticle ? { ...common, article: d.article as string, changes: changes as ArticleChange[] } : { ...common, page: d.page as string, changes: changes as PageChange[] };
}
