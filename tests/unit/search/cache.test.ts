import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build.ts';
import { emptyLock } from '../../../src/lib/archive/permalinks.ts';
import { readSeeds } from '../../../src/lib/ingest/seeds.ts';
import { installSearch, prepareSearch } from '../../../src/lib/search/build.ts';
import { zoneByName } from '../../../src/lib/zones/gazetteer.ts';

const seedPages = await readSeeds('seeds');
const archiveOf = (pages = seedPages) => buildArchive(pages, { lock: emptyLock(), resolveZone: zoneByName }).archive;

describe('search index shards and their cache', () => {
  it('indexes one bundle per issue year, newest as the main one, and lists the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const files = await prepareSearch(archiveOf(), root);
    expect(files.stats).toMatchObject({ errors: [], bundles: 2, reused: 0 });
    const to = files.copies.map((c) => c.to);
    expect(to).toEqual(expect.arrayContaining(['pagefind', 'pagefind/shards/undated', 'pagefind/shards.json', 'search']));
    const main = files.copies.find((c) => c.to === 'pagefind')!.from;
    expect(existsSync(join(main, 'pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(files.copies.find((c) => c.to === 'pagefind/shards.json')!.from, 'utf8'))).toEqual(['/pagefind/shards/undated/']);

    // Installed into a site: no Pagefind UI kit in any bundle, no runtime in a merged shard (the main
    // bundle's pagefind.js, worker and wasm load the shard's files); every index, fragment and filter file.
    const site = mkdtempSync(join(tmpdir(), 'search-site-'));
    installSearch(files, site);
    const top = readdirSync(join(site, 'pagefind'));
    expect(top).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index', 'fragment', 'filter']));
    expect(top.some((f) => f.startsWith('wasm.'))).toBe(true);
    const shard = readdirSync(join(site, 'pagefind/shards/undated'));
    expect(shard).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment', 'filter']));
    expect(shard.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect([...top, ...shard].filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
    expect(shard.filter((f) => f === 'pagefind.js' || f === 'pagefind-worker.js' || f.startsWith('wasm.'))).toEqual([]);
    for (const dir of ['index', 'fragment', 'filter']) {
      expect(readdirSync(join(site, 'pagefind/shards/undated', dir))).toEqual(readdirSync(join(files.copies.find((c) => c.to === 'pagefind/shards/undated')!.from, dir)));
    }
  }, 60_000);

  it('re-indexes only the shard whose documents changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const pages = seedPages;
    await prepareSearch(archiveOf(pages), root);
    expect((await prepareSearch(archiveOf(pages), root)).stats).toMatchObject({ bundles: 2, reused: 2, cached: true });
    const undated = pages.find((p) => !p.issue.date)!;
    undated.articles[0]!.body.find((b) => b.kind === 'paragraph')!.text += '新增的一句话。';
    expect((await prepareSearch(archiveOf(pages), root)).stats).toMatchObject({ bundles: 2, reused: 1, cached: false });
  }, 60_000);
});
