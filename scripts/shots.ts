/**
 * npm run shots — screenshots of each page type at 390 px and 1280 px wide into shots/ (run `npm run build` first).
 *   --dist DIR   the built site (default dist)
 *   --dark       also take dark-mode shots
 *   --readme     only the zone hub and its province page, the top of each (one screen), into
 *                docs/screenshots/ for the README
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serve } from '../tests/support/serve.ts';
import type { Archive } from '../src/lib/archive/model.ts';
import { PROVINCE_SLUGS } from '../src/lib/zones/provinces.ts';

const provinceSlugOf = (name: string): string | null => PROVINCE_SLUGS[name] ?? null;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, dark: { type: 'boolean' }, readme: { type: 'boolean' } } });
const dist = resolve(values.dist!);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`shots: ${dist}/index.html is missing — run \`npm run build\` first`);
  process.exit(1);
}
const archive = JSON.parse(readFileSync(process.env.ARCHIVE_JSON || 'generated/archive.json', 'utf8')) as Archive;
const richest = [...archive.articles].sort(
  (a, b) => b.record.subheads.length + b.captions.length - (a.record.subheads.length + a.captions.length),
)[0];
const zone = [...archive.zones].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
const dated = archive.issues.find((x) => x.info.date) ?? archive.issues[0];
const undated = archive.issues.find((x) => !x.info.date);
const province = zone?.province ? provinceSlugOf(zone.province) : null;
const entity = archive.entities?.[0];

const pages: [string, string][] = [
  ['home', '/'],
  ['article', richest?.url ?? '/articles/'],
  ['articles', '/articles/'],
  ['zones', '/zones/'],
  ['zone', zone?.url ?? '/zones/'],
  ...(province ? ([['province', `/zones/province/${province}/`]] as [string, string][]) : []),
  ...(entity ? ([['entity', entity.url], ['entities', '/entities/']] as [string, string][]) : []),
  ['issues', '/issues/'],
  ['issue', dated?.url ?? '/issues/'],
  ...(undated ? ([['issue-undated', undated.url]] as [string, string][]) : []),
  ['source', dated?.sourceUrl ?? '/'],
  ['search', '/search/?q=南宁高新区'],
  ['404', '/no-such-page/'],
];

const readme = Boolean(values.readme);
const outDir = readme ? join('docs', 'screenshots') : 'shots';
const shown = readme ? pages.filter(([name]) => name === 'zone' || name === 'province') : pages;
mkdirSync(outDir, { recursive: true });
const server = await serve(dist);
const browser = await launchBrowser();
const schemes: ('light' | 'dark')[] = values.dark ? ['light', 'dark'] : ['light'];
let n = 0;
try {
  for (const scheme of schemes) {
    for (const width of [390, 1280]) {
      // README shots: one tall screen, the page's top (facts, chart, related)
      const height = readme ? (width === 390 ? 1500 : 1000) : 900;
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, locale: 'zh-CN' });
      const page = await context.newPage();
      for (const [name, path] of shown) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        // the search page renders its results after load: wait for them (a big archive takes a few seconds)
        if (name === 'search') await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done', null, { timeout: 60_000 });
        const file = join(outDir, `${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`);
        await page.screenshot({ path: file, fullPage: !readme });
        n++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`shots: ${n} screenshots → ${outDir}/`);
