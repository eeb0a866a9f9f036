/** The parse command as score-gold and operators call it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const parse = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], { encoding: 'utf8' });

describe('npm run parse', () => {
  it('prints one page record as JSON with --json', () => {
    const r = parse('--json', 'seeds/004_1155da85c056f7ad.txt');
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.issue).toMatchObject({ date: '2021-01-25', page: 5 });
    expect(rec.articles).toHaveLength(6);
  });

  it('exits non-zero with one line naming the bad file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, new Uint8Array([0x61, 0x0a, 0xc4, 0xcf]));
    const r = parse('--json', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`parse: ${file}:2: not valid UTF-8 at byte 2 (GBK/GB18030 or another legacy encoding?); convert the page to UTF-8`]);
  });

  it('parses a folder, reports each page and fails when one page is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'a.txt'), '南宁高新区全力确保开门红\n\n本报讯 近日，南宁高新区召开会议，部署一季度经济工作。 于彬\n');
    writeFileSync(join(dir, 'b.txt'), '');
    const r = parse('--dir', dir, '--out', join(dir, 'out'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✓ a\.txt .* 1 articles/);
    expect(r.stdout).toMatch(/1 pages, 1 articles, \d+ warnings, 1 failed/);
    expect(r.stderr).toMatch(/b\.txt: page is empty/);
  });
});
