/**
 * loadArchive keeps one parsed archive per process (lib/archive/store.ts): shared by every copy of the module
 * (the Astro build bundles its own copy into the pages), and read again once the file changes.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArchive } from '../../../src/lib/archive/store.ts';

const file = join(mkdtempSync(join(tmpdir(), 'yuanqu-store-')), 'archive.json');
const archive = (n: number) => JSON.stringify({ articles: [], issues: [], zones: [], redirects: [], n });

describe('loadArchive', () => {
  it('parses the file once and hands the same object to another copy of the module', async () => {
    writeFileSync(file, archive(1));
    const a = loadArchive(file);
    expect(loadArchive(file)).toBe(a);
    const second = '../../../src/lib/archive/store.ts?copy'; // a module copy of its own, as the Astro bundle has
    const copy = (await import(/* @vite-ignore */ second)) as typeof import('../../../src/lib/archive/store.ts');
    expect(copy.loadArchive).not.toBe(loadArchive);
    expect(copy.loadArchive(file)).toBe(a);
  });

  it('reads the file again when it changed', () => {
    writeFileSync(file, archive(2));
    expect((loadArchive(file) as unknown as { n: number }).n).toBe(2);
    writeFileSync(file, archive(30));
    expect((loadArchive(file) as unknown as { n: number }).n).toBe(30);
  });
});
