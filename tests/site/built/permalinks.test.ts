/**
 * Permanent links, end to end on real builds in a temp folder: build the seeds and register every URL,
 * rebuild unchanged (byte-identical), then change things — alter a title, remove a headline so the text
 * is re-segmented, date an undated page through the manifest, add a page (whose text holds a <script>) —
 * rebuild with the same registry, and check that every URL of the first build still resolves.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Archive, ArchiveArticle } from '../../../src/lib/archive/model';
import { HtmlValidate } from 'html-validate';
import { ROOT, buildSite, builtFiles, fileForPath, firstText, walk } from '../../support/site';

const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-permalinks-'));
const seeds = join(tmp, 'seeds');
const lock = join(tmp, 'permalinks.lock.json');
const dist = (n: string) => join(tmp, n);
const json = (n: string) => join(tmp, `${n}.json`);
const read = (n: string) => JSON.parse(readFileSync(json(n), 'utf8')) as Archive;
const hashTree = (dir: string) =>
  Object.fromEntries(walk(dir).map((f) => [f.slice(dir.length), createHash('sha256').update(readFileSync(f)).digest('hex')]));

const SCRIPT_PAGE = [
  '测试高新区创新大会召开',
  '',
  '本报讯 近日，测试高新区召开创新大会，会场大屏显示<script>alert("xss")</script>字样，',
  '',
  '与会企业代表围绕科技成果转化、知识产权保护和人才引进等议题展开交流，园区管委会发布了支持企业研发投入的多项措施，',
  '',
  '并为首批入驻孵化器的二十家科技型中小企业授牌。',
  '',
].join('\n');

let first: Archive;
let second: Archive;
let retitled: ArchiveArticle;
let merged: ArchiveArticle;
let datedSeed: string;

beforeAll(() => {
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  buildSite({ seeds, lock, json: json('first'), outDir: dist('first'), updateLock: true });
  buildSite({ seeds, lock, json: json('again'), outDir: dist('again'), updateLock: true });
  first = read('first');

  // Pick articles whose title is one whole line of their seed (so editing that line edits the title).
  const lines = new Map(readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(seeds, f), 'utf8').split('\n')]));
  const onOwnLine = first.articles.filter((a) => a.record.title && lines.get(a.seed)!.some((l) => l.trim() === a.record.title));
  retitled = onOwnLine[0];
  merged = onOwnLine.find((a) => a.seed !== retitled.seed && a.position > 1)!;
  const edit = (seed: string, fn: (l: string) => string) => {
    const next = lines.get(seed)!.map(fn);
    lines.set(seed, next);
    writeFileSync(join(seeds, seed), next.join('\n'));
  };
  edit(retitled.seed, (l) => (l.trim() === retitled.record.title ? `${retitled.record.title}再提速` : l));
  edit(merged.seed, (l) => (l.trim() === merged.record.title ? '' : l));
  writeFileSync(join(seeds, '999_added_page.txt'), SCRIPT_PAGE);
  const manifestPath = join(seeds, 'issues.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  datedSeed = first.issues.find((x) => !x.info.date && x.seed !== retitled.seed)!.seed;
  manifest[datedSeed] = { ...(manifest[datedSeed] ?? {}), date: '2020-12-28', page: 5 };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  buildSite({ seeds, lock, json: json('second'), outDir: dist('second') });
  second = read('second');
}, 180_000);

describe('permanent links', () => {
  it('rebuilding unchanged input gives byte-identical output', () => {
    expect(hashTree(dist('again'))).toEqual(hashTree(dist('first')));
  });

  it('every URL of the first build still resolves after the changes', () => {
    const missing: string[] = [];
    const badRedirects: string[] = [];
    for (const path of builtFiles(dist('first'))) {
      if (path.startsWith('/pagefind/')) continue; // search index files are named by content hash: internals, not permalinks
      const file = fileForPath(path, dist('second'));
      if (!file) {
        missing.push(path);
        continue;
      }
      const html = file.endsWith('.html') ? readFileSync(file, 'utf8') : '';
      const to = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      if (to && !fileForPath(to, dist('second'))) badRedirects.push(`${path} → ${to}`);
      if (to) expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${to}">`));
    }
    expect(missing).toEqual([]);
    expect(badRedirects).toEqual([]);
  });

  it('redirect pages are valid HTML with canonical, meta refresh and noindex', async () => {
    expect(second.redirects.length).toBeGreaterThan(0);
    const hv = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const r of second.redirects) {
      const html = readFileSync(fileForPath(r.from, dist('second'))!, 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${r.to}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      // a stub, not a page of the site: no header, navigation, search or footer (about 0.7 KB, was 2.8 KB)
      expect(Buffer.byteLength(html)).toBeLessThan(1000);
      const report = await hv.validateString(html);
      expect(report.results.flatMap((x) => x.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it('an article whose title changed keeps its URL and shows the new title', () => {
    const html = readFileSync(fileForPath(retitled.url, dist('second'))!, 'utf8');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(firstText(html, '<h1[^>]*>', 'h1')).toBe(`${retitled.record.title}再提速`);
    expect(second.articles.find((a) => a.id === retitled.id)?.record.title).toBe(`${retitled.record.title}再提速`);
  });

  it('an article re-segmented away still resolves (kept or redirected to its successor)', () => {
    const file = fileForPath(merged.url, dist('second'))!;
    const html = readFileSync(file, 'utf8');
    const to = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (to) expect(fileForPath(to, dist('second'))).not.toBeNull();
    else expect(second.articles.some((a) => a.id === merged.id)).toBe(true);
  });

  it('a page that gains a date moves to a dated issue URL and the old one redirects', () => {
    const old = first.issues.find((x) => x.seed === datedSeed)!;
    const now = second.issues.find((x) => x.seed === datedSeed)!;
    expect(now.key).toBe('2020-12-28-p5');
    expect(second.redirects).toContainEqual(expect.objectContaining({ from: old.url, to: now.url }));
  });

  it('an added page gets its issue and articles; raw <script> renders as text', () => {
    const added = second.issues.find((x) => x.seed === '999_added_page.txt')!;
    expect(added).toBeDefined();
    const pages = [added.url, added.sourceUrl, ...second.articles.filter((a) => a.seed === added.seed).map((a) => a.url)];
    let seen = 0;
    for (const p of pages) {
      const html = readFileSync(fileForPath(p, dist('second'))!, 'utf8');
      // No <script> element from the text (attribute values may hold the characters, quoted, harmlessly).
      expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script>alert/i);
      if (/(&lt;|&#x3C;|&#60;)script(>|&gt;)alert\((&quot;|")xss/i.test(html)) seen++;
    }
    expect(seen).toBeGreaterThanOrEqual(2); // the source view and the article page
    if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  });
});
