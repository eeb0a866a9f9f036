import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build.ts';
import { emptyLock } from '../../../src/lib/archive/permalinks.ts';
import { readSeeds } from '../../../src/lib/ingest/seeds.ts';
import { prepareSearch } from '../../../src/lib/search/build.ts';
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
