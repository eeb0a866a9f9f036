import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds, type SeedFailure } from '../../../src/lib/ingest/seeds.ts';
import { validateManifest } from '../../../src/lib/ingest/manifest.ts';

const GOOD = '南宁高新区全力确保开门红\n\n本报讯 近日，南宁高新区召开会议，部署一季度经济工作。 于彬\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

describe('readSeeds', () => {
  it('parses the good pages and reports each bad one by name', async () => {
    const dir = folder({
      'a.txt': GOOD,
      'b.txt': new Uint8Array([0xc4, 0xcf, 0xc4, 0xfe, 0x0a]),
      'c.txt': '',
      'd.txt': GOOD.replace('南宁', '潍坊'),
    });
    const failures: SeedFailure[] = [];
    const pages = await readSeeds(dir, (f) => failures.push(f));
    expect(pages.map((p) => p.seed)).toEqual(['a.txt', 'd.txt']);
    expect(failures.map((f) => f.error.message)).toEqual([
      expect.stringMatching(/^b\.txt:1: not valid UTF-8/),
      expect.stringMatching(/^c\.txt: page is empty/),
    ]);
  });

  it('throws one error naming every bad page when no handler is given', async () => {
    const dir = folder({ 'a.txt': GOOD, 'b.txt': ' \n', 'c.txt': new Uint8Array([0, 1, 2]) });
    await expect(readSeeds(dir)).rejects.toThrowError(/2 page\(s\) could not be read:\n  b\.txt: page has only whitespace\n  c\.txt:1: binary data/);
  });

  it('applies the manifest and flags two files of the same issue and page', async () => {
    const dir = folder({ 'a.txt': GOOD, 'b.txt': GOOD.replace('于彬', '乐乐'), 'issues.json': JSON.stringify({ 'a.txt': { date: '2021-01-25', page: 5 }, 'b.txt': { date: '2021-01-25', page: 5 } }) });
    const [a, b] = await readSeeds(dir);
    expect(a!.issue).toMatchObject({ date: '2021-01-25', page: 5, source: 'manifest' });
    expect(b!.warnings.map((w) => w.code)).toContain('duplicate-issue');
  });

  it('refuses a manifest entry for a missing file', async () => {
    const dir = folder({ 'a.txt': GOOD, 'issues.json': JSON.stringify({ 'zz.txt': { page: 5 } }) });
    await expect(readSeeds(dir)).rejects.toThrowError(/issues\.json: entry "zz\.txt" names no file/);
  });
});

describe('validateManifest', () => {
  it('accepts dates, pages and notes', async () => {
    expect(validateManifest({ 'a.txt': { date: '2021-01-25', page: 5, note: 'x' } })).toEqual({ 'a.txt': { date: '2021-01-25', page: 5, note: 'x' } });
  });
  it('names what is wrong', async () => {
    expect(() => validateManifest({ 'a.txt': { date: '25.1.2021' } })).toThrowError(/"a\.txt"\.date must be an ISO date/);
    expect(() => validateManifest({ 'a.txt': { page: 0 } })).toThrowError(/page must be a positive integer/);
    expect(() => validateManifest({ 'a.txt': { pages: 5 } })).toThrowError(/unknown field "pages"/);
    expect(() => validateManifest([])).toThrowError(/expected an object/);
  });
});
