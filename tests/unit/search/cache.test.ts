import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build.ts';
import { emptyLock } from '../../../src/lib/archive/permalinks.ts';
import { readSeeds } from '../../../src/lib/ingest/seeds.ts';
import { cachedSearch, searchDigest } from '../../../src/lib/search/build.ts';
import { zoneByName } from '../../../src/lib/zones/gazetteer.ts';

const archiveOf = (pages = readSeeds('seeds')) => buildArchive(pages, { lock: emptyLock(), resolveZone: zoneByName }).archive;

describe('search index cache', () => {
  it('builds the index once and reuses it while the documents are the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const archive = archiveOf();
    const first = await cachedSearch(archive, root);
    expect(first.stats.cached).toBe(false);
    expect(first.stats.errors).toEqual([]);
    expect(existsSync(join(first.dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(first.dir, 'search', 'zones')).length).toBeGreaterThan(0);
    const again = await cachedSearch(archiveOf(), root);
    expect(again).toMatchObject({ dir: first.dir, stats: { cached: true } });
  }, 60_000);

  it('changes the digest when an indexed text changes', () => {
    const pages = readSeeds('seeds');
    const before = searchDigest(archiveOf(pages));
    const first = pages[0]!.articles[0]!.body.find((b) => b.kind === 'paragraph')!;
    first.text += '新增的一句话。';
    expect(searchDigest(archiveOf(pages))).not.toBe(before);
  });
});
