/**
 * Corrections through the data step of a build, on a copy of the seeds: they
 * survive a re-parse, a stale one is reported and left out, and split and
 * merge keep every registered URL resolving.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type DataResult } from '../../../src/lib/archive/data.ts';
import type { ArchiveArticle } from '../../../src/lib/archive/model.ts';

const SEED = '003_8501c12392327efb.txt';
let root: string;
const dirs = () => ({ seedsDir: join(root, 'seeds'), lockPath: join(root, 'lock.json'), outPath: join(root, 'archive.json'), correctionsDir: join(root, 'corrections'), log: () => {} });
const build = (updateLock = false): Promise<DataResult> => buildData({ ...dirs(), updateLock });
const byTitle = (r: DataResult, start: string) => r.archive.articles.find((a) => a.displayTitle.startsWith(start))!;
const correction = (name: string, data: object) => writeFileSync(join(root, 'corrections', name), JSON.stringify({ date: '2026-12-01', ...data }));

let before: DataResult;
let registered: ArchiveArticle[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'corrections-'));
  cpSync('seeds', join(root, 'seeds'), { recursive: true });
  mkdirSync(join(root, 'corrections'));
  before = await build(true); // every article registered
  registered = before.archive.articles.filter((a) => a.seed === SEED);
});

describe('corrections in the data step', () => {
  it('has a page of several articles to correct', () => {
    expect(registered.length).toBeGreaterThanOrEqual(4);
  });

  it('applies a title fix, a split and a merge; every registered URL still resolves', async () => {
    const [fixed, ...others] = registered;
    const split = others.find((a) => a.record.paragraphs.length >= 4)!;
    const [absorbed, into] = others.filter((a) => a !== split && a.record.paragraphs.length >= 1 && a.record.title);
    correction('1-title.json', { article: fixed!.id, note: '标题加“（图）”', changes: [{ field: 'title', from: fixed!.record.title, to: `${fixed!.record.title}（图）` }] });
    correction('2-split.json', { article: split!.id, changes: [{ split: 2, from: split!.record.paragraphs[1]!.slice(0, 8), title: '拆出的文章' }] });
    correction('3-merge.json', { article: absorbed!.id, changes: [{ mergeInto: into!.id, from: absorbed!.record.paragraphs[0]!.slice(0, 8) }] });
    const after = await build(true);
    expect(after.stale).toEqual([]);
    const article = (id: string) => after.archive.articles.find((a) => a.id === id);
    expect(article(fixed!.id)!.displayTitle).toBe(`${fixed!.record.title}（图）`);
    expect(article(fixed!.id)!.record.corrections![0]!.note).toBe('标题加“（图）”');
    // the split: the old id keeps the part that is most of its text, the other part is a new, registered article
    const parts = after.archive.articles.filter((a) => split!.record.paragraphs.some((p) => a.record.paragraphs.includes(p)));
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.id)).toContain(split!.id);
    const lock = readFileSync(join(root, 'lock.json'), 'utf8');
    for (const p of parts) expect(lock).toContain(`"${p.id}"`);
    // the merge: the absorbed id redirects to the article that now holds its text
    expect(article(absorbed!.id)).toBeUndefined();
    expect(after.archive.redirects).toContainEqual(expect.objectContaining({ from: `/articles/${absorbed!.id}/`, to: `/articles/${into!.id}/` }));
    // every registered URL is an article or a redirect
    const live = new Set([...after.archive.articles.map((a) => a.url), ...after.archive.redirects.map((r) => r.from)]);
    for (const a of before.archive.articles) expect(live.has(a.url)).toBe(true);
  });

  it('keeps applying after a re-parse that shifts line numbers and changes neighbouring text', async () => {
    const file = join(root, 'seeds', SEED);
    const text = readFileSync(file, 'utf8');
    const neighbour = registered.at(-1)!.record.paragraphs[0]!.slice(0, 6);
    writeFileSync(file, `\n\n\n${text.replace(neighbour, `${neighbour}（新增）`)}`);
    const after = await build();
    expect(after.stale).toEqual([]);
    expect(after.archive.articles.find((a) => a.id === registered[0]!.id)!.displayTitle).toMatch(/（图）$/);
  });

  it('reports a correction whose text changed in the page, and does not apply it', async () => {
    const file = join(root, 'seeds', SEED);
    const title = registered[0]!.record.title;
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(title.slice(0, 4), `${title.slice(0, 4)}改`));
    const after = await build();
    expect(after.stale).toEqual([expect.objectContaining({ file: join(root, 'corrections', '1-title.json'), reason: expect.stringMatching(/^title is now/) })]);
    expect(after.archive.articles.some((a) => a.displayTitle.endsWith('（图）'))).toBe(false);
  });
});
