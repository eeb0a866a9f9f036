/**
 * resolveArticles given cached fingerprint keys (what the data step does with its memo) resolves exactly as
 * it does fingerprinting every text: same ids, redirects, moved and added, and the same next registry byte
 * for byte. And it asks the fingerprint cache for nothing when every registered article is found unchanged.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintKey, resolveArticles, serialiseLock, emptyLock, type Candidate, type RegisteredArticle } from '../../../src/lib/archive/permalinks.ts';

/** Pseudo-random CJK text (seeded). */
const para = (seed: string, n: number) => {
  let x = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  let out = '';
  for (let i = 0; i < n * 60; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + ((x >>> 8) % 3000));
  }
  return out;
};
const cand = (parserId: string, text: string, seed = 's1.txt'): Candidate => ({ parserId, seed, title: parserId, text });

/** Both ways, with counts of what the caches were asked. */
function both(candidates: Candidate[], registered: Record<string, RegisteredArticle>) {
  const eager = resolveArticles(candidates, registered);
  let fps = 0;
  let keys = 0;
  let ones = 0;
  const keyed = resolveArticles(candidates, registered, {
    fp: (text) => (fps++, fingerprint(text)),
    key: (text) => (keys++, fingerprintKey(fingerprint(text))),
    one: (text) => (ones++, fingerprint(text)),
  });
  const lock = (next: Record<string, RegisteredArticle>) => serialiseLock({ ...emptyLock(), articles: next });
  expect(keyed.ids).toEqual(eager.ids);
  expect(keyed.added).toEqual(eager.added);
  expect(keyed.moved).toEqual(eager.moved);
  expect(keyed.vanished).toEqual(eager.vanished);
  expect([...keyed.redirects]).toEqual([...eager.redirects]);
  expect(lock(keyed.next)).toBe(lock(eager.next));
  expect(keys).toBe(candidates.length);
  return { eager, keyed, fps, ones };
}

describe('resolveArticles with cached fingerprint keys', () => {
  const texts = Array.from({ length: 12 }, (_, i) => para(`文${i}`, 3 + (i % 4)));
  const base = texts.map((t, i) => cand(`a${i}`, t, `s${i % 3}.txt`));
  const registered = resolveArticles(base, {}).next;

  it('a first build: every text new, each fingerprinted once (by `one`), the bulk cache not asked', () => {
    const r = both(base, {});
    expect([r.fps, r.ones]).toEqual([0, base.length]);
  });

  it('nothing changed, or a page added: matched by key, no fingerprint asked of the cache', () => {
    expect(both(base.map((c) => ({ ...c, parserId: `${c.parserId}x` })), registered).fps).toBe(0);
    const added = [...base, cand('n1', para('新1', 3), 's9.txt'), cand('n2', para('新2', 2), 's9.txt')];
    const r = both(added, registered);
    expect([r.fps, r.ones]).toEqual([0, 2]);
    expect(r.keyed.added).toEqual([12, 13]);
  });

  it('an article edited (found through the index), a page removed (redirects to successors), the same text on two pages', () => {
    const edited = base.map((c, i) => (i === 4 ? { ...c, parserId: 'e4', text: `${c.text}另有补充说明一句。` } : c));
    const r = both(edited, registered);
    expect(r.keyed.moved).toEqual(['a4']);
    expect(r.fps).toBe(edited.length); // the index needs every text's fingerprint
    const removed = base.filter((c) => c.seed !== 's1.txt');
    expect(both(removed, registered).keyed.vanished.length).toBe(4);
    const merged = [...base.slice(0, 10), cand('m', texts[10]! + texts[11]!, 's1.txt')];
    expect([...both(merged, registered).keyed.redirects.values()].some((x) => x.to === 'm' || x.to === 'a10' || x.to === 'a11')).toBe(true);
    const copies = [...base, cand('copy', texts[0]!, 's2.txt')];
    expect(both(copies, registered).keyed.ids[12]).toBe('copy');
  });

  it('ids once gone stay redirects, or come back', () => {
    const removed = resolveArticles(base.slice(2), registered).next; // a0, a1 gone
    both(base.slice(2), removed);
    expect(both(base, removed).keyed.ids.slice(0, 2)).toEqual(['a0', 'a1']);
  });

  it('a registered fingerprint of the same hashes but another length is not taken for the text', () => {
    // same sampling and hashes, a length the text does not have (a registry written by other code): the next
    // registry holds the text's own fingerprint, as a build fingerprinting every text gives
    const odd = structuredClone(registered);
    odd.a3!.fp.n += 5;
    const r = both(base, odd);
    expect(r.keyed.next.a3!.fp).toEqual(fingerprint(texts[3]!));
  });
});
