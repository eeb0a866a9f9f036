import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build';
import { emptyLock } from '../../../src/lib/archive/permalinks';
import { CacheKeys, digest } from '../../../src/lib/archive/cacheKeys';
import type { GazetteerZone } from '../../../src/lib/archive/zones';
import type { Archive } from '../../../src/lib/archive/model';
import { article, page } from '../../support/fixtures';
import { indexArchive } from '../../../src/lib/archive/site';
import { zoneHub } from '../../../src/lib/archive/hubs';

const gazetteer: GazetteerZone[] = [
  { slug: 'nanning', name: '南宁高新技术产业开发区', short: '南宁高新区', aliases: ['南宁高新区'], province: '广西', city: '南宁', approved: 1992 },
  { slug: 'chongqing', name: '重庆高新技术产业开发区', short: '重庆高新区', aliases: ['重庆高新区'], province: '重庆', city: '重庆', approved: 1991 },
];
const resolveZone = (name: string) => gazetteer.find((z) => z.short === name || z.name === name);
const text = (s: string) => [`${s}${'高新区经济运行平稳，重点项目建设加快推进，企业创新能力持续增强。'.repeat(3)}`];

/** Two issues: a.txt (南宁甲, 重庆乙) and b.txt (南宁丙); `title` renames 重庆乙. */
const build = (title = '重庆乙', extra = false): Archive =>
  buildArchive(
    [
      page('a.txt', [
        article({ id: 'p1', title: '南宁甲', zones: ['南宁高新区'], paragraphs: text('甲') }),
        article({ id: 'p2', title, zones: ['重庆高新区'], paragraphs: text('乙') }),
      ], { date: '2021-01-25', page: 5, source: 'printed' }),
      page('b.txt', [article({ id: 'p3', title: '南宁丙', zones: ['南宁高新区'], paragraphs: text('丙') })], { date: '2020-06-01', page: 5 }),
      ...(extra ? [page('c.txt', [article({ id: 'p4', title: '重庆丁', zones: ['重庆高新区'], paragraphs: text('丁') })], { date: '2019-03-04', page: 5 })] : []),
    ],
    { lock: emptyLock(), resolveZone },
  ).archive;

/** Every key of an archive, by output path. */
function keys(archive: Archive): Record<string, string> {
  const k = new CacheKeys(archive);
  const issue = new Map(archive.issues.map((x) => [x.key, x]));
  const { lookup } = indexArchive(archive);
  return Object.fromEntries([
    ...archive.articles.map((a) => [a.url, k.article(a, issue.get(a.issueKey))]),
    ...archive.issues.flatMap((x) => [[x.url, k.issue(x)], [x.sourceUrl, k.source(x)]]),
    ...archive.zones.map((z) => [z.url, k.zone(z, zoneHub(z, lookup))]),
  ]);
}

const changed = (a: Record<string, string>, b: Record<string, string>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((p) => a[p] !== b[p]).sort();

describe('digest', () => {
  it('tells values apart at any depth, array order included', () => {
    expect(digest({ a: { d: [2, 1], c: null } })).toBe(digest({ a: { d: [2, 1], c: null } }));
    expect(digest({ a: { d: [2, 1], c: null } })).not.toBe(digest({ a: { d: [1, 2], c: null } }));
    expect(digest({ a: { d: [2, 1], c: null } })).not.toBe(digest({ a: { d: [2, 1], c: 0 } }));
    expect(digest([1, 2])).not.toBe(digest([2, 1]));
    expect(digest('a')).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe('cache keys', () => {
  const base = keys(build());

  it('are deterministic', () => {
    expect(keys(build())).toEqual(base);
  });

  it('a retitled article changes its issue’s pages, its zone, its source view, the pages listing it as related — nothing else', () => {
    const next = build('重庆乙再提速');
    const issueA = next.issues.find((x) => x.seed === 'a.txt')!;
    // p3 (another issue) lists p2 among its related articles, by title
    const listing = next.articles.filter((a) => a.related.includes('p2')).map((a) => a.url);
    expect(listing).toContain('/articles/p3/');
    expect(changed(base, keys(next))).toEqual(
      [...new Set(['/articles/p1/', '/articles/p2/', ...listing, issueA.url, issueA.sourceUrl, '/zones/chongqing/'])].sort(),
    );
  });

  it('an older issue added changes the pages that list or link to it (related lists included)', () => {
    const next = build('重庆乙', true);
    const c = next.issues.find((x) => x.seed === 'c.txt')!;
    const b = next.issues.find((x) => x.seed === 'b.txt')!;
    // the articles whose related list changed (p4 now among them) are rendered again, no other article
    const before = new Map(build().articles.map((a) => [a.id, a.related.join()]));
    const relisted = next.articles.filter((a) => before.has(a.id) && before.get(a.id) !== a.related.join()).map((a) => a.url);
    expect(relisted.length).toBeGreaterThan(0);
    expect(changed(base, keys(next))).toEqual(
      ['/articles/p4/', ...relisted, c.url, c.sourceUrl, b.url, '/zones/chongqing/'].sort(),
    );
  });
});
