/**
 * The plain files (lib/build/plainFiles.ts), written from the archive outside Astro, on the real build: exactly
 * one per article, page, PDF and zone, none left over, and each holding what the records say — the article's
 * open record and where it lives, the page's text as parsed, the zone's feed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archive, builtFiles, DIST, page } from '../../support/site';
import { articleJson, plainFiles } from '../../../src/lib/build/plainFiles';
import { openRecord } from '../../../src/lib/archive/openData';
import { readSourceText } from '../../../src/lib/archive/store';
import { archiveAsOf, zoneFeed } from '../../../src/lib/archive/feeds';
import { rawUrl, seedSlug } from '../../../src/lib/archive/urls';

const data = archive();
const site = new URL(/<link rel="canonical" href="([^"]+)">/.exec(page('/'))![1]!);
const files = plainFiles(data, { site });
const PLAIN = /^\/(api\/articles\/[^/]+\.json|sources\/[^/]+\.(txt|pdf)|zones\/[^/]+\/feed\.xml)$/;

describe('plain files', () => {
  it('are exactly one per article, page, PDF and zone: none missing, none left over', () => {
    const pdfs = new Set(data.issues.flatMap((x) => (x.pdfUrl ? [x.pdfUrl] : [])));
    expect(files.length).toBe(data.articles.length + data.issues.length + pdfs.size + data.zones.length);
    expect(files.map((f) => f.url).sort()).toEqual(builtFiles().filter((p) => PLAIN.test(p)).sort());
    for (const f of files) expect(`/${f.path}`).toBe(f.url);
  });

  it('each holds the bytes its maker gives', () => {
    for (const f of files) {
      const body = f.body();
      expect(readFileSync(join(DIST, f.path))).toEqual(Buffer.from(typeof body === 'string' ? Buffer.from(body, 'utf8') : body));
    }
  });

  it('an article’s JSON parses to its open record and where it lives in the archive', () => {
    for (const a of data.articles) {
      const text = page(`/api/articles/${a.id}.json`);
      expect(text).toBe(articleJson(a));
      expect(JSON.parse(text)).toEqual({
        id: a.id,
        url: a.url,
        title: a.displayTitle,
        date: a.date,
        page: a.page,
        seed: a.seed,
        issue: { key: a.issueKey, url: a.issueUrl, label: a.issueLabel },
        position: a.position,
        zones: a.zones,
        source: a.sourceUrl,
        record: JSON.parse(JSON.stringify(openRecord(a.record))),
      });
    }
  });

  it('a page’s .txt is its text as the parser read it (the line numbers of the records point into it)', () => {
    for (const x of data.issues) {
      expect(x.rawUrl).toBe(rawUrl(seedSlug(x.seed)));
      const text = page(x.rawUrl);
      expect(text).toBe(readSourceText(data.generatedFrom.seedsDir, x));
      const lines = text.split('\n').length;
      for (const id of x.articleIds) {
        const [first, last] = data.articles.find((y) => y.id === id)!.record.lines;
        expect(1 <= first && first <= last && last <= lines).toBe(true);
      }
    }
  });

  it('a zone’s feed is the zone’s feed of the archive, and only the unkeyed site feed is left to Astro', () => {
    const byId = new Map(data.articles.map((a) => [a.id, a]));
    for (const z of data.zones) expect(page(`/zones/${z.slug}/feed.xml`)).toBe(zoneFeed(z, (id) => byId.get(id)!, site, archiveAsOf(data)));
  });
});
