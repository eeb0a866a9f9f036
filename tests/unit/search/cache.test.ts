import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
/** Every file under dir, as paths relative to it. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

/** The search step of a build in a process of its own (as `astro build` runs it), on the seeds. */
function prepareInChild(cacheRoot: string): void {
  const code = `
    import { buildArchive } from './src/lib/archive/build.ts';
    import { emptyLock } from './src/lib/archive/permalinks.ts';
    import { readSeeds } from './src/lib/ingest/seeds.ts';
    import { prepareSearch } from './src/lib/search/build.ts';
    import { zoneByName } from './src/lib/zones/gazetteer.ts';
    const archive = buildArchive(await readSeeds('seeds'), { lock: emptyLock(), resolveZone: zoneByName }).archive;
    const { stats } = await prepareSearch(archive, process.argv[1]);
    if (stats.errors.length) throw new Error(stats.errors.join('; '));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, cacheRoot], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

describe('search index shards and their cache', () => {
  it('indexes one bundle per issue year, newest as the main one, and lists the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const files = await prepareSearch(archiveOf(), root);
    expect(files.stats).toMatchObject({ errors: [], bundles: 2, reused: 0 });
    expect(files.copies.map((c) => c.to)).toEqual(['pagefind', 'pagefind/shards/undated']);
    const main = files.copies.find((c) => c.to === 'pagefind')!.from;
    expect(existsSync(join(main, 'pagefind.js'))).toBe(true);
    expect(JSON.parse(files.writes.find((w) => w.to === 'pagefind/shards.json')!.data.toString())).toEqual(['/pagefind/shards/undated/']);
    expect(files.writes.filter((w) => w.to.startsWith('search/zones/')).length).toBe(files.stats.shards);

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

  it('installed over the last build, leaves fresh exactly the files of a clean install, byte for byte', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const pages = structuredClone(seedPages);
    const kept = mkdtempSync(join(tmpdir(), 'search-site-'));
    installSearch(await prepareSearch(archiveOf(pages), root), kept);
    // an old build's files are older than this build; one is changed by hand, one is left over from a bundle gone
    writeFileSync(join(kept, 'pagefind/pagefind-entry.json'), '{}');
    writeFileSync(join(kept, 'pagefind/index/stale.pf_index'), 'from a bundle gone');
    const past = new Date(Date.now() - 3_600_000);
    for (const f of filesUnder(kept)) utimesSync(join(kept, f), past, past);
    const undated = pages.find((p) => !p.issue.date)!;
    undated.articles[0]!.body.find((b) => b.kind === 'paragraph')!.text += '新增的一句话。';
    const next = await prepareSearch(archiveOf(pages), root);
    // the start by the file system's clock: it is coarser than Date.now(), so a file written a moment after
    // Date.now() may carry an earlier mtime; and a file touched (utimes from a Date) keeps whole milliseconds
    // only, so one touched within the mark's millisecond reads a fraction of one earlier (seen once in a full run)
    const mark = mkdtempSync(join(tmpdir(), 'search-start-'));
    const started = Math.floor(statSync(mark).mtimeMs);
    const put = installSearch(next, kept);
    expect(put.touched).toBeGreaterThan(0);
    expect(put.copied).toBeGreaterThan(0);
    const clean = mkdtempSync(join(tmpdir(), 'search-site-'));
    installSearch(next, clean);
    // what keep-dist keeps (written or touched by this build) is the clean install, file for file
    const fresh = filesUnder(kept).filter((f) => statSync(join(kept, f)).mtimeMs >= started);
    expect(fresh).toEqual(filesUnder(clean));
    for (const f of fresh) expect(readFileSync(join(kept, f)).equals(readFileSync(join(clean, f))), f).toBe(true);
    expect(fresh).not.toContain('pagefind/index/stale.pf_index');
    for (const d of [root, kept, clean, mark]) rmSync(d, { recursive: true, force: true });
  }, 60_000);

  it('holds after many builds only what one build leaves: nothing per process (each build a process of its own)', () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    // what a build of an earlier version left: its zone shards and shard list, named by its process id
    mkdirSync(join(root, 'zones-123/search/zones/nanning'), { recursive: true });
    writeFileSync(join(root, 'zones-123/search/zones/nanning/0.json'), '{}');
    writeFileSync(join(root, 'shards-123.json'), '[]');
    prepareInChild(root);
    const once = filesUnder(root);
    expect(once.filter((f) => !f.startsWith('bundles/'))).toEqual([]);
    prepareInChild(root);
    prepareInChild(root);
    expect(filesUnder(root)).toEqual(once);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('keeps two builds at once sharing a cache apart: each installs its own zone shards and shard list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    // build A prepares, build B (another archive: no undated pages) prepares while A renders, then A installs
    const a = await prepareSearch(archiveOf(), root);
    const alone = mkdtempSync(join(tmpdir(), 'search-site-'));
    installSearch(a, alone);
    await prepareSearch(archiveOf(seedPages.filter((p) => p.issue.date)), root);
    const site = mkdtempSync(join(tmpdir(), 'search-site-'));
    installSearch(a, site);
    expect(filesUnder(site)).toEqual(filesUnder(alone));
    for (const f of filesUnder(site)) expect(readFileSync(join(site, f)).equals(readFileSync(join(alone, f))), f).toBe(true);
    for (const d of [root, alone, site]) rmSync(d, { recursive: true, force: true });
  }, 60_000);

  it('removes a bundle left half-written by a build killed long ago, not one being written now', async () => {
    const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const bundles = join(root, 'bundles');
    for (const tmp of ['0123456789abcdef0123.tmp-123', 'fedcba9876543210fedc.tmp-456']) {
      mkdirSync(join(bundles, tmp, 'index'), { recursive: true });
      writeFileSync(join(bundles, tmp, 'index/zh_1.pf_index'), 'half written');
    }
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(join(bundles, '0123456789abcdef0123.tmp-123'), twoDaysAgo, twoDaysAgo);
    await prepareSearch(archiveOf(), root);
    expect(readdirSync(bundles).filter((e) => e.includes('.tmp-'))).toEqual(['fedcba9876543210fedc.tmp-456']);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});
