/**
 * The Pagefind result stream with a stand-in index: Pagefind matches Chinese words loosely, so most of its
 * candidates for a word query may hold none of the words; the stream checks each one's text, and must not
 * load every candidate's fragment before it can say that nothing matched.
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, pagefindFilters, pagefindStream, type Pagefind, type PagefindResult } from '../../../src/lib/search/streams';
import { entitiesMeta } from '../../../src/lib/search/records';

/** An index whose search returns `n` candidates; those at `hits` hold both words. Counts the fragments loaded. */
function index(n: number, hits: number[]) {
  const loaded = { count: 0 };
  const results: PagefindResult[] = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    data: async () => {
      loaded.count++;
      const content = hits.includes(i) ? '园区开展知识产权质押融资。' : '园区知识产权工作成效显著。';
      return { url: `/articles/a${i}/`, content, meta: { title: `文章${i}`, date: '2021-01-01', kind: 'article', zones: '', start: '园区' } };
    },
  }));
  const pf: Pagefind = { options: async () => {}, search: async () => ({ results }) };
  return { load: async () => pf, loaded };
}

describe('pagefindStream', () => {
  it('stops a take after a bounded number of candidates when none holds every word, and goes on when asked', async () => {
    const { load, loaded } = index(3000, [700]);
    const s = pagefindStream('知识产权 质押', {}, ['知识产权', '质押'], new Set(), '', load);
    expect(await s.take(20)).toEqual([]);
    expect(s.done()).toBe(false);
    expect(loaded.count).toBeLessThanOrEqual(130);
    expect(s.scanned!()).toBe(loaded.count);
    const found = [];
    while (!s.done() && !found.length) found.push(...(await s.take(20)));
    expect(found.map((h) => h.url)).toEqual(['/articles/a700/']);
    expect(loaded.count).toBeLessThan(3000);
  });

  it('says it is done, with no hits, once every candidate is checked', async () => {
    const { load } = index(50, []);
    const s = pagefindStream('知识产权 质押', {}, ['知识产权', '质押'], new Set(), '', load);
    expect(await s.take(20)).toEqual([]);
    expect(s.done()).toBe(true);
    expect(s.total()).toBe(0);
  });

  it('fills a take with the hits among its candidates', async () => {
    const { load } = index(400, [3, 10, 250]);
    const s = pagefindStream('知识产权 质押', {}, ['知识产权', '质押'], new Set(), '', load);
    const first = await s.take(20);
    expect(first.map((h) => h.url)).toEqual(['/articles/a3/', '/articles/a10/']);
  });
});

describe('entities in the index meta', () => {
  it('are written as "slug name" pairs and read back as such, names with spaces kept and "|" left out', () => {
    const names = new Map([['li-zheng-fen-1', '李争粉'], ['acme-2', 'ACME Robotics|China'], ['gone-3', '不在']]);
    const meta = entitiesMeta(['li-zheng-fen-1', 'acme-2', 'no-page-4'], names);
    expect(meta).toBe('li-zheng-fen-1 李争粉|acme-2 ACME RoboticsChina');
    expect(entitiesOf(meta)).toEqual([['li-zheng-fen-1', '李争粉'], ['acme-2', 'ACME RoboticsChina']]);
    expect(entitiesOf('')).toEqual([]);
    expect(entitiesOf(undefined)).toEqual([]);
  });

  it('the entity filter goes to Pagefind with the year and kind', () => {
    expect(pagefindFilters({ year: '2021', kind: '', entity: 'li-zheng-fen-1' })).toEqual({ year: '2021', entity: 'li-zheng-fen-1' });
  });
});
