/**
 * The built site in real Chromium: axe-core finds no serious or critical violation on any page type
 * (light at 1280 px, dark at 390 px); nothing overflows at 360 px; skip link, 简/繁 toggle, print styles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type Served } from '../support/serve';
import { DIST, archive } from '../support/site';
import { pageTypes } from './pages';

const types = pageTypes(archive()).filter(([name]) => name !== 'redirect');
let browser: Browser;
let server: Served;

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage<T>(opts: Parameters<Browser['newContext']>[0], fn: (page: Page, ctx: BrowserContext) => Promise<T>): Promise<T> {
  const ctx = await browser.newContext(opts);
  try {
    return await fn(await ctx.newPage(), ctx);
  } finally {
    await ctx.close();
  }
}

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
