import { describe, expect, it } from 'vitest';
import { articleMonths, articlePages, groupLabel, neighbours, paginate, runs, topZones, undatedIssuePages, zonePages, zoneYears } from '../../../src/lib/archive/paging';
import { archiveOf } from '../../support/fixtures';

describe('paginate', () => {
  it('cuts a group into pages of at most `size`, the first at the base URL', () => {
    const pages = paginate('2021/01', '/articles/2021/01/', [1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.path, p.number, p.of, p.items])).toEqual([
      ['/articles/2021/01/', 1, 3, [1, 2]],
      ['/articles/2021/01/2/', 2, 3, [3, 4]],
      ['/articles/2021/01/3/', 3, 3, [5]],
    ]);
    expect(paginate('x', '/x/', [], 2)).toEqual([{ group: 'x', path: '/x/', number: 1, of: 1, items: [] }]);
  });

  it('runs: consecutive items with one key together', () => {
    expect(runs(['a1', 'a2', 'b1', 'a3'], (s) => s[0]).map((r) => [r.key, r.items.length])).toEqual([['a', 2], ['b', 1], ['a', 1]]);
  });
});

describe('article pages', () => {
  const archive = archiveOf(250);

  it('group by month, newest first, undated last; each article on one page, at most 100 a page', () => {
    const pages = articlePages(archive);
    expect([...new Set(pages.map((p) => p.group))]).toEqual(['2021/03', '2021/02', '2021/01', 'undated']);
    expect(pages.every((p) => p.items.length <= 100)).toBe(true);
    const ids = pages.flatMap((p) => p.items.map((a) => a.id));
    expect([...ids].sort()).toEqual(archive.articles.map((a) => a.id).sort());
    for (const p of pages) expect(p.items.every((a) => (p.group === 'undated' ? !a.date : a.date!.startsWith(p.group.replace('/', '-'))))).toBe(true);
  });

  // of i = 0…249, 200 are dated (i % 5 ≠ 4): month i % 3 + 1, so Jan 84 − 17, Feb 83 − 17, Mar 83 − 16
  it('months with counts for the index', () => {
    const months = articleMonths(archive);
    expect(months.map((m) => [m.url, m.count])).toEqual([
      ['/articles/2021/03/', 67],
      ['/articles/2021/02/', 66],
      ['/articles/2021/01/', 67],
      ['/articles/undated/', 50],
    ]);
  });

  it('neighbours walk the whole sequence', () => {
    const pages = articlePages(archive);
    const nav = neighbours(pages);
    expect(nav[0].prev).toBeNull();
    expect(nav[0].next?.url).toBe(pages[1].path);
    expect(nav.at(-1)!.next).toBeNull();
    expect(groupLabel('2021/03')).toBe('2021年3月');
    expect(groupLabel('undated')).toBe('日期不详');
  });
});

describe('zone pages', () => {
  it('a zone of more than 100 articles pages by year; a smaller one does not', () => {
    const big = archiveOf(250);
    const zone = big.zones[0];
    const article = (id: string) => big.articles.find((a) => a.id === id)!;
    const pages = zonePages(zone, article);
    expect(pages.map((p) => p.path)).toEqual(['/zones/nanning/2021/', '/zones/nanning/2021/2/', '/zones/nanning/undated/']);
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(zone.articleIds);
    expect(zoneYears(zone, article)).toEqual([{ group: '2021', url: '/zones/nanning/2021/', count: 200 }, { group: 'undated', url: '/zones/nanning/undated/', count: 50 }]);
    const small = archiveOf(20);
    expect(zonePages(small.zones[0], (id) => small.articles.find((a) => a.id === id)!)).toEqual([]);
  });

  it('top zones: most articles first, at most n', () => {
    const zones = [3, 9, 1, 9].map((n, i) => ({ ...archiveOf(1).zones[0], name: `区${i}`, articleIds: Array.from({ length: n }, (_, k) => `x${k}`) }));
    expect(topZones(zones, 3).map((z) => z.articleIds.length)).toEqual([9, 9, 3]);
  });
});

describe('undated issues', () => {
  const archive = archiveOf(30);

  it('undated issues listed apart, in archive order', () => {
    const pages = undatedIssuePages(archive);
    expect(pages.map((p) => p.path)).toEqual(['/issues/undated/']);
    expect(pages[0].items.map((x) => x.seed)).toEqual(['0004.txt', '0009.txt', '0014.txt', '0019.txt', '0024.txt', '0029.txt']);
  });
});
