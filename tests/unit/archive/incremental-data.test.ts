/**
 * The data step rebuilt with its caches (parsed records, lib/archive/memo.ts) gives exactly what a clean
 * build of the same input gives: archive.json and the permalink registry, byte for byte. On a copy of
 * seeds/ in a temp folder, one workspace keeps its caches from build to build (as `npm run build` does);
 * after every change its build is compared with two clean builds reading the same registry: one with
 * empty cache folders, one with no cache at all. Changes: a page added, a page removed, a page edited and
 * edited back, an article's last sentence edited and edited back (found by a cached fingerprint key that must
 * not pass for the old text's); and, on parsed records, the parser changed (every record different) and back,
 * and a new page whose zone other, unchanged articles name (their zone
 * mentions change though their text does not). Also: the caches are used (an added page computes its own
 * articles only), and a cache written by other code is not read.
 * (The Astro side of the same is tests/site/incremental.test.ts.)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../src/lib/archive/data.ts';
import { treeDigest } from '../../../src/lib/build/treeDigest.ts';
import type { PageRecord } from '../../../src/lib/types.ts';

const ADDED = '004_1155da85c056f7ad.txt';
const REMOVED = '001_f4bd8a127268c4ec.txt';
const EDITED = '003_8501c12392327efb.txt';
const LAST_EDITED = '002_a47ea2bfe5e6e35c.txt';

let root: string;
let seeds: string;
const inc = () => ({ lock: join(root, 'inc/lock.json'), out: join(root, 'inc/archive.json'), cache: join(root, 'inc/cache/records'), memo: join(root, 'inc/cache/archive') });
const manifest = () => JSON.parse(readFileSync(join(seeds, 'issues.json'), 'utf8')) as Record<string, unknown>;
const setManifest = (m: Record<string, unknown>) => writeFileSync(join(seeds, 'issues.json'), JSON.stringify(m, null, 2));

interface Built {
  archive: string;
  lock: string;
  /** The memo's report: kind → [cached, computed]. */
  memo: Record<string, [number, number]>;
}

let n = 0;
/** One data step; `lockFrom`: the registry it starts from (copied), `dir`: where it writes. */
async function build(dir: string, lockFrom: string | null, caches: { cache?: string; memo?: string }, recordsPath?: string): Promise<Built> {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'lock.json');
  if (lockFrom !== lock) {
    rmSync(lock, { force: true });
    if (lockFrom) cpSync(lockFrom, lock);
  }
  const memo: Built['memo'] = {};
  await buildData({
    seedsDir: seeds,
    lockPath: lock,
    outPath: join(dir, 'archive.json'),
    recordsPath,
    cacheDir: caches.cache,
    memoDir: caches.memo,
    updateLock: true,
    log: (line) => {
      for (const m of line.matchAll(/(\w+) (\d+) cached, (\d+) computed/g)) memo[m[1]!] = [Number(m[2]), Number(m[3])];
    },
  });
  return { archive: readFileSync(join(dir, 'archive.json'), 'utf8'), lock: readFileSync(lock, 'utf8'), memo };
}

/** The kept workspace's build, then both clean builds from the registry it started with; all three compared. */
async function rebuildAndCompare(recordsPath?: string): Promise<Built> {
  const before = join(root, `lock-before-${++n}.json`);
  const w = inc();
  let hadLock = false;
  try {
    cpSync(w.lock, before);
    hadLock = true;
  } catch { /* first build */ }
  const incremental = await build(join(root, 'inc'), w.lock, { cache: w.cache, memo: w.memo }, recordsPath);
  const fresh = join(root, `clean-${n}`);
  const clean = await build(fresh, hadLock ? before : null, { cache: join(fresh, 'cache/records'), memo: join(fresh, 'cache/archive') }, recordsPath);
  const uncached = await build(join(root, `uncached-${n}`), hadLock ? before : null, {}, recordsPath);
  expect(incremental.archive === clean.archive, 'archive.json: incremental = clean (empty caches)').toBe(true);
  expect(incremental.archive === uncached.archive, 'archive.json: incremental = no cache').toBe(true);
  expect(incremental.lock).toBe(clean.lock);
  expect(incremental.lock).toBe(uncached.lock);
  return incremental;
}

/**
 * Rewrites every file of a memo folder through `change`: a kind's file (`{code, entries}`) and its journal
 * (a `{"code"}` line, then `[key, value]` lines) alike.
 */
function rewriteMemo(dir: string, change: (file: string, data: { code: string; entries: Record<string, unknown> }) => void): void {
  for (const f of readdirSync(dir)) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.json')) {
      const data = JSON.parse(text) as { code: string; entries: Record<string, unknown> };
      change(f, data);
      writeFileSync(join(dir, f), JSON.stringify(data));
    } else if (f.endsWith('.journal')) {
      const [head, ...lines] = text.split('\n');
      const data = { code: (JSON.parse(head!) as { code: string }).code, entries: Object.fromEntries(lines.filter(Boolean).map((l) => JSON.parse(l) as [string, unknown])) };
      change(f, data);
      writeFileSync(join(dir, f), [JSON.stringify({ code: data.code }), ...Object.entries(data.entries).map((e) => JSON.stringify(e))].join('\n'));
    }
  }
}

const articlesOf = (b: Built, seed: string) => (JSON.parse(b.archive) as { articles: { seed: string }[] }).articles.filter((a) => a.seed === seed).length;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'yuanqu-incremental-data-'));
  seeds = join(root, 'seeds');
  cpSync('seeds', seeds, { recursive: true });
  // the first build has every page but ADDED
  rmSync(join(seeds, ADDED));
  const m = manifest();
  delete m[ADDED];
  setManifest(m);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('incremental data step = clean build, byte for byte', () => {
  let original: string;

  it('cold', async () => {
    const b = await rebuildAndCompare();
    // no registered article yet, no fingerprint index: the fingerprints' keys are cached, not the fingerprints
    expect(Object.keys(b.memo).sort()).toEqual(['entities', 'fingerprintKeys', 'gazetteerMentions', 'zoneMentions']);
  });

  it('unchanged: everything from the caches', async () => {
    const b = await rebuildAndCompare();
    for (const [kind, [, computed]] of Object.entries(b.memo)) expect(computed, kind).toBe(0);
  });

  it('a page added: its articles alone are computed (all zone mentions again when it brings a zone outside the gazetteer)', async () => {
    cpSync(join('seeds', ADDED), join(seeds, ADDED));
    setManifest({ ...manifest(), [ADDED]: (JSON.parse(readFileSync('seeds/issues.json', 'utf8')) as Record<string, unknown>)[ADDED] });
    const kindFiles = () => new Map(readdirSync(inc().memo).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(inc().memo, f), 'utf8')]));
    const filesBefore = kindFiles();
    const b = await rebuildAndCompare();
    // the entries computed are appended to each kind's journal, its file is not rewritten (zone mentions
    // aside: all of them were computed again, and the kind's file is written anew); the fingerprints, not read,
    // get those made for the new texts' keys
    const filesAfter = kindFiles();
    expect([...filesBefore.keys()].sort()).toEqual(['entities.json', 'fingerprintKeys.json', 'fingerprints.json', 'gazetteerMentions.json', 'zoneMentions.json']);
    expect(b.memo.fingerprints).toBeUndefined();
    for (const [f, text] of filesBefore) {
      if (f.startsWith('zoneMentions')) continue;
      expect(filesAfter.get(f) === text, f).toBe(true);
      const kind = f.replace(/\.json$/, '');
      const journal = readFileSync(join(inc().memo, `${kind}.journal`), 'utf8');
      expect(journal.split('\n').filter(Boolean).length - 1, f).toBe(b.memo[kind === 'fingerprints' ? 'fingerprintKeys' : kind]![1]);
    }
    const added = articlesOf(b, ADDED);
    expect(added).toBeGreaterThan(0);
    const zonesBefore = new Set((JSON.parse(readFileSync(join(root, `clean-${n - 1}/archive.json`), 'utf8')) as { zones: { slug: string }[] }).zones.map((z) => z.slug));
    const newOthers = (JSON.parse(b.archive) as { zones: { slug: string; inGazetteer: boolean }[] }).zones.filter((z) => !z.inGazetteer && !zonesBefore.has(z.slug));
    expect(newOthers.length).toBeGreaterThan(0); // this page brings one: every text is searched for it
    expect(b.memo.zoneMentions).toEqual([0, (JSON.parse(b.archive) as { articles: unknown[] }).articles.length]);
    for (const [kind, [cached, computed]] of Object.entries(b.memo)) {
      if (kind === 'zoneMentions') continue;
      expect(computed, kind).toBeGreaterThan(0);
      expect(computed, kind).toBeLessThanOrEqual(added);
      expect(cached, kind).toBeGreaterThan(0);
    }
  });

  it("an article's last sentence edited, then edited back (nothing else changed, no id gone yet)", async () => {
    const file = join(seeds, LAST_EDITED);
    const original = readFileSync(file, 'utf8');
    const SENTENCE = '推动园区大众创业、万众创新更上一层楼。';
    expect(original).toContain(SENTENCE);
    writeFileSync(file, original.replace(SENTENCE, '推动园区大众创业、万众创新再上新台阶。'));
    const edited = await rebuildAndCompare();
    expect(edited.memo.fingerprints).toBeDefined(); // the edited article was searched for in the index
    writeFileSync(file, original);
    await rebuildAndCompare();
  });

  it('a page removed', async () => {
    rmSync(join(seeds, REMOVED));
    const m = manifest();
    delete m[REMOVED];
    setManifest(m);
    const b = await rebuildAndCompare();
    expect(articlesOf(b, REMOVED)).toBe(0);
    // its articles' ids vanished: their successors are searched in the index, made of every text's fingerprint,
    // each kept by the build that first fingerprinted the text (for its key), though none read them until now
    expect(b.memo.fingerprints).toEqual([(JSON.parse(b.archive) as { articles: unknown[] }).articles.length, 0]);
  });

  it('a page edited (a headline and body text), then edited back', async () => {
    original = readFileSync(join(seeds, EDITED), 'utf8');
    expect(original).toContain('招商引资添动力');
    expect(original).toContain('宜春丰城高新区创新招商');
    // a subhead reworded, and the body now names a company another page names (its entity gets a page)
    const ORG = '重庆路友光电有限公司';
    writeFileSync(join(seeds, EDITED), original.replace('招商引资添动力', '招商引资再提速').replace('宜春丰城高新区创新招商', `宜春丰城高新区与${ORG}创新招商`));
    const edited = await rebuildAndCompare();
    const hasEntity = (b: Built) => (JSON.parse(b.archive) as { entities: { name: string }[] }).entities.some((e) => e.name === ORG);
    expect(hasEntity(edited)).toBe(true);
    writeFileSync(join(seeds, EDITED), original);
    const back = await rebuildAndCompare();
    expect(hasEntity(back)).toBe(false);
    expect(back.archive).not.toBe(edited.archive);
  });
});

describe('caches that other input or other code would make wrong', () => {
  it('a new zone changes the zone mentions of articles whose text did not change', async () => {
    // records in: an article of one page prints the name of a zone no article is about yet
    const parsed = (await buildData({ seedsDir: seeds, lockPath: join(root, 'none.json'), outPath: join(root, 'records-archive.json'), updateLock: false, log: () => {} })).pages;
    const ZONE = '青梅湾未来产业园';
    const pages: PageRecord[] = structuredClone(parsed);
    const naming = pages[0]!.articles[0]!;
    naming.paragraphs[0] = `${naming.paragraphs[0]}${ZONE}也来了。`;
    const block = naming.body.find((b) => b.kind === 'paragraph')!;
    block.text = naming.paragraphs[0]!;
    const records = join(root, 'records.json');
    writeFileSync(records, JSON.stringify(pages));
    const before = await rebuildAndCompare(records);
    const mentions = (b: Built) => (JSON.parse(b.archive) as { articles: { seed: string; parserId: string; mentions: string[] }[] }).articles.find((a) => a.seed === pages[0]!.seed && a.parserId === naming.id)!.mentions;
    const mentionedBefore = mentions(before);
    // then a page about that zone is added: the first article's text is the same, its mentions are not
    const about = structuredClone(pages[1]!);
    about.seed = '900_qingmeiwan.txt';
    about.sha256 = 'f'.repeat(64);
    about.articles = [{ ...about.articles[0]!, id: 'qingmeiwan1', title: `${ZONE}揭牌`, zones: [ZONE] }];
    about.captions = [];
    writeFileSync(records, JSON.stringify([...pages, about]));
    const after = await rebuildAndCompare(records);
    expect(mentions(after).length).toBe(mentionedBefore.length + 1);
  });

  it('the parser changed: every record different (articles split anew), then as before', async () => {
    // what another parser gives, as records: each page's first article loses its last paragraph to a new
    // article of its own (a change at the end of its text only), and every title of every other page gains
    // a mark; the data step then changes back to the first parse
    const parsed = (await buildData({ seedsDir: seeds, lockPath: join(root, 'none.json'), outPath: join(root, 'records-archive.json'), updateLock: false, log: () => {} })).pages;
    const records = join(root, 'records-parser.json');
    writeFileSync(records, JSON.stringify(parsed));
    const before = await rebuildAndCompare(records);
    const other: PageRecord[] = structuredClone(parsed);
    let split = 0;
    for (const [i, page] of other.entries()) {
      if (i % 2) for (const a of page.articles) a.title = a.title ? `${a.title}（续）` : a.title;
      const first = page.articles[0];
      if (!first || first.paragraphs.length < 3) continue;
      const last = first.paragraphs.pop()!;
      const at = first.body.findLastIndex((b) => b.kind === 'paragraph' && b.text === last);
      if (at < 0) continue;
      first.body.splice(at, 1);
      page.articles.push({ ...first, id: `${first.id}-split`, title: '拆出的一篇', kicker: null, subtitle: null, paragraphs: [last], body: [{ kind: 'paragraph', text: last }], captions: [] });
      split++;
    }
    expect(split).toBeGreaterThan(0);
    writeFileSync(records, JSON.stringify(other));
    const changed = await rebuildAndCompare(records);
    expect(changed.archive).not.toBe(before.archive);
    writeFileSync(records, JSON.stringify(parsed));
    const back = await rebuildAndCompare(records);
    // the split articles' ids stay registered (as redirects), so the archive is not the first one again
    expect(back.archive).not.toBe(changed.archive);
  });

  it('a cache written by other code is not read', async () => {
    const { memo } = inc();
    const clean = (await build(join(root, 'code-clean'), inc().lock, {})).archive;
    // every cached value made wrong (in the kinds' files and their journals): read, it changes the archive…
    const saved = new Map<string, string>();
    for (const f of readdirSync(memo)) saved.set(f, readFileSync(join(memo, f), 'utf8'));
    const wrongValue = (f: string) =>
      f.startsWith('fingerprints') ? { n: 1, m: 1, h: '0' } : f.startsWith('fingerprintKeys') ? { id: 'x', n: 1 } : f.startsWith('entities') ? { organizations: [], people: [] } : ['beijing'];
    rewriteMemo(memo, (f, data) => {
      for (const k of Object.keys(data.entries)) data.entries[k] = wrongValue(f);
      if (f.startsWith('gazetteer')) data.entries = {}; // only read where zoneMentions misses
    });
    const w = inc();
    const wrong = (await build(join(root, 'code-wrong'), w.lock, { cache: w.cache, memo: w.memo })).archive;
    expect(wrong).not.toBe(clean);
    // …but not when the code it came from is another
    rewriteMemo(memo, (_f, data) => {
      data.code = `${data.code}-other`;
    });
    const other = (await build(join(root, 'code-other'), w.lock, { cache: w.cache, memo: w.memo })).archive;
    expect(other === clean).toBe(true);
    for (const [f, text] of saved) writeFileSync(join(memo, f), text);
  });

  it('the code key changes with any source file it covers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuanqu-treedigest-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1;');
    writeFileSync(join(dir, 'sub/b.json'), '{}');
    writeFileSync(join(dir, 'notes.md'), 'x');
    const d0 = treeDigest(dir, ['a.ts', 'sub']);
    writeFileSync(join(dir, 'notes.md'), 'y'); // not source
    expect(treeDigest(dir, ['a.ts', 'sub'])).toBe(d0);
    writeFileSync(join(dir, 'sub/b.json'), '{"x":1}');
    expect(treeDigest(dir, ['a.ts', 'sub'])).not.toBe(d0);
    rmSync(dir, { recursive: true, force: true });
  });
});
