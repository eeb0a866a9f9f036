/**
 * Corrections and reader reports on a built site of one seed page, with a
 * corrections folder and a REPORT_URL of its own: a corrected record shows
 * everywhere (article page with its history, JSON, issue and zone pages,
 * feed, zone search shard), a stale correction is reported by the build, and
 * the article page's 报告错误 control builds the prefilled report.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import type { Archive, ArchiveArticle } from '../../../src/lib/archive/model';
import { launchBrowser } from '../../support/browser';
import { serve, type Served } from '../../support/serve';
import { buildSite, page, ROOT, run, stripTags, firstText } from '../../support/site';

const SEED = '003_8501c12392327efb.txt';
const REPORT_URL = 'https://tracker.example.org/new?title={title}&body={body}';
const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-corrections-'));
const dirs = { seeds: join(tmp, 'seeds'), corrections: join(tmp, 'corrections'), lock: join(tmp, 'lock.json'), json: join(tmp, 'archive.json'), dist: join(tmp, 'dist') };
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

let target: ArchiveArticle;
let corrected: Archive;
let buildLog: string;

beforeAll(() => {
  mkdirSync(dirs.seeds);
  cpSync(join(ROOT, 'seeds', SEED), join(dirs.seeds, SEED));
  mkdirSync(dirs.corrections);
  // register the page's articles, then correct one of them by its permanent id
  run([TSX, 'scripts/build-data.ts', '--seeds', dirs.seeds, '--lock', dirs.lock, '--out', dirs.json, '--update-lock', '--no-cache', '--corrections', dirs.corrections]);
  const parsed = JSON.parse(readFileSync(dirs.json, 'utf8')) as Archive;
  target = parsed.articles.find((a) => a.zones.length > 0 && a.record.paragraphs.length > 1)!;
  writeFileSync(join(dirs.corrections, `${target.id}.json`), JSON.stringify({
    article: target.id, date: '2026-11-30', note: '标题更正（测试）',
    changes: [{ field: 'title', from: target.record.title, to: `${target.record.title}更正版` }],
  }));
  // the page prints no date: the editor gives it one (a dated article is in the feeds)
  writeFileSync(join(dirs.corrections, 'page.json'), JSON.stringify({
    page: SEED, date: '2026-11-30', changes: [{ field: 'date', from: null, to: '2021-01-25' }],
  }));
  writeFileSync(join(dirs.corrections, 'stale.json'), JSON.stringify({
    article: target.id, date: '2026-11-30', changes: [{ field: 'subtitle', from: '从未印过的副题', to: '新副题' }],
  }));
  buildLog = buildSite({ seeds: dirs.seeds, lock: dirs.lock, json: dirs.json, outDir: dirs.dist, env: { ARCHIVE_CORRECTIONS: dirs.corrections, REPORT_URL } });
  corrected = JSON.parse(readFileSync(dirs.json, 'utf8')) as Archive;
}, 300_000);

const title = () => `${target.record.title}更正版`;
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('a corrected record', () => {
  it('keeps its permanent link and shows the corrected title and the correction on its page', () => {
    const html = page(target.url, dirs.dist);
    expect(squeeze(firstText(html, '<h1[^>]*>', 'h1') ?? '')).toBe(squeeze(title()));
    const history = firstText(html, '<section class="corrections"[^>]*>', 'section') ?? '';
    expect(history).toContain('2026-11-30');
    expect(history).toContain('标题更正（测试）');
    expect(squeeze(history)).toContain(squeeze(`标题：“${target.record.title}” → “${title()}”`));
  });

  it('carries the same history in its JSON', () => {
    const json = JSON.parse(page(`/api/articles/${target.id}.json`, dirs.dist));
    expect(json.record.title).toBe(title());
    expect(json.record.corrections).toEqual([expect.objectContaining({ date: '2026-11-30', note: '标题更正（测试）' })]);
  });

  it('shows the corrected title and date on its issue and zone pages, in the feed and in the zone search shard', () => {
    const a = corrected.articles.find((x) => x.id === target.id)!;
    expect(a.date).toBe('2021-01-25');
    expect(squeeze(stripTags(page(a.issueUrl, dirs.dist)))).toContain(squeeze(title()));
    expect(squeeze(stripTags(page(a.zones[0]!.url, dirs.dist)))).toContain(squeeze(title()));
    expect(squeeze(page('/feed.xml', dirs.dist))).toContain(squeeze(title()));
    const shard = join(dirs.dist, 'search', 'zones', a.zones[0]!.slug);
    expect(readdirSync(shard).map((f) => readFileSync(join(shard, f), 'utf8')).join('')).toContain(title().replace(/\s+/g, ' ').slice(0, 8));
  });

  it('is reported by the build when it no longer fits, and left out', () => {
    expect(buildLog).toMatch(/stale\.json: \w+: not applied — subtitle is now/);
    expect(corrected.articles.find((x) => x.id === target.id)!.record.subtitle).toBeNull();
  });
});

describe('报告错误 in Chromium', () => {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    server = await serve(dirs.dist);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds a prefilled report with the selected passage, sent to the configured tracker, keyboard only', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(server.url + target.url);
    const passage = target.record.paragraphs[1]!.slice(0, 12);
    // select a passage of the article's text
    await p.evaluate((text) => {
      const walker = document.createTreeWalker(document.querySelector('article .prose')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error('passage not found');
    }, passage);
    await p.focus('.report-error summary');
    await p.keyboard.press('Enter');
    await p.getByLabel('正文有误（缺字、错字、串段）').check();
    await p.getByLabel('说明（可选）').fill('这里少了一个字');
    await p.getByRole('button', { name: '生成并发送报告' }).press('Enter');
    const text = await p.locator('[data-report-text]').inputValue();
    expect(text).toContain(`编号：${target.id}`);
    expect(text).toContain(`> ${passage}`);
    expect(text).toContain('这里少了一个字');
    expect(text).toContain(`npm run corrections:new -- ${target.id}`);
    const href = await p.locator('[data-report-send]').getAttribute('href');
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe('https://tracker.example.org/new');
    expect(url.searchParams.get('body')).toBe(text.slice(text.indexOf('\n\n') + 2));
    const axe = await new AxeBuilder({ page: p }).include('.report-error').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await ctx.close();
  });
});
