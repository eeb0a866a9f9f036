/**
 * The built site at archive scale, on a synthetic archive (src/lib/synth) built like the seeds
 * (tests/support/site.ts buildSite, no search index) in a temp folder.
 *
 * Why a year, not 100k articles: every list page is either cut into pages of a fixed size (articles by
 * month, a zone's articles by year, the undated issues), bounded by the gazetteer (zones), or holds one
 * year (the issue calendar). So what decides the largest page is how much the archive holds per year,
 * not how many years it spans. 770 pages in one year (~5,000 articles, 80 % dated, weekly, about 12
 * files a week, all "page 5") is what a 100k-article archive over 20 years holds per year — with many
 * files of one date and page, and undated pages, as the real archive has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Archive } from '../../src/lib/archive/model';
import { writeSynthSeeds } from '../../src/lib/synth/write';
import { ARTICLES_PER_PAGE, HOME_ZONES, ISSUES_PER_PAGE } from '../../src/lib/archive/paging';
import { atomProblems } from '../support/atom';
import { attrValues, buildSite, firstText, htmlFiles, page, stripTags } from '../support/site';

const PAGE_BUDGET = 200 * 1024;
const PAGES_PER_YEAR = 770;

const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-scale-'));
const dist = join(tmp, 'dist');
const json = join(tmp, 'archive.json');
let data: Archive;
let files: string[];
const at = (path: string) => page(path, dist);
const pathOf = (file: string) => '/' + relative(dist, file).replace(/index\.html$/, '');

beforeAll(async () => {
  const seeds = join(tmp, 'seeds');
  await writeSynthSeeds(seeds, { pages: PAGES_PER_YEAR, years: [2020, 2020], seed: 12 });
  buildSite({
    seeds,
    json,
    lock: join(tmp, 'permalinks.lock.json'),
    outDir: dist,
    env: { ARCHIVE_CACHE: join(tmp, 'records'), ASTRO_CACHE_DIR: join(tmp, 'astro'), SEARCH_SKIP: '1' },
  });
  data = JSON.parse(readFileSync(json, 'utf8')) as Archive;
  files = htmlFiles(dist);
}, 420_000); // (its build may wait its turn behind the incremental test's)

afterAll(() => {
  if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
});

describe('pages that grow with the archive', () => {
  it(`no HTML page is over ${PAGE_BUDGET / 1024} KB`, () => {
    expect(data.articles.length).toBeGreaterThan(4000);
    const over = files.map((f) => ({ path: pathOf(f), kb: Math.round(statSync(f).size / 1024) })).filter((x) => x.kb * 1024 > PAGE_BUDGET);
    expect(over).toEqual([]);
  });

  it('/articles/ is an index of months; every article is on exactly one month page, none holds more than a page', () => {
    const index = at('/articles/');
    const months = attrValues(index, 'href').filter((h) => /^\/articles\/(\d{4}\/\d{2}|undated)\/$/.test(h));
    expect(months.length).toBeGreaterThanOrEqual(12);
    const seen = new Map<string, number>();
    for (const first of months) {
      const html = at(first);
      const numbered = attrValues(html, 'href').filter((h) => h.startsWith(first) && h !== first);
      for (const p of [first, ...new Set(numbered)]) {
        const ids = attrValues(at(p), 'data-article-id');
        expect(ids.length, p).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
        for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
    }
    expect([...seen.keys()].sort()).toEqual(data.articles.map((a) => a.id).sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // this archive has months of several pages, so the numbering is exercised
    expect(files.some((f) => /\/articles\/\d{4}\/\d{2}\/2\/index\.html$/.test(f))).toBe(true);
  });

  it('a month’s first page is /articles/<yyyy>/<mm>/ and holds its first articles in issue order', () => {
    const march = data.articles.filter((a) => a.date?.startsWith('2020-03'));
    const firstPage = attrValues(at('/articles/2020/03/'), 'data-article-id');
    expect(firstPage).toEqual(march.slice(0, ARTICLES_PER_PAGE).map((a) => a.id));
  });

  it('the home page shows the top zones and links to all of them', () => {
    const home = at('/');
    const shown = attrValues(home.slice(home.indexOf('data-top-zones')), 'href').filter((h) => /^\/zones\/[^/]+\/$/.test(h));
    expect(data.zones.length).toBeGreaterThan(HOME_ZONES);
    expect(shown.length).toBe(HOME_ZONES);
    const most = Math.max(...data.zones.map((z) => z.articleIds.length));
    expect(shown[0]).toBe(data.zones.find((z) => z.articleIds.length === most)!.url);
    expect(attrValues(home, 'href')).toContain('/zones/');
  });

  it('a large zone lists its newest articles and every article on exactly one of its year pages', () => {
    const zone = [...data.zones].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
    expect(zone.articleIds.length).toBeGreaterThan(ARTICLES_PER_PAGE);
    const main = at(zone.url);
    expect(attrValues(main, 'data-article-id')).toEqual(zone.articleIds.slice(0, attrValues(main, 'data-article-id').length));
    // the year index, newest first (the coverage chart links the same year pages, oldest first)
    const toc = /<ul data-zone-years[^>]*>([\s\S]*?)<\/ul>/.exec(main)![1];
    const years = [...new Set(attrValues(toc, 'href').filter((h) => h.startsWith(zone.url) && h !== zone.url && h.endsWith('/')))];
    expect(new Set(attrValues(main, 'href').filter((h) => /\/\d{4}\/$/.test(h) && h.startsWith(zone.url)))).toEqual(new Set(years.filter((y) => /\/\d{4}\/$/.test(y))));
    const listed: string[] = [];
    for (const y of years) {
      // the year's other pages (the month chart's links to anchors are no pages)
      const more = [...new Set(attrValues(at(y), 'href').filter((h) => h.startsWith(y) && h !== y && !h.includes('#')))];
      for (const p of [y, ...more]) listed.push(...attrValues(at(p), 'data-article-id'));
    }
    expect(listed).toEqual(zone.articleIds);
  });
});

describe('a zone’s year pages zoomed in by month', () => {
  it('every page of a year charts the year’s articles per month, each bar linked to where its month starts', () => {
    const zone = [...data.zones].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
    const byId = new Map(data.articles.map((a) => [a.id, a]));
    const dated = zone.articleIds.map((id) => byId.get(id)!).filter((a) => a.date);
    const years = [...new Set(dated.map((a) => a.date!.slice(0, 4)))];
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const first = at(`${zone.url}${year}/`);
      const more = [...new Set(attrValues(first, 'href').filter((h) => h.startsWith(`${zone.url}${year}/`) && /\/\d+\/$/.test(h.slice(`${zone.url}${year}`.length)) && h !== `${zone.url}${year}/`))];
      for (const path of [`${zone.url}${year}/`, ...more]) {
        const html = at(path);
        const rects = [...html.matchAll(/<rect\b[^>]*data-period="(\d{2})"[^>]*data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])] as [string, number]);
        const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
        const inYear = dated.filter((a) => a.date!.startsWith(year));
        expect(rects, path).toEqual(months.map((m) => [m, inYear.filter((a) => a.date!.slice(5, 7) === m).length]));
        const links = new Map([...html.matchAll(/<a href="([^"]*)" tabindex="-1"[^>]*>\s*<rect\b[^>]*\sdata-link="(\d{2})"/g)].map((m) => [m[2], m[1]]));
        for (const [m, n] of rects) {
          if (n === 0) {
            expect(links.has(m)).toBe(false);
            continue;
          }
          // the month's newest article carries the anchor, on the page that lists it
          const newest = inYear.find((a) => a.date!.slice(5, 7) === m)!;
          const [target, anchor] = links.get(m)!.split('#');
          const li = new RegExp(`<li[^>]*data-article-id="${newest.id}"[^>]*>`).exec(at(target))?.[0] ?? '';
          expect(li, `${path} ${m}`).toContain(`id="${anchor}"`);
        }
      }
    }
  });
});

describe('articles that only mention a zone', () => {
  it('each hub lists apart the newest articles about other zones that name it, with their number', () => {
    const gazetteer = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/lib/zones/gazetteer.json'), 'utf8')) as { slug: string; name: string; short: string; former: string[] }[];
    const textOf = (a: Archive['articles'][number]) => [a.displayTitle, a.record.kicker, a.record.subtitle, ...a.record.body.map((b) => b.text), ...a.captions].filter(Boolean).join('\n');
    let seen = 0;
    for (const zone of data.zones.filter((z) => z.inGazetteer)) {
      const g = gazetteer.find((x) => x.slug === zone.slug)!;
      const forms = [g.name, g.short, ...g.former].filter((f) => f && /[区园城]$/.test(f));
      const expected = data.articles.filter((a) => !a.zones.some((z) => z.slug === zone.slug) && forms.some((f) => textOf(a).includes(f)));
      const html = at(zone.url);
      const listed = attrValues(html, 'data-mention-id');
      const total = /data-mentions-total[^>]*>(\d+)/.exec(html);
      expect(total ? Number(total[1]) : 0, zone.url).toBe(expected.length);
      expect(listed.length, zone.url).toBe(Math.min(expected.length, 20));
      for (const id of listed) expect(expected.map((a) => a.id), zone.url).toContain(id);
      // none of them is among the zone's own articles
      for (const id of listed) expect(attrValues(html, 'data-article-id')).not.toContain(id);
      seen += listed.length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('several pages on one day', () => {
  const shared = () => {
    const byDay = new Map<string, string[]>();
    for (const x of data.issues) if (x.info.date) byDay.set(x.info.date, [...(byDay.get(x.info.date) ?? []), x.url]);
    return [...byDay.entries()].filter(([, urls]) => urls.length > 1);
  };

  it('the calendar lists each day’s pages in one cell, each page once', () => {
    expect(shared().length).toBeGreaterThan(10);
    const years = attrValues(at('/issues/'), 'href').filter((h) => /^\/issues\/\d{4}\/$/.test(h));
    const year = years.map(at).join('\n');
    const cells = [...year.matchAll(/<td class="has-issue">([\s\S]*?)<\/td>/g)].map((m) => attrValues(m[1], 'href'));
    for (const [, urls] of shared()) expect(cells).toContainEqual(urls);
    const everyLink = cells.flat();
    expect(new Set(everyLink).size).toBe(everyLink.length);
    expect([...everyLink].sort()).toEqual(data.issues.filter((x) => x.info.date).map((x) => x.url).sort());
    // each link of a shared cell says which page it is
    for (const m of year.matchAll(/<td class="has-issue">([\s\S]*?)<\/td>/g)) {
      const texts = [...m[1].matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((a) => a[1]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('every issue page has its own title, and its pager never names the page itself', () => {
    const titles = data.issues.map((x) => firstText(at(x.url), '<title>', 'title'));
    expect(new Set(titles).size).toBe(titles.length);
    for (const x of data.issues) {
      const html = at(x.url);
      const own = firstText(html, '<h1[^>]*>', 'h1');
      for (const m of html.matchAll(/<span class="pager-title">([^<]*)<\/span>/g)) expect(stripTags(m[1])).not.toBe(own);
    }
  });
});

describe('undated pages', () => {
  it('no reader-facing page or feed names a page by its file name (only source pages do)', () => {
    const stems = new RegExp(data.issues.map((x) => x.seed.replace(/\.txt$/, '')).join('|'));
    const named: string[] = [];
    const readerPages = files.filter((f) => !pathOf(f).startsWith('/sources/'));
    for (const f of [...readerPages, join(dist, 'feed.xml')]) {
      const text = readFileSync(f, 'utf8').replace(/\s(href|src|action|content)="[^"]*"/g, '');
      const hit = stems.exec(text);
      if (hit) named.push(`${pathOf(f)}: ${hit[0]}`);
    }
    expect(named.slice(0, 5)).toEqual([]);
  });

  it('the undated issues are listed on pages of at most ISSUES_PER_PAGE, each once, by readable label', () => {
    const undated = data.issues.filter((x) => !x.info.date);
    expect(undated.length).toBeGreaterThan(50);
    const first = at('/issues/undated/');
    const pages = ['/issues/undated/', ...new Set(attrValues(first, 'href').filter((h) => /^\/issues\/undated\/\d+\/$/.test(h)))];
    const listed = pages.flatMap((p) => {
      const links = [...at(p).matchAll(/<a href="(\/issues\/undated-[^"]+)">([^<]*)<\/a>/g)];
      expect(links.length).toBeLessThanOrEqual(ISSUES_PER_PAGE);
      return links.map((m) => ({ url: m[1], text: m[2] }));
    });
    expect(listed.map((l) => l.url)).toEqual(undated.map((x) => x.url));
    for (const l of listed) expect(l.text).toMatch(/^日期不详 · 第5版 · \S/);
  });
});

describe('feeds', () => {
  it('/feed.xml and every zone feed are valid Atom, with no undated entry', () => {
    const feeds = ['/feed.xml', ...data.zones.map((z) => `${z.url}feed.xml`)];
    const problems = feeds.flatMap((f) => atomProblems(at(f)).map((p) => `${f}: ${p}`));
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('a zone feed’s alternate link is its zone page', () => {
    for (const z of data.zones.slice(0, 20)) {
      const alternate = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(at(`${z.url}feed.xml`))?.[1];
      expect(new URL(alternate!).pathname).toBe(z.url);
    }
  });
});

