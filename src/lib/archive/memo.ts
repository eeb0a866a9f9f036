/**
 * Content-keyed caches of the data step's per-article work (Node only): what a pure function gave for one
 * article's text, kept between builds so that adding a page computes it for the new page's articles alone.
 *
 * Each kind of result lives in a file of its own (`<dir>/<kind>.json`) keyed by
 * - the digest of exactly the input the function reads (the text, or the record as JSON), and
 * - the code key of the kind: a digest of the source files that produce it (and of package-lock.json),
 *   so any change to that code (the parser's included, where the function uses it) empties the kind.
 * A build keeps the entries it used and drops the rest, so a removed page leaves nothing behind.
 * Values go through JSON: only plain data (strings, numbers, booleans, arrays, objects) is cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { treeDigest } from '../build/treeDigest.ts';

/** Source files (under src/lib, a folder means every .ts/.json in it, recursively) each kind depends on. */
export const MEMO_SOURCES = {
  /** lib/archive/permalinks.ts fingerprint(). */
  fingerprints: ['archive/permalinks.ts', 'archive/urls.ts'],
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
}

/** No cache: compute every time (and no digest is worth making). */
export const noMemo: Memo = { digest: () => '', get: (_kind, _key, compute) => compute() };

interface KindFile {
  code: string;
  entries: Record<string, unknown>;
}

/** The memo of a cache folder: read lazily per kind, written by save(). */
export class DiskMemo implements Memo {
  private readonly loaded = new Map<MemoKind, { old: Record<string, unknown>; used: Map<string, unknown>; stats: MemoStats }>();

  constructor(private readonly dir: string) {}

  private kind(kind: MemoKind) {
    let k = this.loaded.get(kind);
    if (!k) {
      let old: Record<string, unknown> = {};
      const file = join(this.dir, `${kind}.json`);
      if (existsSync(file)) {
        try {
          const data = JSON.parse(readFileSync(file, 'utf8')) as KindFile;
          if (data.code === codeKey(kind)) old = data.entries;
        } catch {
          /* unreadable: start again */
        }
      }
      this.loaded.set(kind, (k = { old, used: new Map(), stats: { hits: 0, misses: 0 } }));
    }
    return k;
  }

  digest(input: string): string {
    return createHash('sha1').update(input).digest('base64url');
  }

  get<T>(kind: MemoKind, key: string, compute: () => T): T {
    const k = this.kind(kind);
    if (k.used.has(key)) {
      k.stats.hits++;
      return structuredClone(k.used.get(key)) as T;
    }
    if (Object.hasOwn(k.old, key)) {
      k.stats.hits++;
      const v = k.old[key];
      k.used.set(key, v);
      return structuredClone(v) as T;
    }
    k.stats.misses++;
    // through JSON now, so a miss gives exactly what a hit will give next time
    const v = JSON.parse(JSON.stringify(compute())) as unknown;
    k.used.set(key, v);
    return structuredClone(v) as T;
  }

  stats(): Partial<Record<MemoKind, MemoStats>> {
    return Object.fromEntries([...this.loaded].map(([kind, k]) => [kind, k.stats]));
  }

  /** Write each kind used, with the entries this build used only; unchanged files are not rewritten. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    for (const [kind, k] of this.loaded) {
      const oldKeys = Object.keys(k.old);
      if (k.stats.misses === 0 && oldKeys.length === k.used.size) continue;
      const entries = Object.fromEntries([...k.used].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
      const file = join(this.dir, `${kind}.json`);
      // written aside and renamed: a build reading the folder meanwhile sees the old file or the new one
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ code: codeKey(kind), entries } satisfies KindFile));
      renameSync(tmp, file);
    }
  }
}
