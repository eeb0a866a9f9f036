import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyAdd, checkOptions, planAdd } from '../../../src/lib/ingest/add.ts';
import { readManifest } from '../../../src/lib/ingest/seeds.ts';

/** A small page that prints neither date nor page number (hand-written). */
const undatedPage = `青岛高新区海洋科技企业数量增长三成

本报讯 今年以来，青岛高新区新增海洋

科技企业86家，海洋科技企业总数同比

增长32%。 刘凯
`;
/** The same kind of page with its header: date and page printed. */
const datedPage = `创新园区 INNOVATION PARK 5

2022.4.11 星期一

烟台高新区举办高层次人才创新创业大赛

本报讯 近日，烟台高新区举办高层次人

才创新创业大赛，160个项目参赛。 张善昆
`;

let root: string;
let seeds: string;
const write = (name: string, text: string | Uint8Array) => {
  writeFileSync(join(root, name), text);
  return join(root, name);
};
/** The folder's files with their contents: what "nothing changed" compares. */
const snapshot = () => readdirSync(seeds).sort().map((f) => [f, readFileSync(join(seeds, f), 'utf8')]);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'add-'));
  seeds = join(root, 'seeds');
  cpSync('seeds', seeds, { recursive: true });
});

describe('checkOptions', () => {
  it('takes a calendar date and a page number', () => {
    expect(checkOptions({ date: '2024-02-29', page: 5 })).toEqual({ date: '2024-02-29', page: 5 });
  });
  it.each(['2023-02-29', '2023-13-01', '23-1-5', '2023/01/05', 'yesterday'])('refuses the date %s', (date) => {
    expect(() => checkOptions({ date })).toThrow(/not a date/);
  });
  it.each([0, -1, 2.5, Number.NaN])('refuses the page %s', (page) => {
    expect(() => checkOptions({ page })).toThrow(/not a page number/);
  });
});

describe('planAdd and applyAdd', () => {
  it('copies a page in and records the date and page it does not print', async () => {
    const file = write('new.txt', undatedPage);
    const plan = await planAdd([file], seeds, { date: '2021-03-01', page: 5 });
    expect(plan.map((p) => [p.name, p.entry, p.conflicts])).toEqual([['new.txt', { date: '2021-03-01', page: 5 }, []]]);
    expect(plan[0]!.records[0]!.articles.map((a) => a.title)).toEqual(['青岛高新区海洋科技企业数量增长三成']);
    applyAdd(plan, seeds);
    expect(readFileSync(join(seeds, 'new.txt'), 'utf8')).toBe(undatedPage);
    expect(readManifest(seeds)['new.txt']).toEqual({ date: '2021-03-01', page: 5 });
    // the entries already there are kept
    expect(readManifest(seeds)['004_1155da85c056f7ad.txt']).toEqual({ page: 5, section: '创新园区' });
  });

  it('never records over what the page prints, and says so', async () => {
    const file = write('dated.txt', datedPage);
    const plan = await planAdd([file], seeds, { date: '2021-03-01', page: 5 });
    expect(plan[0]!.entry).toBeNull();
    expect(plan[0]!.conflicts).toEqual(['prints the date 2022-04-11; --date 2021-03-01 is not recorded']);
    const before = readFileSync(join(seeds, 'issues.json'), 'utf8');
    applyAdd(plan, seeds);
    expect(readFileSync(join(seeds, 'issues.json'), 'utf8')).toBe(before);
  });

  it('adds a PDF page', async () => {
    const file = join(root, 'page.pdf');
    cpSync('tests/fixtures/corpus/dev/pdf/dev-0001.pdf', file);
    const plan = await planAdd([file], seeds);
    expect(plan[0]!.records.length).toBe(1);
    expect(plan[0]!.records[0]!.issue.date).toBe('2025-11-10');
    applyAdd(plan, seeds);
    expect(existsSync(join(seeds, 'page.pdf'))).toBe(true);
  });

  describe('refuses, and changes nothing', () => {
    it('a page already in the folder under another name', async () => {
      const copy = write('again.txt', readFileSync('seeds/002_a47ea2bfe5e6e35c.txt'));
      await expect(planAdd([copy], seeds)).rejects.toThrow(/already in .* as 002_a47ea2bfe5e6e35c\.txt/);
    });
    it('a file that is no page, even next to a good one', async () => {
      const good = write('good.txt', undatedPage);
      const binary = write('bad.txt', new Uint8Array([0x25, 0x00, 0xff, 0x10, 0x00, 0x41]));
      const before = snapshot();
      await expect(planAdd([good, binary], seeds)).rejects.toThrow(/bad\.txt/);
      expect(snapshot()).toEqual(before);
    });
    it('a file of another kind, a missing file, an empty list', async () => {
      await expect(planAdd([write('page.docx', undatedPage)], seeds)).rejects.toThrow(/not a page file/);
      await expect(planAdd([join(root, 'nowhere.txt')], seeds)).rejects.toThrow(/no such file/);
      await expect(planAdd([], seeds)).rejects.toThrow(/no file/);
    });
    it('a name that is taken by another page', async () => {
      const file = write('004_1155da85c056f7ad.txt', undatedPage);
      await expect(planAdd([file], seeds)).rejects.toThrow(/already names another page/);
    });
    it('a date that is no date', async () => {
      await expect(planAdd([write('new.txt', undatedPage)], seeds, { date: '2021-02-30' })).rejects.toThrow(/not a date/);
    });
  });
});

// runs the real script in a child process: on a loaded machine that takes longer than vitest's 5 s default
describe('npm run add', { timeout: 120_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/add.ts', ...args], { encoding: 'utf8' });

  it('adds a page, registers its articles and says what to commit; then refuses the same page again', () => {
    const file = write('new.txt', undatedPage);
    const lock = join(root, 'permalinks.lock.json');
    cpSync('permalinks.lock.json', lock);
    const args = ['--seeds', seeds, '--lock', lock, '--out', join(root, 'archive.json')];
    const first = run([file, '--date', '2021-03-01', '--page', '5', ...args]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/✓ new\.txt {2}2021-03-01 {2}page 5 {2}1 articles/);
    expect(first.stdout).toMatch(/\/articles\/\w+\/ {2}青岛高新区海洋科技企业数量增长三成 {2}\[青岛高新区\]/);
    expect(first.stdout).toMatch(/Commit: git add .*new\.txt .*issues\.json .*permalinks\.lock\.json/);
    // the new article is registered and the archive gives it a page
    const archive = JSON.parse(readFileSync(join(root, 'archive.json'), 'utf8'));
    const article = archive.articles.find((a: { seed: string }) => a.seed === 'new.txt');
    expect(article.date).toBe('2021-03-01');
    expect(readFileSync(lock, 'utf8')).toContain(article.id);

    const before = snapshot();
    const again = run([file, ...args]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already in .* as new\.txt\nNothing was changed/);
    expect(snapshot()).toEqual(before);
  });
});
