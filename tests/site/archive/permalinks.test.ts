import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fingerprint, overlap, resolveArticles, parseLock, serialiseLock, emptyLock, type Candidate } from '../../../src/lib/archive/permalinks';
import { countedResolve } from '../../../src/lib/bench/permalinks';

/** Pseudo-random CJK text (seeded): unrelated texts share next to no 4-grams, like unrelated articles. */
const para = (seed: string, n: number) => {
  let x = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  let out = '';
  for (let i = 0; i < n * 60; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + (x >>> 8) % 3000);
    if (i % 30 === 29) out += '，';
  }
  return out;
};

const A = para('南宁', 12);
const B = para('贵阳', 10);
const C = para('烟台', 8);
const cand = (parserId: string, text: string, title = parserId): Candidate => ({ parserId, seed: 's.txt', title, text });

describe('fingerprint', () => {
  it('ignores punctuation, spaces and width', () => {
    expect(fingerprint('南宁 高新区，“飘红”ＡＢ')).toEqual(fingerprint('南宁高新区飘红ab'));
  });
  it('is deterministic and compact for long texts', () => {
    const fp = fingerprint(A);
    expect(fingerprint(A)).toEqual(fp);
    expect(fp.m).toBe(4);
    expect(fp.h.split(' ').length).toBeLessThan(A.length / 2);
  });
  it('keeps short texts whole', () => {
    const fp = fingerprint('企业代表参观。');
    expect(fp.m).toBe(1);
    expect(fp.h.split(' ').length).toBeGreaterThan(0);
  });
  it('measures overlap', () => {
    const o = overlap(fingerprint(A), fingerprint(A + B));
    expect(o.shared).toBe(o.sizeA);
    expect(overlap(fingerprint(A), fingerprint(C)).shared).toBeLessThan(o.sizeA / 5);
  });
});

describe('resolveArticles', () => {
  const first = resolveArticles([cand('a1', A), cand('b1', B), cand('c1', C)], {});

  it('registers new articles under the parser id', () => {
    expect(first.ids).toEqual(['a1', 'b1', 'c1']);
    expect(first.added).toEqual([0, 1, 2]);
    expect(Object.keys(first.next)).toEqual(['a1', 'b1', 'c1']);
  });

  it('keeps the id when the title and parser id change', () => {
    const r = resolveArticles([cand('zz', `新标题${A}`, '新标题'), cand('b1', B), cand('c1', C)], first.next);
    expect(r.ids).toEqual(['a1', 'b1', 'c1']);
    expect(r.redirects.size).toBe(0);
  });

  it('keeps ids when boundaries move and pages are added', () => {
    const moved = A.slice(0, Math.floor(A.length * 0.8));
    const spill = A.slice(Math.floor(A.length * 0.8)) + B;
    const r = resolveArticles([cand('x1', para('新增', 5)), cand('x2', moved), cand('x3', spill), cand('c1', C)], first.next);
    expect(r.ids).toEqual(['x1', 'a1', 'b1', 'c1']);
    expect(r.added).toEqual([0]);
  });

  it('redirects an id merged into another article to its successor', () => {
    const r = resolveArticles([cand('m', A + C), cand('b1', B)], first.next);
    expect(r.ids).toEqual(['a1', 'b1']);
    expect(r.redirects.get('c1')?.to).toBe('a1');
    expect(r.vanished).toEqual(['c1']);
    expect(r.next.c1.to).toBe('a1');
  });

  it('keeps the larger half of a split and registers the other', () => {
    const cut = Math.floor(A.length * 0.7);
    const r = resolveArticles([cand('p', A.slice(0, cut)), cand('q', A.slice(cut)), cand('b1', B), cand('c1', C)], first.next);
    expect(r.ids.slice(0, 2)).toEqual(['a1', 'q']);
  });

  it('redirects to nothing (issue page) when the text is gone, and never reuses the id', () => {
    const r = resolveArticles([cand('b1', B), cand('c1', C)], first.next);
    expect(r.redirects.get('a1')).toMatchObject({ to: null });
    const again = resolveArticles([cand('a1', para('另一篇', 9)), cand('b1', B), cand('c1', C)], r.next);
    expect(again.ids[0]).toBe('a1-2');
  });

  it('keeps each copy of a text printed on several pages with its own page, whatever the order', () => {
    const same = para('重印的图片新闻', 3);
    const on = (seed: string, id: string) => ({ ...cand(id, same, '图片新闻'), seed });
    const pages = ['a.txt', 'b.txt', 'c.txt'];
    const before = pages.map((seed, i) => on(seed, `x${i}`));
    const first = resolveArticles(before, {});
    const after = [on('c.txt', 'y1'), on('a.txt', 'y2'), on('b.txt', 'y3')];
    const again = resolveArticles(after, first.next);
    for (const seed of pages) {
      expect(again.ids[after.findIndex((c) => c.seed === seed)], seed).toBe(first.ids[before.findIndex((c) => c.seed === seed)]);
    }
    expect(again.next).toEqual(first.next);
  });

  it('revives a gone id when its text comes back', () => {
    const gone = resolveArticles([cand('b1', B), cand('c1', C)], first.next);
    const back = resolveArticles([cand('new', A), cand('b1', B), cand('c1', C)], gone.next);
    expect(back.ids[0]).toBe('a1');
    expect(back.next.a1.to).toBeUndefined();
  });

  it('serialises the lock byte-identically', () => {
    const lock = { ...emptyLock(), articles: first.next, issues: { b: 'x', a: 'y' } };
    const text = serialiseLock(lock);
    expect(serialiseLock(parseLock(text))).toBe(text);
    expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"b"'));
  });

  // No wall-clock limit here (it fails on a loaded machine): the test bounds the work done, the pairs of
  // registered and new articles compared, and `npm run bench` prints the time it takes.
  describe('on a large archive', () => {
    const archive = (n: number, tag = '') => Array.from({ length: n }, (_, i) => cand(`p${i}${tag}`, para(`第${i}篇`, 14)));
    const rematch = (n: number) => {
      const many = archive(n);
      const reg = resolveArticles(many, {}).next;
      return { many, work: countedResolve(archive(n, 'x'), reg) };
    };
    const small = rematch(750);
    const large = rematch(1500);

    it('matches every article to its registered id', () => {
      expect(large.work.resolution.ids).toEqual(large.many.map((c) => c.parserId));
      expect(large.work.resolution.added).toEqual([]);
    });

    it('compares each article with a handful of others, not with all of them', () => {
      // every registered article is compared at least with its own new version…
      expect(large.work.comparisons).toBeGreaterThanOrEqual(1500);
      // …and the index keeps the rest near-linear: all pairs would be 1500² = 2,250,000
      expect(large.work.comparisons).toBeLessThanOrEqual(3 * 1500);
      // twice the articles, about twice the comparisons (all pairs would be four times)
      expect(large.work.comparisons).toBeLessThanOrEqual(2.5 * small.work.comparisons);
    });

    it('matches unchanged articles by identity and searches the index only for the changed ones', () => {
      // variants of a few source texts (another place, other figures), as a real archive has: each shares
      // much of its text with 29 others, so a search compares it with all of them
      const PLACES = '南宁柳州桂林玉林北海钦州百色贺州河池来宾崇左梧州';
      const variant = (i: number) => para(`源${i % 50}`, 4).replace(/[\u4e00-\u9fff]{2}/, PLACES.slice((i % 12) * 2, (i % 12) * 2 + 2)) + para(`独${i}`, 1);
      const grouped = Array.from({ length: 1500 }, (_, i) => cand(`v${i}`, variant(i)));
      const reg = resolveArticles(grouped, {}).next;
      const unchanged = countedResolve(grouped.map((c) => ({ ...c, parserId: `${c.parserId}x` })), reg);
      expect(unchanged.resolution.ids).toEqual(grouped.map((c) => c.parserId));
      // one look per registered article, no search among the variants
      expect(unchanged.comparisons).toBeLessThanOrEqual(1.1 * 1500);
      // ten articles edited keep their ids, found through the index
      const edited = grouped.map((c, i) => (i % 150 === 7 ? { ...c, parserId: `${c.parserId}e`, text: `${c.text}另有补充说明一句。` } : c));
      const work = countedResolve(edited, reg);
      expect(work.resolution.ids).toEqual(grouped.map((c) => c.parserId));
      expect(work.resolution.moved.sort()).toEqual(grouped.filter((_, i) => i % 150 === 7).map((c) => c.parserId).sort());
      expect(work.comparisons).toBeLessThanOrEqual(1500 + 10 * 100);
    });

    it('hands back a registry free of the counting proxies', () => {
      const next = large.work.resolution.next;
      expect(Object.values(next).filter((r) => types.isProxy(r.fp))).toEqual([]);
    });
  });
});
