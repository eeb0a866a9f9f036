/**
 * The memo's files (lib/archive/memoStore.ts): a build that computed a few entries appends them to a journal
 * instead of rewriting the kind's file; the file is written anew when the journal or the unused entries grow;
 * a journal line cut short by a killed build, or files of other code, are not read.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendKind, COMPACT_MIN, readKind, saveKind, type StoredKind } from '../../../src/lib/archive/memoStore.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yuanqu-memostore-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CODE = 'code-1';
const base = () => join(dir, 'k.json');
const journal = () => join(dir, 'k.journal');
const entries = (n: number, from = 0) => new Map(Array.from({ length: n }, (_, i) => [`key${i + from}`, { v: i + from }] as [string, unknown]));

/** One build: reads the kind, uses `keys` (those missing are computed: `{ v: n }`), saves. */
function build(keys: string[]): StoredKind {
  const stored = readKind(dir, 'k', CODE);
  const used = new Map<string, unknown>();
  const added: string[] = [];
  for (const key of keys) {
    if (Object.hasOwn(stored.entries, key)) used.set(key, stored.entries[key]);
    else {
      used.set(key, { v: Number(key.slice(3)) });
      added.push(key);
    }
  }
  saveKind(dir, 'k', CODE, stored, used, added);
  return stored;
}
const keys = (n: number, from = 0) => [...entries(n, from).keys()];

describe('memo files', () => {
  it('a first build writes the whole kind; a build adding a few entries appends them only', () => {
    build(keys(1000));
    const whole = readFileSync(base(), 'utf8');
    expect(existsSync(journal())).toBe(false);
    build(keys(1003));
    expect(readFileSync(base(), 'utf8')).toBe(whole); // not rewritten
    expect(readFileSync(journal(), 'utf8').split('\n').filter(Boolean)).toHaveLength(1 + 3);
    const read = readKind(dir, 'k', CODE);
    expect(read.journaled).toBe(3);
    expect(read.entries).toEqual(Object.fromEntries(entries(1003)));
  });

  it('nothing is written when nothing was computed and few entries went unused (a page removed)', () => {
    build(keys(1000));
    const whole = readFileSync(base(), 'utf8');
    build(keys(990));
    expect(readFileSync(base(), 'utf8')).toBe(whole);
    expect(existsSync(journal())).toBe(false);
  });

  it('the kind is written anew, without unused entries and journal, once either grows past the slack', () => {
    build(keys(1000));
    // unused past max(COMPACT_MIN, a quarter of those used)
    build(keys(1000 - COMPACT_MIN - 1, COMPACT_MIN + 1));
    expect(Object.keys(readKind(dir, 'k', CODE).entries)).toHaveLength(1000 - COMPACT_MIN - 1);
    // journal past the slack: appended a little at a time, then folded into the kind's file
    let n = 1000;
    for (let i = 0; i < 40; i++) {
      n += 10;
      build(keys(n - COMPACT_MIN - 1, COMPACT_MIN + 1));
    }
    const read = readKind(dir, 'k', CODE);
    expect(read.journaled).toBeLessThanOrEqual(Math.max(COMPACT_MIN, Math.floor((n - COMPACT_MIN - 1) / 4)));
    expect(read.entries).toEqual(Object.fromEntries(entries(n - COMPACT_MIN - 1, COMPACT_MIN + 1)));
  });

  it('a journal line cut short (a build killed while appending) is skipped, and the next append is read', () => {
    build(keys(1000));
    build(keys(1002));
    const text = readFileSync(journal(), 'utf8');
    writeFileSync(journal(), text.slice(0, -3)); // the last entry cut
    const read = readKind(dir, 'k', CODE);
    expect(read.journaled).toBe(1);
    expect(read.entries.key1001).toBeUndefined();
    build(keys(1003)); // recomputed, appended after the cut line
    expect(readKind(dir, 'k', CODE).entries).toEqual(Object.fromEntries(entries(1003)));
  });

  it('files of other code are not read, the journal included', () => {
    build(keys(1000));
    build(keys(1001));
    expect(readKind(dir, 'k', 'code-2').entries).toEqual({});
    // a journal of other code beside a kind's file of this code
    writeFileSync(journal(), `${JSON.stringify({ code: 'code-2' })}\n`);
    appendFileSync(journal(), `\n${JSON.stringify(['key5000', { v: -1 }])}`);
    const read = readKind(dir, 'k', CODE);
    expect(read.journaled).toBe(0);
    expect(read.entries.key5000).toBeUndefined();
    // and the journal's entries are not read without the kind's file of that code
    build(keys(1001));
    build(keys(1002));
    writeFileSync(base(), JSON.stringify({ code: 'code-0', entries: {} }));
    expect(readKind(dir, 'k', CODE).entries).toEqual({});
  });

  it('entries added to a kind not read: appended beside a file of this code, which is neither read nor rewritten', () => {
    appendKind(dir, 'k', CODE, [...entries(3, 10)].reverse()); // no file yet: written with these alone
    expect(existsSync(journal())).toBe(false);
    expect(readKind(dir, 'k', CODE).entries).toEqual(Object.fromEntries(entries(3, 10)));
    build(keys(1000));
    const whole = readFileSync(base(), 'utf8');
    appendKind(dir, 'k', CODE, [...entries(2, 2000)]);
    appendKind(dir, 'k', CODE, [...entries(1, 3000)]);
    expect(readFileSync(base(), 'utf8')).toBe(whole);
    const read = readKind(dir, 'k', CODE);
    expect(read.journaled).toBe(3);
    expect(read.entries).toEqual(Object.fromEntries([...entries(1000), ...entries(2, 2000), ...entries(1, 3000)]));
    // beside a file of other code, the file is written anew with these alone
    appendKind(dir, 'k', 'code-2', [...entries(1, 4000)]);
    expect(readKind(dir, 'k', 'code-2').entries).toEqual(Object.fromEntries(entries(1, 4000)));
    expect(readKind(dir, 'k', CODE).entries).toEqual({});
  });
});
