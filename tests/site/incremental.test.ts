/**
 * Incremental builds (experimental.incrementalBuild + lib/archive/cacheKeys.ts + lib/build/keepDist.ts), on
 * the seeds in a temp folder with a cacheDir of their own:
 * (a) a rebuild of unchanged input renders no keyed page and leaves every file byte-identical (and untouched);
 * (b) after adding a page, the incremental build equals a `--force` full build of the same input, file for
 *     file, and only the pages the new issue touches were rendered;
 * (c) after an article's title changes, exactly its issue's article pages, its issue page and its zones'
 *     pages are rendered again, and the result again equals a full build;
 * (d) removing the page again leaves nothing of it in dist/ (kept between builds, so stale files are pruned);
 * (e) a dist/ changed by someone else (a stray file, a hand-edited page) is emptied and restored from the cache.
 * Plain files (per-article JSON, raw texts, zone feeds: lib/build/plainFiles.ts) are not Astro pages: in each
 * case exactly those whose bytes changed are written again, the others left as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Archive, ArchiveArticle } from '../../src/lib/archive/model';
import { ROOT, run, walk } from '../support/site';
import { CacheKeys } from '../../src/lib/archive/cacheKeys';
import { articlePages, issueYearUrl, undatedIssuePages } from '../../src/lib/archive/paging';

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** Hooks that build: a build may wait its turn behind another file's (the scale test's takes minutes). */
const BUILD_WAIT = 420_000;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-incremental-'));
const seeds = join(tmp, 'seeds');
const lock = join(tmp, 'permalinks.lock.json');
const json = join(tmp, 'archive.json');
const INC = { dist: join(tmp, 'dist'), cache: join(tmp, 'cache') };
const FULL = { dist: join(tmp, 'dist-full'), cache: join(tmp, 'cache-full') };

/** Parse the seeds (registering new ids, so a changed title keeps its URL). */
function data(): Archive {
  run([TSX, 'scripts/build-data.ts', '--seeds', seeds, '--out', json, '--lock', lock, '--update-lock']);
  return JSON.parse(readFileSync(json, 'utf8')) as Archive;
}

interface Build { rendered: Set<string>; skipped: Set<string>; ms: number }

/** Astro build of the current archive; which output files it rendered and which it skipped (from its log). */
function astro(target: { dist: string; cache: string }, force = false): Build {
  const t0 = performance.now();
  const log = run([ASTRO, 'build', '--outDir', target.dist, ...(force ? ['--force'] : [])], {
    ARCHIVE_JSON: json,
    ASTRO_CACHE_DIR: target.cache,
    SEARCH_SKIP: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  const rendered = new Set<string>();
  const skipped = new Set<string>();
  for (const line of log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = /[├└]─ (\S+)(.*)$/.exec(line);
    if (!m) continue;
    (/\((cached|restored)\)/.test(m[2]) ? skipped : rendered).add(m[1]);
  }
  return { rendered, skipped, ms: performance.now() - t0 };
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const tree = (dir: string) => Object.fromEntries(walk(dir).map((f) => [f.slice(dir.length), sha(f)]).filter(([p]) => !p.startsWith('/pagefind/')));
const mtimes = (dir: string) => Object.fromEntries(walk(dir).map((f) => [f.slice(dir.length), statSync(f).mtimeMs]));
/** Plain files (lib/build/plainFiles.ts): written by the plain-files integration, not rendered by Astro. */
const PLAIN = /^\/(api\/articles\/[^/]+\.json|sources\/[^/]+\.(txt|pdf)|zones\/[^/]+\/feed\.xml)$/;
/** Plain files of INC.dist written since `times` were taken (their mtime moved, or they are new). */
const rewritten = (times: Record<string, number>) =>
  Object.entries(mtimes(INC.dist)).filter(([p, t]) => PLAIN.test(p) && times[p] !== t).map(([p]) => p).sort();
/** Plain files whose bytes differ between two trees (new ones included). */
const differing = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(after).filter((p) => PLAIN.test(p) && before[p] !== after[p]).sort();

/** Output files of pages without getStaticPaths (always rendered); every other output is a keyed page. */
const UNKEYED = new Set(['/404.html', '/index.html', '/articles/index.html', '/zones/index.html', '/issues/index.html', '/search/index.html', '/entities/index.html', '/feed.xml', '/sitemap.xml', '/robots.txt', '/api/articles.json']);
const isKeyed = (p: string) => !UNKEYED.has(p);
const page = (url: string) => `${url}index.html`;
/** List pages (/articles/<yyyy>/<mm>/…, /issues/<yyyy>/, /issues/undated/…) as opposed to article and issue pages. */
const isArticleList = (p: string) => /^\/articles\/(\d{4}\/\d{2}|undated)\//.test(p);
const isIssueList = (p: string) => /^\/issues\/(\d{4}|undated)\//.test(p);
/** Articles whose entry in lists (title, issue label, zones…) differs between two archives. */
function changedEntries(before: Archive, after: Archive): ArchiveArticle[] {
  const [kb, ka] = [new CacheKeys(before), new CacheKeys(after)];
  const had = new Set(before.articles.map((a) => a.id));
  return after.articles.filter((a) => !had.has(a.id) || kb.item(a.id) !== ka.item(a.id));
}

/**
 * Article pages that show something of other articles or entities that changed: a different related list or
 * entity list, a related article whose list entry changed (`changed`), or an entity whose name changed.
 */
function relinked(before: Archive, after: Archive, changed: ArchiveArticle[]): string[] {
  const old = new Map(before.articles.map((a) => [a.id, a]));
  const changedIds = new Set(changed.map((a) => a.id));
  const names = (x: Archive) => new Map((x.entities ?? []).map((e) => [e.slug, e.name]));
  const [nb, na] = [names(before), names(after)];
  return after.articles
    .filter((a) => {
      const o = old.get(a.id);
      if (!o) return false;
      return o.related.join() !== a.related.join() || o.entities.join() !== a.entities.join() || a.related.some((id) => changedIds.has(id)) || a.entities.some((s) => nb.get(s) !== na.get(s));
    })
    .map((a) => page(a.url));
}

let first: Archive;
let cold: Build;
let warm: Build;
let coldTree: Record<string, string>;
let coldTimes: Record<string, number>;

beforeAll(() => {
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  first = data();
  cold = astro(INC);
  coldTree = tree(INC.dist);
  coldTimes = mtimes(INC.dist);
  warm = astro(INC);
}, BUILD_WAIT);

describe('incremental build', () => {
  it('(a) an unchanged rebuild renders no keyed page and leaves every file as it was', () => {
    const keyed = [...cold.rendered].filter((p) => isKeyed(p));
    expect(keyed.length).toBeGreaterThan(first.articles.length);
    expect(keyed.filter((p) => PLAIN.test(p))).toEqual([]);
    expect(cold.skipped.size).toBe(0);
    expect([...warm.rendered].filter((p) => isKeyed(p))).toEqual([]);
    expect([...warm.skipped].sort()).toEqual(keyed.sort());
    expect(tree(INC.dist)).toEqual(coldTree);
    // skipped pages are the very files of the last build (kept in dist/, not rewritten)
    const now = mtimes(INC.dist);
    expect(keyed.filter((p) => now[p] !== coldTimes[p])).toEqual([]);
    // so are the plain files: one per article, page and zone, none written again
    const plain = Object.keys(coldTree).filter((p) => PLAIN.test(p));
    expect(plain.length).toBe(first.articles.length + first.issues.length + first.zones.length);
    expect(rewritten(coldTimes)).toEqual([]);
  });

  describe('(b) one page added', () => {
    let second: Archive;
    let inc: Build;
    let full: Build;
    let incTree: Record<string, string>;
    let incPlain: string[];
    beforeAll(() => {
      // A small dated page, newer than every seed, about the zone with the most articles.
      const zone = [...first.zones].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
      const name = zone.short ?? zone.name;
      const text = [
        `${name}举办科技成果转化对接会`,
        '',
        `本报讯 近日，${name}举办科技成果转化对接会，来自高校、科研院所和园区企业的代表围绕成果转化、`,
        '',
        '知识产权运营和技术经理人培养等议题展开交流，现场签约合作项目十二个，园区管委会发布了支持企业研发投入的多项措施。',
        '',
      ].join('\n');
      // added as an operator does: npm run add (copies it in, records date and page, registers its links)
      const file = join(tmp, '900_added.txt');
      writeFileSync(file, text);
      run([TSX, 'scripts/add.ts', file, '--date', '2031-06-02', '--page', '5', '--seeds', seeds, '--lock', lock, '--out', json]);
      second = JSON.parse(readFileSync(json, 'utf8')) as Archive;
      inc = astro(INC);
      incTree = tree(INC.dist);
      incPlain = rewritten(coldTimes);
      full = astro(FULL, true);
    }, BUILD_WAIT);

    it('added by npm run add, gives its articles registered links and built pages', () => {
      const news = second.articles.filter((a) => a.seed === '900_added.txt');
      expect(news.length).toBeGreaterThan(0);
      const registered = readFileSync(lock, 'utf8');
      for (const a of news) {
        expect(registered).toContain(a.id);
        expect(readFileSync(join(INC.dist, page(a.url)), 'utf8')).toContain(a.record.title);
      }
    });

    it('gives exactly the output of a full build', () => {
      expect(second.issues.length).toBe(first.issues.length + 1);
      expect(full.skipped.size).toBe(0);
      expect(tree(INC.dist)).toEqual(tree(FULL.dist));
    });

    it('renders only what the new issue touches', () => {
      const added = second.issues.find((x) => x.seed === '900_added.txt')!;
      const news = second.articles.filter((a) => a.seed === added.seed);
      expect(news.length).toBeGreaterThan(0);
      const keyed = [...inc.rendered].filter((p) => isKeyed(p));
      for (const a of news) expect(keyed).toContain(page(a.url));
      expect(keyed).toContain(page(added.url));
      // its neighbours' pagers gain a link to it; no other issue page changes
      const neighbours = second.issues.filter((x) => x.prev?.url === added.url || x.next?.url === added.url);
      expect(neighbours.length).toBeGreaterThan(0);
      expect(keyed.filter((p) => p.startsWith('/issues/') && !isIssueList(p)).sort()).toEqual([added, ...neighbours].map((x) => page(x.url)).sort());
      // the new year's calendar page, and at most the years beside it (their pagers), nothing else
      const years = second.issues.filter((x) => x.info.date).map((x) => x.info.date!.slice(0, 4));
      const newYear = added.info.date!.slice(0, 4);
      const yearPages = keyed.filter(isIssueList);
      expect(yearPages).toContain(page(issueYearUrl(newYear)));
      const nearby = [...new Set(years)].sort().slice(-2).map((y) => page(issueYearUrl(y)));
      expect(yearPages.every((p) => nearby.includes(p))).toBe(true);
      // no article of another issue is rendered again, except those whose related articles or entities changed
      // (the new article among them); of the article lists, only the new month's and its neighbours'
      const otherArticles = keyed.filter((p) => p.startsWith('/articles/') && !isArticleList(p) && !news.some((a) => page(a.url) === p));
      expect(otherArticles.sort()).toEqual(relinked(first, second, changedEntries(first, second)).sort());
      const lists = articlePages(second);
      const at = lists.findIndex((l) => l.items.some((a) => a.seed === added.seed));
      const listsNearby = [lists[at - 1], lists[at], lists[at + 1]].filter(Boolean).map((l) => page(l.path));
      expect(keyed.filter(isArticleList)).toContain(page(lists[at].path));
      expect(keyed.filter(isArticleList).every((p) => listsNearby.includes(p))).toBe(true);
      expect(inc.skipped.size).toBeGreaterThan(first.articles.length);
    });

    it('writes exactly the plain files whose bytes changed: the new issue’s among them', () => {
      const added = second.issues.find((x) => x.seed === '900_added.txt')!;
      const news = second.articles.filter((a) => a.seed === added.seed);
      expect(incPlain).toEqual(differing(coldTree, incTree));
      for (const a of news) expect(incPlain).toContain(`/api/articles/${a.id}.json`);
      expect(incPlain).toContain(added.rawUrl);
    });
  });

  describe('(c) one title changed', () => {
    let before: Archive;
    let after: Archive;
    let target: ArchiveArticle;
    let inc: Build;
    let plainChanged: string[];
    let plainWritten: string[];
    beforeAll(() => {
      before = JSON.parse(readFileSync(json, 'utf8')) as Archive;
      // an article whose title is one whole line of its seed, so editing that line edits the title
      target = before.articles.find(
        (a) => a.record.title && a.zones.length > 0 && readFileSync(join(seeds, a.seed), 'utf8').split('\n').filter((l) => l.trim() === a.record.title).length === 1,
      )!;
      const file = join(seeds, target.seed);
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').map((l) => (l.trim() === target.record.title ? `${target.record.title}再提速` : l)).join('\n'));
      after = data();
      const [treeBefore, timesBefore] = [tree(INC.dist), mtimes(INC.dist)];
      inc = astro(INC);
      plainChanged = differing(treeBefore, tree(INC.dist));
      plainWritten = rewritten(timesBefore);
      astro(FULL, true);
    }, BUILD_WAIT);

    it('changes the title and keeps the URL', () => {
      expect(after.articles.find((a) => a.id === target.id)?.displayTitle).toBe(`${target.record.title}再提速`);
    });

    it('renders its issue’s article pages, its issue page and its zones’ pages — nothing else of those kinds', () => {
      const issue = after.issues.find((x) => x.key === target.issueKey)!;
      const keyed = [...inc.rendered].filter((p) => isKeyed(p));
      const of = (prefix: string) => keyed.filter((p) => p.startsWith(prefix) && p.endsWith('/index.html')).sort();
      // the retitled article's entry in lists changed (and its issue's other entries too where the issue's
      // name comes from its lead headline): exactly the lists holding a changed entry are rendered again
      const changed = changedEntries(before, after);
      expect(changed.map((a) => a.id)).toContain(target.id);
      const listsOf = articlePages(after).filter((l) => l.items.some((a) => changed.includes(a))).map((l) => page(l.path));
      const issuePages = issue.articleIds.map((id) => page(after.articles.find((a) => a.id === id)!.url));
      // and the articles listing a changed one as related (or whose related articles or entities changed)
      expect(of('/articles/')).toEqual([...new Set([...issuePages, ...listsOf, ...relinked(before, after, changed)])].sort());
      const relabelled = issue.label !== before.issues.find((x) => x.key === issue.key)!.label;
      const issueLists = relabelled
        ? [...undatedIssuePages(after).filter((l) => l.items.some((x) => x.key === issue.key)).map((l) => page(l.path)), ...(issue.info.date ? [page(issueYearUrl(issue.info.date.slice(0, 4)))] : [])]
        : [];
      expect(of('/issues/')).toEqual([page(issue.url), ...issueLists].sort());
      expect(of('/zones/').filter((p) => !p.startsWith('/zones/province/'))).toEqual([...new Set(changed.flatMap((a) => a.zones.map((z) => page(z.url))))].sort());
      expect(of('/zones/province/')).toEqual([]);
      expect(keyed).toContain(page(issue.sourceUrl));
      // of the plain files, exactly those whose bytes changed are written again: its JSON and its page's text,
      // and at most its issue's other articles' (where the issue is named by its lead headline) and their zones' feeds
      expect(plainWritten).toEqual(plainChanged);
      expect(plainWritten).toContain(`/api/articles/${target.id}.json`);
      expect(plainWritten).toContain(issue.rawUrl);
      const ofIssue = after.articles.filter((a) => a.issueKey === target.issueKey);
      const allowed = new Set([issue.rawUrl, ...ofIssue.map((a) => `/api/articles/${a.id}.json`), ...ofIssue.flatMap((a) => a.zones.map((z) => `/zones/${z.slug}/feed.xml`))]);
      expect(plainWritten.filter((p) => !allowed.has(p))).toEqual([]);
      // everything else keyed was reused
      expect(inc.skipped.size).toBeGreaterThan(keyed.length * 3);
    });

    it('gives exactly the output of a full build', () => {
      expect(tree(INC.dist)).toEqual(tree(FULL.dist));
    });
  });

  describe('(d) the added page removed again', () => {
    let inc: Build;
    beforeAll(() => {
      rmSync(join(seeds, '900_added.txt'));
      const manifestPath = join(seeds, 'issues.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      delete manifest['900_added.txt'];
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
      data();
      inc = astro(INC);
      astro(FULL, true);
    }, BUILD_WAIT);

    it('leaves no file of it behind (its source view is gone, its article URLs redirect)', () => {
      expect(existsSync(join(INC.dist, 'sources/900-added/index.html'))).toBe(false);
      expect(tree(INC.dist)).toEqual(tree(FULL.dist));
      expect(inc.skipped.size).toBeGreaterThan(0);
    });
  });

  describe('(e) dist/ changed behind the cache’s back', () => {
    let inc: Build;
    beforeAll(() => {
      writeFileSync(join(INC.dist, 'stray.html'), 'not from this build');
      writeFileSync(join(INC.dist, page(first.articles[0].url).slice(1)), 'edited by hand');
      inc = astro(INC);
    }, BUILD_WAIT);

    it('is emptied and rebuilt from the cache: no stray file, no edited page', () => {
      expect(tree(INC.dist)).toEqual(tree(FULL.dist));
      // All restored, except pages that moved from one route to another in (d) (an article or issue that became
      // a redirect): Astro prunes the old route's cache copy, which is the new route's too, so it renders them.
      const redirects = new Set((JSON.parse(readFileSync(json, 'utf8')) as Archive).redirects.map((r) => page(r.from)));
      expect([...inc.rendered].filter((p) => isKeyed(p) && !redirects.has(p))).toEqual([]);
      expect(inc.skipped.size).toBeGreaterThan(first.articles.length);
    });
  });
});
