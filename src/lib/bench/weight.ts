/**
 * What a built site weighs, and why (`npm run bench:weight -- --dist DIR`, tests/site/built/weight.test.ts).
 *
 * Every file of dist/ is put in one kind (article pages, per-article JSON, source pages, redirect stubs, …)
 * by its path and, for HTML, by what it is (an article page has `<article class="article"`, a redirect stub a
 * meta refresh). An article page's bytes are split into parts by the elements that hold them: the body, the
 * JSON-LD, the issue sidebar, related articles, inline scripts and styles, head metadata, site chrome, …
 * Bytes are UTF-8 bytes as written to disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const KINDS = [
  'article pages',
  'redirect stubs',
  'per-article JSON',
  'open-data index',
  'source pages',
  'source files (.txt, .pdf)',
  'issue pages',
  'zone, entity, province hubs',
  'list pages (months, years, indexes)',
  'search bundles (Pagefind)',
  'zone search shards',
  'assets (_astro, icons)',
  'feeds, sitemap, other',
] as const;
export type Kind = (typeof KINDS)[number];

export const PARTS = [
  'body (div.prose)',
  'article head, facts, captions',
  'JSON-LD',
  'head metadata',
  'inline scripts',
  'inline styles',
  'issue sidebar',
  'related articles',
  'pager',
  'cite box',
  'report form',
  'site chrome (header, footer, breadcrumbs)',
  'other markup',
] as const;
export type Part = (typeof PARTS)[number];

export interface KindWeight { files: number; bytes: number }
export interface DistWeight {
  /** Article pages found (the "per article" divisor). */
  articles: number;
  files: number;
  bytes: number;
  kinds: Record<Kind, KindWeight>;
  /** Sum over all article pages of each part's bytes. */
  articleParts: Record<Part, number>;
  /** Bytes of `data-astro-cid-*` attributes on article pages (counted inside the parts above as well). */
  articleScopeAttributes: number;
  /** The largest article page, and what the largest one weighs. */
  largestArticle: { path: string; bytes: number };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html);
const isArticle = (html: string) => /<article class="article"/.test(html);

/** The kind of one file, by its URL path (`/articles/x/index.html`) and, for HTML, its text. */
export function kindOf(path: string, html: string | null): Kind {
  if (path.startsWith('/pagefind/')) return 'search bundles (Pagefind)';
  if (path.startsWith('/search/zones/')) return 'zone search shards';
  if (path.startsWith('/_astro/') || /^\/[^/]+\.(svg|ico|png|css|js)$/.test(path)) return 'assets (_astro, icons)';
  if (path === '/api/articles.json') return 'open-data index';
  if (path.startsWith('/api/articles/')) return 'per-article JSON';
  if (html !== null) {
    if (isRedirect(html)) return 'redirect stubs';
    if (isArticle(html)) return 'article pages';
    if (/^\/sources\/[^/]+\/index\.html$/.test(path)) return 'source pages';
    if (/^\/issues\/(\d{4}-\d\d-\d\d-p[^/]+|undated-[^/]+)\/index\.html$/.test(path)) return 'issue pages';
    if (/^\/(zones|entities)\/[^/]+\/index\.html$/.test(path) || /^\/zones\/province\/[^/]+\/index\.html$/.test(path)) {
      return 'zone, entity, province hubs';
    }
    return 'list pages (months, years, indexes)';
  }
  if (path.startsWith('/sources/')) return 'source files (.txt, .pdf)';
  return 'feeds, sitemap, other';
}

/** UTF-8 bytes of s[from, to). */
function utf8(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : c >= 0xdc00 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/** [start, end) of each element whose opening tag matches `open` (balanced on its tag name). */
function elements(html: string, open: RegExp, tag: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(open.source, 'g');
  const raw = tag === 'script' || tag === 'style';
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const start = m.index;
    let end: number;
    if (raw) {
      const close = html.indexOf(`</${tag}>`, start);
      end = close < 0 ? html.length : close + tag.length + 3;
    } else {
      const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'g');
      tags.lastIndex = start + 1;
      let depth = 1;
      end = html.length;
      for (let t = tags.exec(html); t; t = tags.exec(html)) {
        depth += t[1] ? -1 : 1;
        if (depth === 0) {
          end = html.indexOf('>', t.index) + 1;
          break;
        }
      }
    }
    out.push([start, end]);
    re.lastIndex = end;
  }
  return out;
}

/** An article page's bytes by part (the parts add up to the page's size). */
export function articlePageParts(html: string): { parts: Record<Part, number>; scopeAttributes: number } {
  const index = new Map(PARTS.map((p, i) => [p, i]));
  const owner = new Uint8Array(html.length).fill(index.get('other markup')!);
  const paint = (ranges: [number, number][], part: Part) => {
    for (const [a, b] of ranges) owner.fill(index.get(part)!, a, b);
  };
  // outer elements first, then what sits inside them
  paint(elements(html, /<head[\s>]/, 'head'), 'head metadata');
  paint(elements(html, /<header class="site-header/, 'header'), 'site chrome (header, footer, breadcrumbs)');
  paint(elements(html, /<footer class="site-footer/, 'footer'), 'site chrome (header, footer, breadcrumbs)');
  paint(elements(html, /<nav class="breadcrumbs/, 'nav'), 'site chrome (header, footer, breadcrumbs)');
  paint(elements(html, /<a class="skip-link/, 'a'), 'site chrome (header, footer, breadcrumbs)');
  paint(elements(html, /<article class="article"/, 'article'), 'article head, facts, captions');
  paint(elements(html, /<div class="prose"/, 'div'), 'body (div.prose)');
  paint(elements(html, /<aside class="issue-toc"/, 'aside'), 'issue sidebar');
  paint(elements(html, /<section class="related-articles"/, 'section'), 'related articles');
  paint(elements(html, /<nav class="pager"/, 'nav'), 'pager');
  paint(elements(html, /<section class="cite-box"/, 'section'), 'cite box');
  paint(elements(html, /<section class="report-error"/, 'section'), 'report form');
  const scripts = elements(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'script');
  const ld = scripts.filter(([a]) => html.startsWith('<script type="application/ld+json"', a));
  paint(scripts.filter((r) => !ld.includes(r)), 'inline scripts');
  paint(ld, 'JSON-LD');
  paint(elements(html, /<style[\s>]/, 'style'), 'inline styles');

  const parts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  let from = 0;
  for (let i = 1; i <= html.length; i++) {
    if (i === html.length || owner[i] !== owner[from]) {
      parts[PARTS[owner[from]]] += utf8(html, from, i);
      from = i;
    }
  }
  let scopeAttributes = 0;
  for (const m of html.matchAll(/ data-astro-cid-[a-z0-9]+(="[^"]*")?/g)) scopeAttributes += m[0].length;
  return { parts, scopeAttributes };
}

/** Weigh every file of a built site. */
export function measureDist(dist: string): DistWeight {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { files: 0, bytes: 0 }])) as Record<Kind, KindWeight>;
  const articleParts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  let articleScopeAttributes = 0;
  let largestArticle = { path: '', bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const file of walk(dist)) {
    const path = '/' + relative(dist, file).split('\\').join('/');
    const size = statSync(file).size;
    const html = file.endsWith('.html') ? readFileSync(file, 'utf8') : null;
    const kind = kindOf(path, html);
    kinds[kind].files++;
    kinds[kind].bytes += size;
    files++;
    bytes += size;
    if (kind === 'article pages' && html !== null) {
      const { parts, scopeAttributes } = articlePageParts(html);
      for (const p of PARTS) articleParts[p] += parts[p];
      articleScopeAttributes += scopeAttributes;
      if (size > largestArticle.bytes) largestArticle = { path, bytes: size };
    }
  }
  return { articles: kinds['article pages'].files, files, bytes, kinds, articleParts, articleScopeAttributes, largestArticle };
}
