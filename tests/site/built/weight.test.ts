/**
 * What the built pages weigh (bytes, measured on dist/ with src/lib/bench/weight.ts — never time): an article
 * page carries its text once and a bounded amount of everything else; no page carries inline styles,
 * scoped-style attributes or inline scripts beyond the 繁 guard (JSON-LD and JSON data blocks are data); no Pagefind file the site
 * never loads is published. `npm run bench:weight -- --dist DIR` prints the same figures for any build.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePageParts, kindOf, measureDist } from '../../../src/lib/bench/weight';
import { DIST, archive, builtFiles, decode, firstText, htmlFiles, page } from '../../support/site';

const data = archive();
/**
 * Bytes an article page may weigh beyond its own content (body, title and facts, captions, its issue's list
 * of articles, related articles): head metadata and JSON-LD, site chrome, pager, cite box, report form,
 * script tags. At most 7.3 KB on the seeds and 7.2 KB on a 1,931-article synthetic archive (median 7.0 and
 * 6.8 KB; 7.6 KB at most with og:description, 13–25 KB before the JSON-LD lost its copy of the body and
 * scripts, styles and scoped-style attributes left the page).
 */
const ARTICLE_PAGE_OVERHEAD_BUDGET = 8_000;
/** The 繁 guard of Base.astro's <head> (is:inline: it must run before the first paint). */
const HANT_GUARD = "<script>try{if(localStorage.getItem('yuanqu-script')==='hant')";

describe('page weight', () => {
  it('every article page: its own content plus at most the budget', () => {
    const over: string[] = [];
    for (const a of data.articles) {
      const html = page(a.url);
      const { parts } = articlePageParts(html);
      const own = parts['body (div.prose)'] + parts['article head, facts, captions'] + parts['issue sidebar'] + parts['related articles'];
      const size = Buffer.byteLength(html);
      // the parts add up to the page: nothing is counted twice or left out
      expect(Object.values(parts).reduce((s, n) => s + n, 0)).toBe(size);
      if (size - own > ARTICLE_PAGE_OVERHEAD_BUDGET) over.push(`${a.url}: ${size - own} bytes beyond its content`);
    }
    expect(over).toEqual([]);
  });

  it('every article page carries its text once: each paragraph in the body, its opening words once more as the meta description', () => {
    const count = (s: string, p: string) => s.split(p).length - 1;
    const twice: string[] = [];
    for (const a of data.articles) {
      const html = page(a.url);
      const whole = decode(html);
      const body = firstText(html, '<div class="prose">', 'div') ?? '';
      const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
      expect(description.length).toBeGreaterThan(0);
      for (const p of a.record.paragraphs) {
        if (Array.from(p).length < 16) continue; // a short line may also be a caption or a title
        const printed = count(a.record.paragraphs.join('\n'), p);
        // in the body as often as printed; nowhere else but the description (JSON-LD, og:*, report form and cite box hold none of it)
        if (count(body, p) !== printed) twice.push(`${a.url}: a paragraph ${count(body, p)} times in the body, printed ${printed}: ${p.slice(0, 20)}`);
        if (count(whole, p) > printed + count(description, p)) twice.push(`${a.url}: ${count(whole, p)} copies of: ${p.slice(0, 20)}`);
      }
    }
    expect(twice).toEqual([]);
  });

  it('an article list item is its text and links with little markup around them (no class on each part)', () => {
    // Markup of one item of a list of articles (zone, entity, month, issue pages) beyond its text, its links'
    // targets, its ids and 15 bytes per link (`<a href=""></a>`): at most 126 bytes here and on a
    // 1,931-article synthetic archive; 166–216 with a class on the item, its heading, facts, excerpt and issue link.
    const LIST_ITEM_MARKUP_BUDGET = 150;
    const over: string[] = [];
    let items = 0;
    for (const f of htmlFiles()) {
      const html = readFileSync(f, 'utf8');
      for (const [item] of html.matchAll(/<li data-(?:article|mention)-id="[^>]*>[\s\S]*?<\/li>/g)) {
        items++;
        const text = item.replace(/<[^>]*>/g, '');
        const targets = [...item.matchAll(/ (?:href|id|data-article-id|data-mention-id)="([^"]*)"/g)].reduce((n, m) => n + m[1].length, 0);
        const markup = Buffer.byteLength(item) - Buffer.byteLength(text) - targets - 15 * (item.match(/<a /g) ?? []).length;
        if (markup > LIST_ITEM_MARKUP_BUDGET) over.push(`${relative(DIST, f)}: ${markup} bytes of markup in ${item.slice(0, 120)}`);
      }
    }
    expect(items).toBeGreaterThanOrEqual(data.articles.length);
    expect(over).toEqual([]);
  });

  it('no page has inline styles, scoped-style attributes or inline scripts other than the 繁 guard and JSON-LD', () => {
    const bad: string[] = [];
    for (const f of htmlFiles()) {
      const html = readFileSync(f, 'utf8');
      const name = relative(DIST, f);
      if (/<style[\s>]/.test(html)) bad.push(`${name}: <style>`);
      if (/ data-astro-cid-/.test(html)) bad.push(`${name}: data-astro-cid-*`);
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)) {
        const at = m.index;
        // JSON-LD, and data blocks (the search page's table of zones) are data, not script
        if (m[1] === ' type="application/ld+json"' || m[1].startsWith(' type="application/json"') || html.startsWith(HANT_GUARD, at)) continue;
        bad.push(`${name}: inline script ${html.slice(at, at + 80)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every file of the site has a kind, and the Pagefind bundles hold no UI kit', () => {
    const w = measureDist(DIST);
    expect(w.articles).toBe(data.articles.length);
    expect(w.kinds['per-article JSON'].files).toBe(data.articles.length);
    expect(w.kinds['redirect stubs'].files).toBe(data.redirects.length);
    expect(w.kinds['source pages'].files).toBe(data.issues.length);
    const files = builtFiles();
    expect(files.filter((p) => p.startsWith('/pagefind/') && /\/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(p))).toEqual([]);
    expect(files.filter((p) => p.startsWith('/pagefind/shards/') && /\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*)$/.test(p))).toEqual([]);
    expect(kindOf('/pagefind/pagefind.js', null)).toBe('search bundles (Pagefind)');
  });
});
