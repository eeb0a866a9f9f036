/**
 * The permalink registry (`permalinks.lock.json` at the repo root).
 *
 * An article's URL is `/articles/<id>/`. The parser's id is derived from content, so it changes when a
 * later parse changes the title or the article's boundaries. The registry remembers, for every id ever
 * published, a content fingerprint; a new parse is matched to registered ids by content, so a known
 * article keeps its id. An id whose article is gone (merged, split away, removed) becomes a redirect to
 * its successor — the article that now holds most of its text — and stays in the registry for good.
 * Issue keys, zone slugs and entity slugs are registered too, so their URLs never vanish either.
 *
 * Everything here is deterministic: same records + same lock → same ids, same lock output.
 */
import { createHash } from 'node:crypto';
import { fnv1a } from './urls';

/** Content fingerprint: hashes of character 4-grams of the normalised text, sampled by value. */
export interface Fingerprint {
  /** Normalised length in characters. */
  n: number;
  /** Sampling modulus: hashes kept are those with `h % m === 0` (1 for short texts: keep all). */
  m: number;
  /** Sorted unique base-36 hashes, space-separated (keeps the lock file compact). */
  h: string;
}

export interface RegisteredArticle {
  seed: string;
  title: string;
  fp: Fingerprint;
  /** Set once the article is gone: the id it redirects to, or null (no successor: its issue page). */
  to?: string | null;
}

export interface PermalinkLock {
  version: 1;
  articles: Record<string, RegisteredArticle>;
  /** Issue key → seed file. */
  issues: Record<string, string>;
  /** Zone slug → zone name. */
  zones: Record<string, string>;
  /** Entity slug → entity name (entities with a page: named in two articles or more). */
  entities: Record<string, string>;
}

export const emptyLock = (): PermalinkLock => ({ version: 1, articles: {}, issues: {}, zones: {}, entities: {} });

const SHINGLE = 4;
const SAMPLE_MOD = 4;
/** Texts shorter than this keep every shingle, so short photo captions still have a fingerprint. */
const SHORT_TEXT = 240;

/** Keep letters and digits only (NFKC, lowercase): punctuation, spacing and line breaks never matter. */
/** fnv1a of chars[from, from + n) joined, without building the string. */
/** FNV-1a over the UTF-16 units text[from, to). */
function fnv1aUnits(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    h ^= text.charCodeAt(j);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function normaliseForFingerprint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function fingerprint(text: string): Fingerprint {
  const norm = normaliseForFingerprint(text);
  // where each character starts (astral characters take two UTF-16 units); no per-character strings
  const starts: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    starts.push(i);
    const c = norm.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  starts.push(norm.length);
  const n = starts.length - 1;
  const m = n < SHORT_TEXT ? 1 : SAMPLE_MOD;
  const set = new Set<number>();
  if (n > 0 && n < SHINGLE) set.add(fnv1a(norm));
  for (let i = 0; i + SHINGLE <= n; i++) {
    const h = fnv1aUnits(norm, starts[i]!, starts[i + SHINGLE]!);
    if (h % m === 0) set.add(h);
  }
  const h = [...set].sort((a, b) => a - b).map((x) => x.toString(36)).join(' ');
  return { n, m, h };
}

/** A fingerprint's hashes, parsed once: all of them, and those kept at the long-text modulus. */
interface Parsed {
  all: Set<number>;
  coarse: Set<number>;
}

const parsedCache = new WeakMap<Fingerprint, Parsed>();

function parsed(fp: Fingerprint): Parsed {
  let p = parsedCache.get(fp);
  if (!p) {
    const all = new Set<number>();
    for (const s of fp.h.split(' ')) if (s) all.add(parseInt(s, 36));
    p = { all, coarse: new Set([...all].filter((v) => v % SAMPLE_MOD === 0)) };
    parsedCache.set(fp, p);
  }
  return p;
}

export interface Overlap {
  /** Shared sampled shingles. */
  shared: number;
  sizeA: number;
  sizeB: number;
}

/** Compare at the coarser of the two samplings, so a short (fully kept) text meets a long one fairly. */
export function overlap(a: Fingerprint, b: Fingerprint): Overlap {
  const full = a.m === 1 && b.m === 1;
  const A = full ? parsed(a).all : parsed(a).coarse;
  const B = full ? parsed(b).all : parsed(b).coarse;
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return { shared, sizeA: A.size, sizeB: B.size };
}

/** Shingles found in more fingerprints than this are boilerplate; they do not propose pairs on their own. */
const COMMON_SHINGLE = 40;

/**
 * Index over fingerprints: for a probe, the entries sharing at least one not-too-common hash with it
 * (the only ones a match can come from), in input order. Keeps matching near-linear in the archive size.
 */
class FingerprintIndex<K> {
  private readonly postings = new Map<number, number[]>();
  constructor(
    private readonly keys: K[],
    fps: Fingerprint[],
  ) {
    fps.forEach((fp, i) => {
      for (const h of parsed(fp).all) {
        const list = this.postings.get(h);
        if (list) list.push(i);
        else this.postings.set(h, [i]);
      }
    });
  }

  near(fp: Fingerprint): K[] {
    const hit = new Set<number>();
    for (const h of parsed(fp).all) {
      const list = this.postings.get(h);
      if (list && list.length <= COMMON_SHINGLE) for (const i of list) hit.add(i);
    }
    return [...hit].sort((a, b) => a - b).map((i) => this.keys[i]);
  }
}

/** Share of the larger side that the two have in common (Jaccard-like, 0..1). */
const similarity = (o: Overlap) => (o.shared === 0 ? 0 : o.shared / Math.max(o.sizeA, o.sizeB));
/** Share of A found in B. */
const containment = (o: Overlap) => (o.sizeA === 0 ? 0 : o.shared / o.sizeA);

/** Same article if they share at least this much of the larger one… */
const SAME_MIN_SIMILARITY = 0.35;
/** …and the smaller one is mostly inside the larger one. */
const SAME_MIN_CONTAINMENT = 0.6;
/** A gone article's successor holds at least this share of its text. */
const SUCCESSOR_MIN_CONTAINMENT = 0.5;

/** One article of the current parse, as the registry sees it. */
export interface Candidate {
  parserId: string;
  seed: string;
  title: string;
  /** Text to fingerprint (title, body, captions). */
  text: string;
}

export interface ArticleResolution {
  /** Final id for each candidate, same order as the input. */
  ids: string[];
  /** Registered ids without an article now → successor id (null: none; link to its issue). */
  redirects: Map<string, { to: string | null; seed: string; reason: string }>;
  /** Candidates that were not in the registry (index into the input). */
  added: number[];
  /** Registered ids that lost their article in this parse. */
  vanished: string[];
  /** Registered ids matched to a candidate whose content changed (similarity < 1). */
  moved: string[];
  /** The registry after this parse (write it with `npm run permalinks:update`). */
  next: Record<string, RegisteredArticle>;
}

interface Pair {
  r: string;
  c: number;
  sim: number;
  shared: number;
  /** 1 where the candidate comes from the registered article's own page. */
  home: number;
}

const identity = (fp: Fingerprint): string => `${fp.m}:${fp.h}`;

/** What matching an unchanged text reads of its fingerprint: a digest of its identity (sampling and hashes), and its length. */
export interface FingerprintKey {
  id: string;
  n: number;
}

export const fingerprintKey = (fp: Fingerprint): FingerprintKey => ({ id: createHash('sha1').update(identity(fp)).digest('base64url'), n: fp.n });

/**
 * Where resolveArticles gets fingerprints: `fp`, fingerprint() or a cache of it; with `key`, a cache of
 * fingerprintKey(fingerprint(text)). Given keys, unchanged texts are matched by key alone, a text the keys do
 * not settle is fingerprinted by `one` (after a page is added: its own articles), and `fp` is
 * asked for every text only when the index is needed (an article changed or vanished, or ids once gone).
 */
export interface Fingerprints {
  fp: (text: string) => Fingerprint;
  key?: (text: string) => FingerprintKey;
  /** With keys: one text's fingerprint where its key did not settle it (default fingerprint(); a cache may have it). */
  one?: (text: string) => Fingerprint;
}

/**
 * Registered ids whose text is unchanged take the candidate with the same
 * fingerprint at once, without a search: after a page is added, that is
 * nearly every article. The same pairs the greedy match would take first
 * (similarity 1), with its tie order: the copy from the id's own page, then
 * ids and candidates ascending.
 */
function exactMatch(regIds: string[], reg: Record<string, RegisteredArticle>, keys: FingerprintKey[], seeds: string[], open: Set<number>, assigned: Map<number, string>): Set<string> {
  const byIdentity = new Map<string, number[]>();
  keys.forEach((key, c) => {
    if (!open.has(c)) return;
    const list = byIdentity.get(key.id);
    if (list) list.push(c);
    else byIdentity.set(key.id, [c]);
  });
  const matched = new Set<string>();
  const same = new Map(regIds.map((r) => [r, byIdentity.get(fingerprintKey(reg[r]!.fp).id)]));
  const take = (r: string, c: number) => {
    open.delete(c);
    assigned.set(c, r);
    matched.add(r);
    const list = same.get(r)!;
    list.splice(list.indexOf(c), 1);
  };
  // the same text printed on several pages: each id keeps the copy of its own page first
  for (const r of regIds) {
    const c = same.get(r)?.find((k) => seeds[k] === reg[r]!.seed);
    if (c !== undefined) take(r, c);
  }
  for (const r of regIds) {
    const c = matched.has(r) ? undefined : same.get(r)?.[0];
    if (c !== undefined) take(r, c);
  }
  return matched;
}

function greedyMatch(
  regIds: string[],
  reg: Record<string, RegisteredArticle>,
  fps: Fingerprint[],
  seeds: string[],
  index: () => FingerprintIndex<number>,
  open: Set<number>,
  assigned: Map<number, string>,
): string[] {
  const pairs: Pair[] = [];
  for (const r of regIds) {
    for (const c of index().near(reg[r].fp)) {
      if (!open.has(c)) continue;
      const o = overlap(reg[r].fp, fps[c]);
      if (o.shared === 0) continue;
      const small = Math.min(o.sizeA, o.sizeB);
      const sim = similarity(o);
      if (sim >= SAME_MIN_SIMILARITY && small > 0 && o.shared / small >= SAME_MIN_CONTAINMENT) {
        pairs.push({ r, c, sim, shared: o.shared, home: seeds[c] === reg[r].seed ? 1 : 0 });
      }
    }
  }
  pairs.sort((a, b) => b.sim - a.sim || b.home - a.home || b.shared - a.shared || (a.r < b.r ? -1 : a.r > b.r ? 1 : 0) || a.c - b.c);
  const usedR = new Set<string>();
  const matched: string[] = [];
  for (const p of pairs) {
    if (usedR.has(p.r) || !open.has(p.c)) continue;
    usedR.add(p.r);
    open.delete(p.c);
    assigned.set(p.c, p.r);
    if (p.sim < 1) matched.push(p.r);
  }
  return matched;
}

/** `fp`: fingerprint() or a cache of it (lib/archive/memo.ts), or caches of fingerprints and their keys (Fingerprints). */
export function resolveArticles(candidates: Candidate[], registered: Record<string, RegisteredArticle>, fp: ((text: string) => Fingerprint) | Fingerprints = fingerprint): ArticleResolution {
  const source: Fingerprints = typeof fp === 'function' ? { fp } : fp;
  // without keys every text is fingerprinted now; with them, only where needed (see Fingerprints)
  const fps: (Fingerprint | undefined)[] = source.key ? new Array<undefined>(candidates.length) : candidates.map((c) => source.fp(c.text));
  const keys = source.key ? candidates.map((c) => source.key!(c.text)) : fps.map((f) => fingerprintKey(f!));
  const fpOf = (i: number): Fingerprint => (fps[i] ??= (source.one ?? fingerprint)(candidates[i]!.text));
  const regIds = Object.keys(registered).sort();
  const live = regIds.filter((id) => registered[id].to === undefined);
  const gone = regIds.filter((id) => registered[id].to !== undefined);

  // built on first use: when every registered article is found unchanged and none vanished, never
  let built: FingerprintIndex<number> | null = null;
  const index = () => {
    if (!built) {
      candidates.forEach((c, i) => (fps[i] ??= source.fp(c.text)));
      built = new FingerprintIndex(candidates.map((_, i) => i), fps as Fingerprint[]);
    }
    return built;
  };
  const open = new Set(candidates.map((_, i) => i));
  const assigned = new Map<number, string>();
  // 1. live registered ids claim the candidates most like them (the unchanged ones first, by identity);
  // 2. ids once gone may come back.
  const seeds = candidates.map((c) => c.seed);
  const unchanged = exactMatch(live, registered, keys, seeds, open, assigned);
  // the index, once built, holds every candidate's fingerprint
  const moved = greedyMatch(live.filter((r) => !unchanged.has(r)), registered, fps as Fingerprint[], seeds, index, open, assigned);
  greedyMatch(gone, registered, fps as Fingerprint[], seeds, index, open, assigned);

  // 3. New articles keep the parser's id unless the registry already used it.
  const taken = new Set<string>([...regIds, ...assigned.values()]);
  const ids: string[] = [];
  const added: number[] = [];
  candidates.forEach((c, i) => {
    const reg = assigned.get(i);
    if (reg) {
      ids.push(reg);
      return;
    }
    let id = c.parserId;
    for (let k = 2; taken.has(id); k++) id = `${c.parserId}-${k}`;
    taken.add(id);
    ids.push(id);
    added.push(i);
  });

  // 4. Registered live ids left without an article: redirect to the candidate holding most of their text.
  const claimed = new Set(assigned.values());
  const redirects: ArticleResolution['redirects'] = new Map();
  const vanished: string[] = [];
  for (const r of live) {
    if (claimed.has(r)) continue;
    vanished.push(r);
    let best = -1;
    let bestC = 0;
    let bestShared = 0;
    index().near(registered[r].fp).forEach((i) => {
      const o = overlap(registered[r].fp, fps[i]!);
      const c = containment(o);
      if (c > bestC || (c === bestC && c > 0 && o.shared > bestShared)) {
        best = i;
        bestC = c;
        bestShared = o.shared;
      }
    });
    if (best >= 0 && bestC >= SUCCESSOR_MIN_CONTAINMENT) {
      redirects.set(r, { to: ids[best], seed: registered[r].seed, reason: `merged or re-segmented into ${ids[best]}` });
    } else {
      redirects.set(r, { to: null, seed: registered[r].seed, reason: 'article no longer in the archive' });
    }
  }
  // 5. Ids already gone before: keep pointing at their successor (the caller follows chains).
  for (const r of gone) {
    if (claimed.has(r)) continue;
    redirects.set(r, { to: registered[r].to ?? null, seed: registered[r].seed, reason: 'registered redirect' });
  }

  const next: Record<string, RegisteredArticle> = {};
  for (const r of regIds) {
    if (claimed.has(r)) continue;
    const red = redirects.get(r)!;
    next[r] = { ...registered[r], to: red.to };
  }
  // an unchanged text's fingerprint is its registered one (same key: same sampling, hashes and length)
  const same = (i: number): Fingerprint | undefined => {
    const r = unchanged.has(ids[i]!) ? registered[ids[i]!]!.fp : undefined;
    return r && r.n === keys[i]!.n ? { n: r.n, m: r.m, h: r.h } : undefined;
  };
  candidates.forEach((c, i) => {
    next[ids[i]] = { seed: c.seed, title: c.title, fp: fps[i] ?? same(i) ?? fpOf(i) };
  });
  return { ids, redirects, added, vanished, moved, next: sortKeys(next) };
}

export function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(obj).sort()) out[k] = obj[k];
  return out;
}

/** Stable text of a lock: sorted keys, two-space indent, trailing newline. */
export function serialiseLock(lock: PermalinkLock): string {
  const out: PermalinkLock = {
    version: 1,
    articles: sortKeys(lock.articles),
    issues: sortKeys(lock.issues),
    zones: sortKeys(lock.zones),
    entities: sortKeys(lock.entities ?? {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

export function parseLock(text: string | null | undefined): PermalinkLock {
  if (!text || !text.trim()) return emptyLock();
  const data = JSON.parse(text) as Partial<PermalinkLock>;
  if (data.version !== 1) throw new Error(`permalinks.lock.json: unsupported version ${String(data.version)}`);
  return { version: 1, articles: data.articles ?? {}, issues: data.issues ?? {}, zones: data.zones ?? {}, entities: data.entities ?? {} };
}
