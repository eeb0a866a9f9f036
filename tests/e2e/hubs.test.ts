/**
 * Zone hubs, province pages and entity pages in real Chromium: axe-core finds no serious or critical
 * violation on any of them (light 1280 px and dark 390 px), none is wider than a 360 px screen, and the
 * coverage chart is an image with a name and description whose bars stay out of the tab order while
 * its table's year links are reachable.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { servedSite } from '../support/served';
import { DIST, archive } from '../support/site';
import { PROVINCE_SLUGS } from '../../src/lib/zones/provinces';

const data = archive();
const dated = (slug: string) => data.articles.filter((a) => a.date && a.zones.some((z) => z.slug === slug)).length;
const charted = [...data.zones].filter((z) => z.inGazetteer).sort((a, b) => dated(b.slug) - dated(a.slug))[0]!;
const withRelated = data.zones.find((z) => data.articles.some((a) => a.zones.length > 1 && a.zones.some((x) => x.slug === z.slug)));
const outside = data.zones.find((z) => !z.inGazetteer);
const provinces = readdirSync(join(DIST, 'zones/province'));
const withArticles = new Set(data.zones.map((z) => z.province));
/** One page of each kind and state (axe takes seconds a page): hubs with a chart, with related lists, outside
 * the gazetteer; a province with articles and one without; the entity index and up to three entity pages. */
const paths = [
  ...new Set([
    charted.url,
    ...(withRelated ? [withRelated.url] : []),
    ...(outside ? [outside.url] : []),
    `/zones/province/${provinces.find((p) => p === PROVINCE_SLUGS[charted.province!])}/`,
    `/zones/province/${provinces.find((p) => !Object.entries(PROVINCE_SLUGS).some(([name, slug]) => slug === p && withArticles.has(name)))}/`,
    '/entities/',
    ...(data.entities ?? []).slice(0, 3).map((e) => e.url),
  ]),
];
const server = servedSite(DIST);
const { withPage } = server;

describe('hub, province and entity pages in Chromium', () => {
  it('covers every new page type', () => {
    expect(paths.filter((p) => /^\/zones\/province\/[a-z]+\/$/.test(p)).length).toBe(2);
    expect(paths.some((p) => /^\/entities\/[^/]+\/$/.test(p))).toBe(true);
  });

  for (const [scheme, width] of [['light', 1280], ['dark', 390]] as const) {
    it(`axe: no serious or critical violation (${scheme}, ${width} px)`, async () => {
      const found: string[] = [];
      await withPage({ viewport: { width, height: 900 }, colorScheme: scheme }, async (page) => {
        for (const path of paths) {
          await page.goto(server.url + path);
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
            found.push(`${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          }
        }
      });
      expect(found).toEqual([]);
    }, 120_000);
  }

  it('nothing is wider than a 360 px screen', async () => {
    const wide: string[] = [];
    await withPage({ viewport: { width: 360, height: 800 } }, async (page) => {
      for (const path of paths) {
        await page.goto(server.url + path);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 360) wide.push(`${path}: ${w}px`);
      }
    });
    expect(wide).toEqual([]);
  }, 120_000);

  it('a coverage chart is a named image; its bars are links for the pointer, not tab stops; its table’s year links are', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(server.url + charted.url);
      const svg = page.locator('section[data-coverage] svg[role="img"]');
      expect(await svg.count()).toBe(1);
      const name = await svg.evaluate((el) => el.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' | '));
      expect(name).toMatch(/每年的文章数 \| .*\d+ 篇/);
      // no link inside the image; the bars' links are in a layer hidden from assistive technology, out of the tab order
      expect(await svg.evaluate((el) => el.querySelectorAll('a').length)).toBe(0);
      const layer = page.locator('section[data-coverage] svg[aria-hidden="true"]');
      const bars = await layer.evaluate((el) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('tabindex')));
      expect(bars.length).toBeGreaterThan(0);
      expect(bars.every((t) => t === '-1')).toBe(true);
      // a click on a bar goes to its year's list
      await layer.locator('a').first().click();
      expect(new URL(page.url()).hash || new URL(page.url()).pathname).toMatch(/^#y\d{4}$|^\/zones\/[^/]+\/\d{4}\/$/);
      await page.goto(server.url + charted.url);
      // Tab through the page: the table's year links get focus, the bars never do
      const focused: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        focused.push(await page.evaluate(() => (document.activeElement?.closest('svg') ? 'svg' : document.activeElement?.closest('table[data-chart-table]') ? 'table' : 'other')));
        if (focused.at(-1) === 'table') {
          // shown while it has focus, for sighted keyboard users
          const box = await page.evaluate(() => document.activeElement!.closest('table')!.getBoundingClientRect().width);
          expect(box).toBeGreaterThan(20);
        }
      }
      expect(focused).not.toContain('svg');
      expect(focused).toContain('table');
    });
  });
});
