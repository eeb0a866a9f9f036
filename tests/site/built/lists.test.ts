/** Zone and issue pages list exactly their articles, in the right order; indexes count them right. */
import { describe, expect, it } from 'vitest';
import { archive, attrValues, page, stripTags } from '../../support/site';

interface ApiEntry {
  id: string;
  url: string;
  date: string | null;
  issue: string;
  zones: { slug: string; url: string }[];
}
const api = JSON.parse(page('/api/articles.json')) as ApiEntry[];
const data = archive();

describe('zone pages', () => {
  it('there is a page for every zone any article names, and only those', () => {
    const named = new Set(api.flatMap((a) => a.zones.map((z) => z.url)));
    const indexLinks = new Set(attrValues(page('/zones/'), 'href').filter((h) => /^\/zones\/[^/]+\/$/.test(h)));
    expect([...indexLinks].sort()).toEqual([...named].sort());
    for (const url of named) expect(() => page(url)).not.toThrow();
  });

  for (const zone of data.zones) {
    it(`${zone.url} lists exactly its articles, newest first, undated last`, () => {
      const listed = attrValues(page(zone.url), 'data-article-id');
      const mine = api.filter((a) => a.zones.some((z) => z.slug === zone.slug));
      expect([...listed].sort()).toEqual(mine.map((a) => a.id).sort());
      const dates = listed.map((id) => api.find((a) => a.id === id)!.date);
      const firstUndated = dates.indexOf(null);
      const dated = firstUndated < 0 ? dates : dates.slice(0, firstUndated);
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
      expect([...dated].sort().reverse()).toEqual(dated);
    });
  }
});

describe('issue pages', () => {
  for (const issue of data.issues) {
    it(`${issue.url} lists exactly its articles in reading order, with captions and fragments`, () => {
      const html = page(issue.url);
      const listed = attrValues(html, 'data-article-id');
      expect(listed).toEqual(api.filter((a) => a.issue === issue.url).map((a) => a.id));
      const text = stripTags(html);
      for (const c of issue.captions) expect(text).toContain(c.text);
      for (const f of issue.fragments) expect(text).toContain(f.text);
      if (!issue.info.date) expect(html).toContain('日期不详');
    });
  }

  it('the issue index links every issue once, undated ones apart', () => {
    const html = page('/issues/');
    const links = attrValues(html, 'href').filter((h) => h.startsWith('/issues/') && h !== '/issues/');
    expect([...new Set(links)].sort()).toEqual(data.issues.map((x) => x.url).sort());
    const undatedSection = html.slice(html.indexOf('id="undated-heading"'));
    for (const x of data.issues.filter((i) => !i.info.date)) expect(undatedSection).toContain(`href="${x.url}"`);
  });
});

describe('home', () => {
  it('shows the latest issue, zone counts and a search form', () => {
    const html = page('/');
    const latest = data.issues.find((x) => x.key === data.latestIssue)!;
    for (const id of latest.articleIds) expect(html).toContain(`data-article-id="${id}"`);
    for (const z of data.zones) expect(html).toContain(`href="${z.url}"`);
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"/);
    expect(html).toContain('name="q"');
  });
});
