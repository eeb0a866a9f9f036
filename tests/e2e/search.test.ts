/**
 * Search on the built site, in Chromium (dist/ built once by the site project's globalSetup, served by a
 * plain static server): zone queries under every form, multi-word and Traditional queries, the empty
 * state, filters, the header box, and what the Pagefind index holds (articles yes, page chrome no).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as OpenCC from 'opencc-js/cn2t';
import { launchBrowser } from '../support/browser';
import { serve, type Served } from '../support/serve';
import { DIST, archive } from '../support/site';
import { zoneBySlug } from '../../src/lib/zones/gazetteer';
import { searchAgain, searchFor } from './search-page';

const arc = archive();
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const text = (a: (typeof arc.articles)[number]) => [a.displayTitle, a.record.kicker ?? '', a.record.subtitle ?? '', ...a.record.body.map((b) => b.text), ...a.captions].join('\n');
const withAll = (...words: string[]) => arc.articles.filter((a) => words.every((w) => text(a).includes(w))).map((a) => a.url).sort();

let browser: Browser;
let server: Served;
let page: Page;

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The forms a reader may type for a zone of the archive: short, 国家 form, official name, written forms, Traditional. */
function formsOf(z: (typeof arc.zones)[number]): string[] {
  const g = zoneBySlug(z.slug);
  const simplified = [z.name, ...(z.short ? [z.short] : []), ...z.writtenForms];
  if (g) simplified.push(g.aliases.find((f) => f.includes('国家高新区')) ?? g.short);
  const all = [...simplified, ...simplified.map(toHant)];
  return [...new Set(all)];
}

describe('zone queries', () => {
  it('every zone of the seeds, under each of its forms: its card first, all its articles on the first page, above every other article', async () => {
    expect(arc.zones.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const jobs = arc.zones.flatMap((z) => formsOf(z).map((q) => ({ z, q })));
    let checked = 0;
    // Three tabs at a time: about 200 searches, each tab's first by its URL, the others in place (history).
    const ctx = await browser.newContext();
    const worker = async () => {
      const tab = await ctx.newPage();
      for (let job = jobs.pop(), first = true; job; job = jobs.pop(), first = false) {
        const { z, q } = job;
        const own = new Set(z.articleIds.map((id) => arc.articles.find((a) => a.id === id)!.url));
        const v = first ? await searchFor(tab, server.url, { q }) : await searchAgain(tab, { q });
        checked++;
        if (v.zoneCard !== z.slug) problems.push(`${q}: zone card ${v.zoneCard}, want ${z.slug}`);
        const missing = [...own].filter((u) => !v.urls.includes(u));
        if (missing.length) problems.push(`${q}: missing ${missing.join(' ')}`);
        const firstOther = v.urls.findIndex((u) => !own.has(u));
        const lastOwn = Math.max(...[...own].map((u) => v.urls.indexOf(u)));
        if (firstOther >= 0 && firstOther < lastOwn) problems.push(`${q}: ${v.urls[firstOther]} (not tagged) above a ${z.slug} article`);
        // The zone page is linked from the card.
        const cardLink = await tab.locator('[data-zone-card] a').first().getAttribute('href');
        if (cardLink !== z.url) problems.push(`${q}: card links ${cardLink}, want ${z.url}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    await ctx.close();
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(arc.zones.length * 3);
  }, 300_000); // about 200 searches: well over the default on a loaded machine

  it('articles that only mention a zone come after its own articles, in their own section', async () => {
    // A zone named in some article's text that is not tagged with it.
    const z = arc.zones.find((zz) => arc.articles.some((a) => !a.zones.some((r) => r.slug === zz.slug) && text(a).includes(zz.short ?? zz.name)));
    if (!z) return;
    const v = await searchFor(page, server.url, { q: z.short ?? z.name });
    expect(v.sections.zone?.length).toBe(z.articleIds.length);
    expect(v.sections.mentions?.length ?? 0).toBeGreaterThan(0);
    expect(v.urls.slice(0, z.articleIds.length).sort()).toEqual(z.articleIds.map((id) => `/articles/${id}/`).sort());
  });

  it('a gazetteer zone without articles is recognised and answered with "no articles yet" and the zone index', async () => {
    const known = new Set(arc.zones.map((z) => z.slug));
    const g = ['hefei', 'wuhan-donghu', 'shenzhen', 'suzhou'].map(zoneBySlug).find((x) => x && !known.has(x.slug))!;
    const v = await searchFor(page, server.url, { q: toHant(g.short) });
    expect(v.zoneCard).toBe(g.slug);
    expect(await page.locator('[data-zone-card]').textContent()).toContain('暂无文章');
    expect(await page.locator('[data-zone-card] a[href="/zones/"]').count()).toBe(1);
  });
});

describe('word queries', () => {
  it('a multi-word query (知识产权 质押) finds exactly the articles holding both words', async () => {
    const want = withAll('知识产权', '质押');
    expect(want.length).toBeGreaterThan(0);
    const v = await searchFor(page, server.url, { q: '知识产权 质押' });
    expect([...v.urls].sort()).toEqual(want);
    expect(await page.locator('[data-hit] mark').count()).toBeGreaterThan(0);
  });

  it('single words find every article holding them, and only those', async () => {
    for (const w of ['知识产权', '人才', '专精特新']) {
      const v = await searchFor(page, server.url, { q: w });
      expect([...v.urls].sort(), w).toEqual(withAll(w));
    }
  });

  it('Traditional and Simplified forms of a query give the same results', async () => {
    for (const q of ['知识产权 质押', '专精特新', '南宁高新区', '数字经济', '天津滨海高新区 人才']) {
      const s = await searchFor(page, server.url, { q });
      const t = await searchFor(page, server.url, { q: toHant(q) });
      expect(toHant(q), q).not.toBe(q);
      expect(t.urls, q).toEqual(s.urls);
      expect(t.zoneCard, q).toBe(s.zoneCard);
    }
  });

  it('a query with no hits shows a clear empty state', async () => {
    for (const q of ['量子引力波', '霍格沃茨 魔法', 'zzzqqq']) {
      const v = await searchFor(page, server.url, { q });
      expect(v.urls, q).toEqual([]);
      expect(v.empty, q).toBe(true);
      await expect(page.locator('[data-empty]').textContent()).resolves.toContain('没有找到');
    }
  });

  it('filters: kind, year and zone narrow the results', async () => {
    const kind = await searchFor(page, server.url, { q: '人才', kind: 'article' });
    for (const u of kind.urls) expect(arc.articles.find((a) => a.url === u)!.record.kind).toBe('article');
    const year = arc.articles.find((a) => a.date)!.date!.slice(0, 4);
    const byYear = await searchFor(page, server.url, { q: '人才', year });
    expect(byYear.urls.length).toBeGreaterThan(0);
    for (const u of byYear.urls) expect(arc.articles.find((a) => a.url === u)!.date?.slice(0, 4)).toBe(year);
    const zone = arc.zones.find((z) => z.articleIds.length > 1)!;
    const byZone = await searchFor(page, server.url, { zone: zone.slug });
    expect([...byZone.urls].sort()).toEqual(zone.articleIds.map((id) => `/articles/${id}/`).sort());
  });
});

describe('the index', () => {
  it('holds titles, body text and zone names, and none of the page chrome', async () => {
    const a = arc.articles.find((x) => x.record.body.length > 2 && x.zones.length)!;
    const last = a.record.body.at(-1)!.text;
    const phrase = Array.from(last).slice(Math.floor(last.length / 2), Math.floor(last.length / 2) + 8).join('').replace(/[，。、；：“”]/g, ' ');
    const byBody = await searchFor(page, server.url, { q: phrase });
    expect(byBody.urls, phrase).toContain(a.url);
    const byTitle = await searchFor(page, server.url, { q: a.displayTitle });
    expect(byTitle.urls).toContain(a.url);
    // Zone names: Pagefind itself (in the page) finds the official name in the article's record.
    const zoneName = a.zones[0].name;
    // (A string, so the test runner's transform leaves the dynamic import alone.)
    const found = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const r = await pf.search(${JSON.stringify(zoneName)}, { filters: { zone: ${JSON.stringify(a.zones[0].slug)} } });
      const data = await Promise.all(r.results.map((x) => x.data()));
      return data.filter((d) => d.content.includes(${JSON.stringify(zoneName)})).map((d) => d.url);
    })()`)) as string[];
    expect(found).toContain(a.url);
    // Chrome: header, navigation, footer and cite-box words are in no article, and search finds nothing.
    for (const chrome of ['资料来源', '开放数据', '网站地图', '跳到正文', '中国高新技术产业导报 · 创新园区', '引用本文']) {
      if (withAll(chrome.replace(/\s/g, '')).length) continue;
      const v = await searchFor(page, server.url, { q: chrome });
      expect(v.urls, chrome).toEqual([]);
    }
  });
});

describe('search box and keyboard', () => {
  it('the header box on any page submits to /search/?q= and the results are links to article permalinks', async () => {
    const a = arc.articles[0];
    await page.goto(server.url + a.url);
    await page.locator('#q-header').fill('南宁高新区');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done');
    expect(new URL(page.url()).searchParams.get('q')).toBe('南宁高新区');
    const hrefs = await page.locator('[data-hit] h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(arc.articles.some((x) => x.url === h)).toBe(true);
    // The query is kept in both boxes, and the results announce themselves in a live region.
    expect(await page.locator('#q-search').inputValue()).toBe('南宁高新区');
    expect(await page.locator('[data-search-status][role="status"]').textContent()).toMatch(/找到 \d+/);
  });

  it('results are reachable with Tab from the search form', async () => {
    await searchFor(page, server.url, { q: '人才' });
    await page.locator('#f-kind').focus();
    await page.keyboard.press('Tab'); // the filters have no submit of their own: next stop is the first result
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-hit]') !== null);
    expect(focused).toBe(true);
  });
});

describe('results as a reader reads them (issue 12)', () => {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const bodyOf = (url: string) => {
    const a = arc.articles.find((x) => x.url === url)!;
    return flat([...a.record.body.map((b) => b.text), ...a.captions].join(' '));
  };
  const excerpts = () => page.locator('[data-hit] .search-hit-excerpt').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const zoneArticles = (slug: string) => arc.zones.find((z) => z.slug === slug)!.articleIds.map((id) => `/articles/${id}/`);

  it('excerpts are body text, never the title, zones and authors glued together', async () => {
    const v = await searchFor(page, server.url, { q: '人才' });
    expect(v.urls.length).toBeGreaterThan(1);
    const texts = await excerpts();
    v.urls.forEach((u, i) => expect(bodyOf(u), u).toContain(texts[i].replace(/^…|…$/g, '')));
  });

  it('an empty query with a kind or year filter browses it, newest first, with the real total', async () => {
    const kind = arc.articles.filter((a) => a.record.kind === 'article');
    expect(kind.length).toBeGreaterThan(20); // more than one page of results
    const v = await searchFor(page, server.url, { kind: 'article' });
    expect(v.status).toContain(`找到 ${kind.length} 篇文章`);
    while (await page.locator('.search-more').count()) {
      await page.locator('.search-more').click();
      await page.waitForFunction(() => !document.querySelector('.search-more[disabled]'));
    }
    const all = await page.locator('[data-hit]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.url!));
    expect([...all].sort()).toEqual(kind.map((a) => a.url).sort());
    expect(await page.locator('[data-search-status]').textContent()).toContain(`找到 ${kind.length} 篇文章`);
    const year = arc.articles.find((a) => a.date)!.date!.slice(0, 4);
    const byYear = await searchFor(page, server.url, { year });
    const inYear = arc.articles.filter((a) => a.date?.startsWith(year));
    expect([...byYear.urls].sort()).toEqual(inYear.map((a) => a.url).sort());
    const dates = byYear.urls.map((u) => arc.articles.find((a) => a.url === u)!.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('two zones in one query: both cards, each with its articles', async () => {
    const v = await searchFor(page, server.url, { q: '南宁高新区 贵阳高新区' });
    const cards = await page.locator('[data-zone-card]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.zoneCard));
    expect(cards).toEqual(['nanning', 'guiyang']);
    for (const slug of ['nanning', 'guiyang']) for (const u of zoneArticles(slug)) expect(v.urls).toContain(u);
    expect(v.empty).toBe(false);
  });

  it('a zone filter next to a zone query narrows it to articles about both, and says so', async () => {
    const both = arc.articles.filter((a) => ['yantai', 'yan-tai-shi-da-xue-sheng-chuang-ye-yuan'].every((s) => a.zones.some((z) => z.slug === s)));
    expect(both.length).toBeGreaterThan(0);
    expect(zoneArticles('yantai').length).toBeGreaterThan(both.length);
    const v = await searchFor(page, server.url, { q: '烟台高新区', zone: 'yan-tai-shi-da-xue-sheng-chuang-ye-yuan' });
    expect(v.sections.zone).toEqual(both.map((a) => a.url));
    expect(v.status).toContain('同时涉及');
  });

  it('changing a filter runs the search again in place, as a history entry whose title names the query', async () => {
    await searchFor(page, server.url, { q: '人才' });
    expect(await page.title()).toContain('“人才”');
    const year = arc.articles.find((a) => a.date)!.date!.slice(0, 4);
    await page.locator('#f-year').selectOption(year);
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === y && document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done', year);
    const urls = await page.locator('[data-hit]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.url!));
    expect([...urls].sort()).toEqual(withAll('人才').filter((u) => arc.articles.find((a) => a.url === u)!.date?.startsWith(year)));
    expect(await page.title()).toContain(`${year}年`);
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('year') && document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done');
    expect(await page.locator('[data-hit]').count()).toBe(withAll('人才').length);
  });
});

describe('entity facets', () => {
  // an organisation or person with a page, and a word printed in its articles and in at most a page of others
  const entities = arc.entities ?? [];
  const urlOf = (id: string) => `/articles/${id}/`;
  const pick = (() => {
    for (const e of entities) {
      const own = e.articleIds.map(urlOf);
      const words = own.map((u) => text(arc.articles.find((a) => a.url === u)!));
      for (let i = 0; i + 2 <= words[0]!.length; i++) {
        const w = words[0]!.slice(i, i + 2);
        if (!/^[\u4e00-\u9fff]{2}$/.test(w) || !words.every((t) => t.includes(w))) continue;
        const all = withAll(w);
        if (all.length > own.length && all.length <= 20) return { e, w, all, own };
      }
    }
    return null;
  })();

  it('the results name the organisations and people most often named in them, with counts, linked to their pages', async () => {
    expect(pick, 'an entity and a word of its articles').not.toBeNull();
    const { e, w, all } = pick!;
    const v = await searchFor(page, server.url, { q: w });
    expect([...v.urls].sort()).toEqual(all);
    const facet = page.locator(`[data-entity-facets] li:has(a[href="${e.url}"])`);
    await expect(facet.locator(`a[href="${e.url}"]`).textContent()).resolves.toBe(e.name);
    const named = all.filter((u) => e.articleIds.map(urlOf).includes(u)).length;
    await expect(facet.locator('[data-entity-filter]').textContent()).resolves.toBe(`${named} 篇`);
    // every facet counts articles of the results naming it
    for (const f of await page.locator('[data-entity-filter]').evaluateAll((els) => els.map((x) => [(x as HTMLElement).dataset.entityFilter!, x.textContent!]))) {
      const ent = entities.find((x) => x.slug === f[0])!;
      expect(f[1]).toBe(`${all.filter((u) => ent.articleIds.map(urlOf).includes(u)).length} 篇`);
    }
  });

  it('a facet narrows the results to the articles naming it, in place and in the URL; 显示全部 widens them again', async () => {
    const { e, w, all, own } = pick!;
    await searchFor(page, server.url, { q: w });
    await page.locator(`[data-entity-filter="${e.slug}"]`).click();
    await page.waitForFunction((slug) => new URL(location.href).searchParams.get('entity') === slug && document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done', e.slug);
    const narrowed = await page.locator('[data-hit]').evaluateAll((els) => els.map((x) => (x as HTMLElement).dataset.url!));
    expect([...narrowed].sort()).toEqual(own.filter((u) => all.includes(u)).sort());
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain(`只显示提到“${e.name}”的文章`);
    expect(await page.title()).toContain(e.name);
    await page.locator('[data-clear-entity]').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('entity') && document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done');
    expect(await page.locator('[data-hit]').count()).toBe(all.length);
  });

  it('an entity filter alone browses the articles naming it', async () => {
    const { e } = pick!;
    const v = await searchFor(page, server.url, { entity: e.slug });
    expect([...v.urls].sort()).toEqual(e.articleIds.map(urlOf).sort());
  });
});
