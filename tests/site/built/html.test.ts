/** Every built page: valid HTML (html-validate, recommended rules), Chinese, canonical; article pages' metadata. */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DIST, archive, attrValues, htmlFiles, page } from '../../support/site';
import { ISSUES_PER_PAGE } from '../../../src/lib/archive/paging';
import gazetteer from '../../../src/lib/zones/gazetteer.json' with { type: 'json' };

const files = htmlFiles();
const data = archive();

describe('html', () => {
  it('builds every page type', () => {
    const paths = files.map((f) => '/' + relative(DIST, f));
    for (const p of ['index.html', '404.html', 'search/index.html', 'articles/index.html', 'zones/index.html', 'issues/index.html', 'entities/index.html']) {
      expect(paths).toContain('/' + p);
    }
    expect(paths.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThanOrEqual(data.articles.length + 1);
    // zone hubs and the index; a page per province of the gazetteer apart
    expect(paths.filter((p) => p.startsWith('/zones/') && !p.startsWith('/zones/province/')).length).toBe(data.zones.length + 1);
    expect(paths.filter((p) => p.startsWith('/zones/province/')).length).toBe(new Set(gazetteer.map((z) => z.province)).size);
    expect(paths.filter((p) => p.startsWith('/entities/')).length).toBe((data.entities ?? []).length + 1);
    // issue pages, the index, redirects, a calendar page per year and the pages of undated issues
    const years = new Set(data.issues.filter((x) => x.info.date).map((x) => x.info.date!.slice(0, 4))).size;
    const undatedLists = Math.ceil(data.issues.filter((x) => !x.info.date).length / ISSUES_PER_PAGE);
    expect(paths.filter((p) => p.startsWith('/issues/')).length).toBe(data.issues.length + 1 + data.redirects.filter((r) => r.from.startsWith('/issues/')).length + years + undatedLists);
  });

  it('html-validate reports no error on any page', async () => {
    const hv = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const errors: string[] = [];
    for (const f of files) {
      const report = await hv.validateString(readFileSync(f, 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${relative(DIST, f)}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('every page is Chinese, has a title, a canonical link and a skip link', () => {
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/i);
      expect(html, f).toMatch(/<title>[^<]+<\/title>/);
      expect(html, f).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+">/);
      expect(html, f).toContain('<a class="skip-link" href="#main">跳到正文</a>');
    }
  });

  it('every URL is lowercase ASCII', () => {
    for (const f of files) expect(relative(DIST, f)).toMatch(/^[a-z0-9/._-]+$/);
  });
});

describe('article pages', () => {
  for (const a of data.articles) {
    it(`${a.url}: head metadata, cite box, issue and source links`, () => {
      const html = page(a.url);
      expect(attrValues(html, 'href')).toContain(a.issueUrl);
      expect(html).toMatch(/<meta name="citation_title" content="[^"]+">/);
      expect(html).toContain('<meta name="citation_journal_title" content="中国高新技术产业导报">');
      for (const name of a.record.authors) expect(html).toContain(`<meta name="citation_author" content="${name}">`);
      if (a.date) expect(html).toContain(`<meta name="citation_publication_date" content="${a.date.replace(/-/g, '/')}">`);
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      const json = JSON.parse(ld!);
      expect(json['@type']).toBe('NewsArticle');
      expect(json.headline).toBe(a.displayTitle);
      expect(new URL(json.url).pathname).toBe(a.url);
      // JSON-LD says what the page is; it carries no copy of the text (the body is on the page once).
      expect(json.articleBody).toBeUndefined();
      const opening = a.record.paragraphs[0]?.slice(0, 30) ?? '';
      const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
      if (opening.length === 30) expect(strings(json).join('\n')).not.toContain(opening);
      for (const p of a.record.paragraphs.filter((p) => p.length > 120 && !/[&<>"']/.test(p))) expect(html.split(p).length - 1, p).toBe(1);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/]+${a.url}">`));
      expect(html).toContain('GB/T 7714');
      expect(html).toContain('[N]. 中国高新技术产业导报');
      expect(attrValues(html, 'href')).toContain(a.sourceUrl);
      for (const z of a.zones) expect(attrValues(html, 'href')).toContain(z.url);
      if (a.prev) expect(attrValues(html, 'href')).toContain(a.prev.url);
      if (a.next) expect(attrValues(html, 'href')).toContain(a.next.url);
      for (const s of a.record.subheads) expect(html).toMatch(new RegExp(`<h2 id="s\\d+">${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));
    });
  }
});
