/** /api/articles.json, one JSON per article, Atom feeds (site and zone), sitemap.xml, robots.txt. */
import { describe, expect, it } from 'vitest';
import { archive, builtFiles, page } from '../../support/site';
import { bodyOf } from '../../../src/lib/archive/openData';

const data = archive();

describe('open data', () => {
  it('/api/articles.json lists every article with id, url, title, date, page, zones, authors', () => {
    const api = JSON.parse(page('/api/articles.json')) as Record<string, unknown>[];
    expect(api.map((a) => a.id)).toEqual(data.articles.map((a) => a.id));
    for (const a of api) {
      for (const k of ['id', 'url', 'title', 'date', 'page', 'zones', 'authors']) expect(a).toHaveProperty(k);
    }
  });

  it('one JSON per article holds the full record, its text once', () => {
    let compact = 0;
    for (const a of data.articles) {
      const text = page(`/api/articles/${a.id}.json`);
      const j = JSON.parse(text);
      // every field but `body`, which is `subheadsAt` where paragraphs and subheads interleaved say the same
      const { body, ...rest } = a.record;
      const { body: jBody, subheadsAt, ...jRest } = j.record;
      expect(jRest).toEqual(rest);
      expect(bodyOf(j.record)).toEqual(body);
      if (subheadsAt) {
        compact++;
        expect(jBody).toBeUndefined();
        // each paragraph's text is in the file once (as often as the article prints it)
        for (const p of a.record.paragraphs.filter((p) => p.length >= 20)) {
          expect(text.split(JSON.stringify(p)).length - 1).toBe(a.record.paragraphs.filter((q) => q === p).length);
        }
      }
      expect(j.url).toBe(a.url);
    }
    expect(compact).toBe(data.articles.filter((a) => a.record.body.length > 0).length);
  });

  it('Atom feeds for the site and every zone', () => {
    const site = page('/feed.xml');
    expect(site).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    // feeds are ordered by date: undated articles are not in them
    const dated = new Set(data.articles.filter((a) => a.date).map((a) => a.id));
    expect((site.match(/<entry>/g) ?? []).length).toBe(Math.min(50, dated.size));
    for (const z of data.zones) {
      const feed = page(`/zones/${z.slug}/feed.xml`);
      expect((feed.match(/<entry>/g) ?? []).length).toBe(Math.min(50, z.articleIds.filter((id) => dated.has(id)).length));
    }
  });

  it('sitemap.xml lists every live page and robots.txt points at it', () => {
    const sm = page('/sitemap.xml');
    const locs = [...sm.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    for (const a of data.articles) expect(locs).toContain(a.url);
    for (const z of data.zones) expect(locs).toContain(z.url);
    for (const x of data.issues) expect(locs).toContain(x.url);
    for (const r of data.redirects) expect(locs).not.toContain(r.from);
    expect(page('/robots.txt')).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });

  it('raw seed text is published for every issue', () => {
    const files = builtFiles();
    for (const x of data.issues) expect(files).toContain(x.rawUrl);
  });
});
