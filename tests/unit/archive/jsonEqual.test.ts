/** jsonEqual(a, b) is JSON.stringify(a) === JSON.stringify(b), for the cases JSON treats specially and for random data. */
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../../src/lib/archive/jsonEqual.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('jsonEqual', () => {
  const cases: [unknown, unknown][] = [
    [{ a: 1, b: 2 }, { b: 2, a: 1 }], // key order counts
    [{ a: 1, b: undefined }, { a: 1 }], // undefined properties are left out
    [{ a: 1, f: () => 1 }, { a: 1 }],
    [[1, undefined], [1, null]], // and are null in arrays
    [[1, () => 1], [1, null]],
    [{ a: NaN }, { a: null }],
    [{ a: Infinity }, { a: null }],
    [{ a: -0 }, { a: 0 }],
    [{ a: '1' }, { a: 1 }],
    [{ a: [] }, { a: {} }],
    [{ a: null }, { a: undefined }],
    [{ a: true }, { a: 'true' }],
    [[[1, 2], { x: 'y' }], [[1, 2], { x: 'y' }]],
    [{ a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 3 }] } } }],
    [undefined, undefined],
    [null, undefined],
    ['x', 'x'],
    [[], []],
    [{}, { a: undefined }],
  ];
  it.each(cases.map((c, i) => [i, ...c]))('case %i', (_i, a, b) => {
    expect(jsonEqual(a, b)).toBe(same(a, b));
    expect(jsonEqual(b, a)).toBe(same(b, a));
  });

  it('agrees with JSON.stringify on random data and small changes of it', () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const value = (depth: number): unknown => {
      const r = rnd();
      if (depth <= 0 || r < 0.4) return pick<unknown>([0, -0, 1, 2.5, NaN, 'a', 'b', '', true, false, null, undefined]);
      if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth - 1));
      const o: Record<string, unknown> = {};
      for (let k = Math.floor(rnd() * 4); k > 0; k--) o[pick(['a', 'b', 'c', 'd'])] = value(depth - 1);
      return o;
    };
    const mutate = (v: unknown): unknown => (rnd() < 0.5 ? structuredClone(v) : value(3));
    let equal = 0;
    for (let i = 0; i < 3000; i++) {
      const a = value(4);
      const b = rnd() < 0.5 ? mutate(a) : a && typeof a === 'object' ? structuredClone(a) : a;
      if (same(a, b)) equal++;
      expect(jsonEqual(a, b), JSON.stringify([a, b])).toBe(same(a, b));
    }
    expect(equal).toBeGreaterThan(500); // both answers are tried often
    expect(equal).toBeLessThan(2900);
  });
});
