/**
 * DiskMemo (lib/archive/memo.ts): a value is the same whether computed or read back, is handed out frozen and
 * shared (a caller changing it would change the cache: it throws instead), and put() values reach the kind's
 * cache without the build reading it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DiskMemo } from '../../../src/lib/archive/memo.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yuanqu-memo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = () => ({ organizations: [{ name: '南宁高新区', aliases: ['南宁高新'] }], people: [], skipped: undefined });

it('computed or read back, the value is the same, frozen to the bottom, and not copied per use', () => {
  const first = new DiskMemo(dir);
  let computed = 0;
  const get = (m: DiskMemo) => m.get('entities', 'k1', () => (computed++, value()));
  const a = get(first);
  expect(a).toEqual(JSON.parse(JSON.stringify(value())));
  expect(get(first)).toBe(a);
  expect(() => a.organizations.push({ name: 'x', aliases: [] })).toThrow(TypeError);
  expect(() => {
    a.organizations[0]!.aliases[0] = 'x';
  }).toThrow(TypeError);
  first.save();
  const second = new DiskMemo(dir);
  const b = get(second);
  expect(computed).toBe(1);
  expect(b).toEqual(a);
  expect(Object.isFrozen(b.organizations[0]!.aliases)).toBe(true);
  expect(second.stats().entities).toEqual({ hits: 1, misses: 0 });
});

it('a value put into a kind is there for a later build, which did not have to read the kind to keep it', () => {
  const first = new DiskMemo(dir);
  first.put('fingerprints', 'k1', { n: 3, m: 1, h: 'a b' });
  first.save();
  expect(first.stats().fingerprints).toBeUndefined(); // never read
  const second = new DiskMemo(dir);
  expect(second.get('fingerprints', 'k1', () => ({ n: 0, m: 0, h: '' }))).toEqual({ n: 3, m: 1, h: 'a b' });
  // put, then read in the same build: the value put, counted as found
  second.put('fingerprints', 'k2', { n: 4, m: 1, h: 'c' });
  expect(second.get('fingerprints', 'k2', () => ({ n: 0, m: 0, h: '' }))).toEqual({ n: 4, m: 1, h: 'c' });
  expect(second.stats().fingerprints).toEqual({ hits: 2, misses: 0 });
});
