/** Zone and issue pages list exactly their articles, in the right order; indexes count them right. */
import { describe, expect, it } from 'vitest';
import { archive, attrValues, firstText, page, stripTags } from '../../support/site';
import { HOME_ZONES } from '../../../src/lib/archive/paging';

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

  it('the issue index leads to a page per year and to the undated pages, which link every issue once', () => {
    const index = attrValues(page('/issues/'), 'href');
    const years = [...new Set(index.filter((h) => /^\/issues\/\d{4}\/$/.test(h)))];
    expect(years.sort()).toEqual([...new Set(data.issues.filter((x) => x.info.date).map((x) => `/issues/${x.info.date!.slice(0, 4)}/`))].sort());
    expect(index).toContain('/issues/undated/');
    const isIssue = (h: string) => data.issues.some((x) => x.url === h);
    const dated = years.flatMap((y) => attrValues(page(y), 'href').filter(isIssue));
    const undated = attrValues(page('/issues/undated/'), 'href').filter(isIssue);
    expect(dated.sort()).toEqual(data.issues.filter((x) => x.info.date).map((x) => x.url).sort());
    expect(undated).toEqual(data.issues.filter((x) => !x.info.date).map((x) => x.url));
  });

  it('undated pages are named by page number and lead headline, never by file name', () => {
    for (const x of data.issues.filter((i) => !i.info.date)) {
      const lead = data.articles.find((a) => a.id === x.articleIds[0])!.displayTitle;
      const html = page(x.url);
      const h1 = firstText(html, '<h1[^>]*>', 'h1')!;
      expect(h1.startsWith(`日期不详 · 第${x.info.page}版 · `)).toBe(true);
      expect(lead.startsWith(h1.split(' · ')[2].replace(/…$/, ''))).toBe(true);
      const seedStem = x.seed.replace(/\.txt$/, '');
      expect(stripTags(html)).not.toContain(seedStem);
      for (const id of x.articleIds) {
        const article = page(data.articles.find((a) => a.id === id)!.url);
        const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(article)![1]);
        expect(ld.isPartOf.name).toContain(h1);
        expect(stripTags(article)).not.toContain(seedStem);
      }
    }
  });

  it('the estimate of an undated page is explained once and shown as a lower bound, not as a date', () => {
    const html = page('/issues/undated/');
    const estimated = data.issues.filter((x) => !x.info.date && x.info.estimatedDate);
    expect(estimated.length).toBeGreaterThan(1);
    expect(html.match(/data-estimate-note/g)?.length).toBe(1);
    expect(stripTags(html)).not.toMatch(/推测约为/);
    expect(stripTags(html).match(/不早于 \d{4}年/g)?.length).toBe(estimated.length);
  });
});

describe('all articles', () => {
  it('/articles/ links a page per month (and the undated), which together list every article once', () => {
    const months = [...new Set(attrValues(page('/articles/'), 'href').filter((h) => /^\/articles\/(\d{4}\/\d{2}|undated)\/$/.test(h)))];
    const want = new Set(data.articles.map((a) => (a.date ? `/articles/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/` : '/articles/undated/')));
    expect([...months].sort()).toEqual([...want].sort());
    const listed = months.flatMap((m) => attrValues(page(m), 'data-article-id'));
    expect([...listed].sort()).toEqual(data.articles.map((a) => a.id).sort());
  });
});

describe('home', () => {
  it('shows the latest issue, the zones with most articles, a link to all zones and a search form', () => {
    const html = page('/');
    const latest = data.issues.find((x) => x.key === data.latestIssue)!;
    for (const id of latest.articleIds) expect(html).toContain(`data-article-id="${id}"`);
    const top = html.slice(html.indexOf('data-top-zones'), html.indexOf('</ul>', html.indexOf('data-top-zones')));
    const shown = attrValues(top, 'href');
    expect(shown.length).toBe(Math.min(HOME_ZONES, data.zones.length));
    const counts = shown.map((u) => data.zones.find((z) => z.url === u)!.articleIds.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const fewest = Math.min(...counts);
    expect(data.zones.filter((z) => !shown.includes(z.url)).every((z) => z.articleIds.length <= fewest)).toBe(true);
    expect(html).toContain('href="/zones/"');
    // the link to all zones counts provinces, not the group of zones outside the gazetteer
    const provinces = new Set(data.zones.filter((z) => z.inGazetteer && z.province).map((z) => z.province)).size;
    expect(stripTags(html)).toContain(`全部 ${data.zones.length} 个园区（按 ${provinces} 个省份排列）`);
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"/);
    expect(html).toContain('name="q"');
  });
});
