/**
 * Content-keyed caches of the data step's per-article work (Node only): what a pure function gave for one
 * article's text, kept between builds so that adding a page computes it for the new page's articles alone.
 *
 * Each kind of result lives in a file of its own (`<dir>/<kind>.json`) keyed by
 * - the digest of exactly the input the function reads (the text, or the record as JSON), and
 * - the code key of the kind: a digest of the source files that produce it (and of package-lock.json),
 *   so any change to that code (the parser's included, where the function uses it) empties the kind.
 * A build keeps the entries it used: new ones are appended to a journal, and the kind's file is written anew
 * (the unused entries dropped) once the journal or the unused entries grow large (lib/archive/memoStore.ts).
 * Values go through JSON: only plain data (strings, numbers, booleans, arrays, objects) is cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { treeDigest } from '../build/treeDigest.ts';
import { appendKind, readKind, saveKind, type StoredKind } from './memoStore.ts';

/** Source files (under src/lib, a folder means every .ts/.json in it, recursively) each kind depends on. */
export const MEMO_SOURCES = {
  /** lib/archive/permalinks.ts fingerprint(). */
  fingerprints: ['archive/permalinks.ts', 'archive/urls.ts'],
  /** lib/archive/permalinks.ts fingerprintKey(fingerprint()): what matching an unchanged article reads. */
  fingerprintKeys: ['archive/permalinks.ts', 'archive/urls.ts'],
  /** lib/entities extractEntities() (its people finder reads the parser's surname list). */
  entities: ['entities', 'ingest', 'zones', 'search/normalize.ts', 'archive/urls.ts', 'types.ts'],
  /** lib/archive/mentions.ts otherZonesNamed() (the archive's zones outside the gazetteer, by their forms). */
  zoneMentions: ['zones', 'search/normalize.ts', 'archive/mentions.ts'],
  /** lib/archive/mentions.ts gazetteerZones() (the gazetteer's part of namedZones). */
  gazetteerMentions: ['zones', 'search/normalize.ts', 'archive/mentions.ts'],
} as const;

export type MemoKind = keyof typeof MEMO_SOURCES;

const codeKeys = new Map<MemoKind, string>();

/** Digest of the code a kind's results come from (and of the packages installed: package-lock.json). */
export function codeKey(kind: MemoKind): string {
  let key = codeKeys.get(kind);
  if (!key) {
    // src/lib, found when asked (this module is also bundled into the site, which never asks)
    const lib = join(import.meta.dirname, '..');
    const hash = createHash('sha256').update(kind).update(treeDigest(lib, MEMO_SOURCES[kind]));
    const lockFile = join(lib, '../../package-lock.json');
    if (existsSync(lockFile)) hash.update(readFileSync(lockFile));
    codeKeys.set(kind, (key = hash.digest('hex').slice(0, 24)));
  }
  return key;
}

/** What a memo did in one build, per kind. */
export interface MemoStats {
  hits: number;
  misses: number;
}

export interface Memo {
  /** The key of an input: a digest of a string holding everything a computation reads. */
  digest(input: string): string;
  /** `compute()`'s value for the input of that key, from the cache when it has it. */
  get<T>(kind: MemoKind, key: string, compute: () => T): T;
  /**
   * A value computed anyway for another kind, kept for a later build: added without reading the kind's
   * cache (a build that never asks for that kind does not pay for reading it).
   */
  put(kind: MemoKind, key: string, value: unknown): void;
}

/** No cache: compute every time (and no digest is worth making). */
export const noMemo: Memo = { digest: () => '', get: (_kind, _key, compute) => compute(), put: () => {} };

/** The memo of a cache folder: read lazily per kind, kept by save(). */
export class DiskMemo implements Memo {
  private readonly loaded = new Map<MemoKind, { stored: StoredKind; used: Map<string, unknown>; added: string[]; stats: MemoStats }>();

  /** Values put into kinds not read (yet) by this build. */
  private readonly pending = new Map<MemoKind, Map<string, unknown>>();

  constructor(private readonly dir: string) {}

  private kind(kind: MemoKind) {
    let k = this.loaded.get(kind);
    if (!k) {
      this.loaded.set(kind, (k = { stored: readKind(this.dir, kind, codeKey(kind)), used: new Map(), added: [], stats: { hits: 0, misses: 0 } }));
      for (const [key, v] of this.pending.get(kind) ?? []) this.keep(k, key, v);
      this.pending.delete(kind);
    }
    return k;
  }

  private keep(k: { stored: StoredKind; used: Map<string, unknown>; added: string[] }, key: string, v: unknown): void {
    if (k.used.has(key)) return;
    k.used.set(key, v);
    if (!Object.hasOwn(k.stored.entries, key)) k.added.push(key);
  }

  put(kind: MemoKind, key: string, value: unknown): void {
    const v = deepFreeze(JSON.parse(JSON.stringify(value)) as unknown); // as a hit will give it
    const k = this.loaded.get(kind);
    if (k) this.keep(k, key, v);
    else {
      let p = this.pending.get(kind);
      if (!p) this.pending.set(kind, (p = new Map()));
      p.set(key, v);
    }
  }

  digest(input: string): string {
    return createHash('sha1').update(input).digest('base64url');
  }

  /**
   * Values are handed out frozen, deeply, and shared (no copy per use: 16k articles × four kinds were copied
   * on every build): a caller that changed one would change the cache, and throws instead (ES modules are strict).
   */
  get<T>(kind: MemoKind, key: string, compute: () => T): T {
    const k = this.kind(kind);
    if (k.used.has(key)) {
      k.stats.hits++;
      return k.used.get(key) as T;
    }
    if (Object.hasOwn(k.stored.entries, key)) {
      k.stats.hits++;
      const v = deepFreeze(k.stored.entries[key]);
      k.used.set(key, v);
      return v as T;
    }
    k.stats.misses++;
    // through JSON now, so a miss gives exactly what a hit will give next time
    const v = deepFreeze(JSON.parse(JSON.stringify(compute())) as unknown);
    k.used.set(key, v);
    k.added.push(key);
    return v as T;
  }

  stats(): Partial<Record<MemoKind, MemoStats>> {
    return Object.fromEntries([...this.loaded].map(([kind, k]) => [kind, k.stats]));
  }

  /** Keep what this build used of each kind: new entries appended, unused ones dropped in time (lib/archive/memoStore.ts). */
  save(): void {
    for (const [kind, k] of this.loaded) saveKind(this.dir, kind, codeKey(kind), k.stored, k.used, k.added);
    for (const [kind, p] of this.pending) appendKind(this.dir, kind, codeKey(kind), [...p]);
  }
}

/** The value, every object and array in it frozen. */
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
