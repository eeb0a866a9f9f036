/**
 * The built site in real Chromium: axe-core finds no serious or critical violation on any page type
 * (light at 1280 px, dark at 390 px); nothing overflows at 360 px; skip link, 简/繁 toggle, print styles.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import * as OpenCC from 'opencc-js/cn2t';
import { fileFor } from '../support/serve';
import { servedSite } from '../support/served';
import { DIST, archive } from '../support/site';
import { pageTypes } from './pages';

const types = pageTypes(archive()).filter(([name]) => name !== 'redirect');
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** The JavaScript a Simplified reader may download on any page but search (the toggle, the cite box, the report form). */
const SIMPLIFIED_JS_BUDGET = 20 * 1024;
const server = servedSite(DIST);
const { withPage } = server;

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('axe-core in Chromium', () => {
  for (const [scheme, width] of [['light', 1280], ['dark', 390]] as const) {
    it(`no serious or critical violation on any page type (${scheme}, ${width} px)`, async () => {
      const found: string[] = [];
      await withPage({ viewport: { width, height: 900 }, colorScheme: scheme }, async (page) => {
        for (const [name, path] of types) {
          await page.goto(server.url + path);
          for (const v of await seriousViolations(page)) found.push(`${name} ${path}: ${v}`);
        }
      });
      expect(found).toEqual([]);
    });
  }
});

describe('reading in Chromium', () => {
  it('nothing is wider than a 360 px screen', async () => {
    const wide: string[] = [];
    await withPage({ viewport: { width: 360, height: 800 } }, async (page) => {
      for (const [name, path] of types) {
        await page.goto(server.url + path);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 360) wide.push(`${name}: ${w}px`);
      }
    });
    expect(wide).toEqual([]);
  });

  it('the search page on a phone shows one search box, its own, not a second one in the header', async () => {
    await withPage({ viewport: { width: 390, height: 800 } }, async (page) => {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('南宁高新区')}`);
      const visible = await page.locator('input[name="q"]:visible').count();
      expect(visible).toBe(1);
      expect(await page.locator('main input[name="q"]').isVisible()).toBe(true);
      // other pages keep the header's box
      await page.goto(`${server.url}/zones/`);
      expect(await page.locator('header input[name="q"]').isVisible()).toBe(true);
    });
  });

  it('the month table of /issues/ fits a 390 px phone: no sideways scroll, a year on one line, 24 px links', async () => {
    await withPage({ viewport: { width: 390, height: 800 } }, async (page) => {
      await page.goto(`${server.url}/issues/`);
      const box = await page.locator('.table-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(box.scroll).toBeLessThanOrEqual(box.client);
      const years = await page.locator('.year-table tbody th a').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
      expect(years.length).toBeGreaterThan(0);
      const lineHeight = await page.locator('.year-table tbody td').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 2);
      expect(years.every((h) => h < lineHeight + 4)).toBe(true);
      const links = await page.locator('.year-table a').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(Math.round(r.width), Math.round(r.height))));
      expect(Math.min(...links)).toBeGreaterThanOrEqual(24);
      // the units stay for screen readers
      expect(await page.locator('.year-table thead th').nth(1).textContent()).toBe('1月');
    });
  });

  it('the skip link is the first Tab stop, visible, and moves focus to the content', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(server.url + '/');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { text: el.textContent, top: r.top, outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused.text).toBe('跳到正文');
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.outline).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#main');
    });
  });

  it('the 简/繁 toggle loads opencc-js only on request, converts the page and remembers the choice', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(server.url + '/zones/');
      await page.waitForLoadState('networkidle');
      const before = requested.length;
      expect(requested.some((u) => /cn2t/.test(u))).toBe(false);
      expect(await page.textContent('.brand-name')).toBe('园区档案');

      await page.click('[data-script-toggle]');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
      expect(requested.slice(before).some((u) => u.endsWith('.js'))).toBe(true);
      expect(await page.textContent('.brand-name')).toBe('園區檔案');
      expect(await page.getAttribute('[data-script-toggle]', 'aria-pressed')).toBe('true');

      await page.goto(server.url + '/issues/');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
      expect(await page.textContent('h1')).toBe('往期回顧');

      await page.click('[data-script-toggle]');
      expect(await page.textContent('h1')).toBe('往期回顾');
      await page.reload();
      await page.waitForLoadState('networkidle');
      expect(await page.textContent('h1')).toBe('往期回顾');
    });
  });

  it('a Simplified reader downloads no converter: a few KB of script on any page', async () => {
    const over: string[] = [];
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      for (const [name, path] of types.filter(([n]) => n !== 'search')) {
        const scripts: string[] = [];
        const listen = (r: { url: () => string }) => void (r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
        page.on('request', listen);
        await page.goto(server.url + path);
        await page.waitForLoadState('networkidle');
        page.off('request', listen);
        const bytes = scripts.reduce((s, p) => s + statSync(fileFor(DIST, p)!).size, 0);
        if (scripts.some((p) => /cn2t|opencc/.test(p)) || bytes > SIMPLIFIED_JS_BUDGET) over.push(`${name}: ${bytes} B in ${scripts.join(' ')}`);
      }
    });
    expect(over).toEqual([]);
  });

  it('for a reader who chose 繁, Simplified text is never painted, and text rendered later is converted too', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page, ctx) => {
      await ctx.addInitScript(() => {
        localStorage.setItem('yuanqu-script', 'hant');
        // The brand's text in the first frame the body is visible in (rAF runs right before a paint).
        const w = window as unknown as { firstPainted?: string | null };
        const tick = () => {
          const brand = document.querySelector('.brand-name');
          if (brand && getComputedStyle(document.body).visibility !== 'hidden') w.firstPainted = brand.textContent;
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const firstPainted = () => page.waitForFunction(() => (window as unknown as { firstPainted?: string }).firstPainted).then((h) => h.jsonValue());
      await page.goto(server.url + '/zones/');
      expect(await firstPainted()).toBe('園區檔案');

      // The search page renders everything after load: headings, results, status, the "more" button, the title.
      await page.goto(server.url + '/search/?kind=article');
      expect(await firstPainted()).toBe('園區檔案');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done');
      const heading = await page.textContent('[data-section] h2');
      expect(heading).toBe(toHant(heading!));
      expect(heading).toContain('篩選結果');
      expect(await page.textContent('.search-more')).toBe('顯示更多結果');
      expect(await page.title()).toContain('園區檔案');
      await page.click('.search-more');
      await page.waitForFunction(() => document.querySelectorAll('[data-hit]').length > 20);
      const titles = await page.locator('[data-hit] h3').allTextContents();
      const articles = archive().articles;
      for (const t of titles) expect(articles.some((a) => toHant(a.displayTitle) === t), t).toBe(true);

      // A label a button sets on click.
      await page.goto(server.url + types.find(([n]) => n === 'article')![1]);
      await page.locator('.copy-button').first().click();
      await expect.poll(() => page.locator('.copy-button').first().textContent()).toMatch(/^(已複製|複製失敗)$/);
    });
  });

  it('small links are 24 px tap targets, and the header search box shows its whole placeholder (1280 px)', async () => {
    const small: string[] = [];
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      const article = types.find(([n]) => n === 'article')![1];
      const source = archive().issues.find((x) => x.warnings.some((w) => w.line))?.sourceUrl;
      for (const path of [article, '/zones/', '/search/?q=%E4%BA%BA%E6%89%8D', ...(source ? [source] : [])]) {
        await page.goto(server.url + path);
        if (path.startsWith('/search/')) await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done');
        const heights = await page.locator('.breadcrumbs a, .footer-links a, .line-ref, .search-hit-meta a, .zone-counts a').evaluateAll((els) =>
          els.map((e) => [e.textContent, Math.round(e.getBoundingClientRect().height)] as const),
        );
        for (const [text, h] of heights) if (h < 24) small.push(`${path} ${text}: ${h}px`);
      }
      const box = await page.locator('#q-header').evaluate((el) => {
        const input = el as HTMLInputElement;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { inner, text: ctx.measureText(input.placeholder).width };
      });
      expect(box.inner).toBeGreaterThanOrEqual(box.text);
    });
    expect(small).toEqual([]);
  });

  it('print shows no relative paths', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(server.url + types.find(([n]) => n === 'article')![1]);
      await page.emulateMedia({ media: 'print' });
      const after = await page.locator('a').evaluateAll((els) => els.map((e) => getComputedStyle(e, '::after').content).filter((c) => c.includes('/')));
      expect(after.filter((c) => !/https?:\/\//.test(c))).toEqual([]);
    });
  });

  it('print hides navigation and keeps the article', async () => {
    const url = types.find(([n]) => n === 'article')![1];
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(server.url + url);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.site-header')).toBe(false);
      expect(await page.isVisible('.article-title')).toBe(true);
      expect(await page.isVisible('.cite-box')).toBe(true);
    });
  });

  it('a static host serves 404.html for unknown paths, with search and a way home', async () => {
    await withPage({}, async (page) => {
      const res = await page.goto(server.url + '/articles/no-such-id/');
      expect(res?.status()).toBe(404);
      expect(await page.textContent('h1')).toBe('页面不存在');
      expect(await page.isVisible('form[role="search"] input[name="q"]')).toBe(true);
      expect(await page.getAttribute('main a[href="/"]', 'href')).toBe('/');
    });
  });
});
