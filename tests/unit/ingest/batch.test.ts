import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedsCached } from '../../../src/lib/ingest/batch.ts';

const PAGE = (zone: string) => `${zone}全力确保开门红\n\n本报讯 近日，${zone}召开会议，部署一季度经济工作。 于彬\n`;

describe('parseSeedsCached', () => {
  it('parses once, then serves the same records from the cache until a page changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const cacheDir = join(dir, '.cache');
    writeFileSync(join(dir, 'a.txt'), PAGE('南宁高新区'));
    writeFileSync(join(dir, 'b.txt'), PAGE('潍坊高新区'));
    const progress: number[] = [];
    const first = await parseSeedsCached(dir, { cacheDir, onProgress: (_d, _t, cached) => progress.push(cached) });
    expect(progress.at(-1)).toBe(0);
    expect(readdirSync(cacheDir)).toHaveLength(2);

    const again: number[] = [];
    const second = await parseSeedsCached(dir, { cacheDir, onProgress: (_d, _t, cached) => again.push(cached) });
    expect(again.at(-1)).toBe(2);
    expect(second).toEqual(first);

    writeFileSync(join(dir, 'b.txt'), PAGE('淄博高新区'));
    const third = await parseSeedsCached(dir, { cacheDir });
    expect(third[1]!.articles[0]!.title).toBe('淄博高新区全力确保开门红');
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });

  it('reports a bad page and keeps the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'a.txt'), PAGE('南宁高新区'));
    writeFileSync(join(dir, 'b.txt'), '');
    const errors: string[] = [];
    const pages = await parseSeedsCached(dir, { onError: (f) => errors.push(f.error.message) });
    expect(pages.map((p) => p.seed)).toEqual(['a.txt']);
    expect(errors).toEqual(['b.txt: page is empty']);
  });
});
