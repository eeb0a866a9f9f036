/**
 * The files of one kind of the data step's memo (lib/archive/memo.ts), Node only: a base file and a journal.
 *
 * - `<kind>.json`: `{ code, entries }`, every entry, written whole (aside, then renamed).
 * - `<kind>.journal`: a first line `{"code":…}`, then one `[key, value]` line per entry added since the base
 *   was written. A build that computed a few entries (one page added) appends them instead of rewriting the
 *   whole base (28 MB on the 16k-article archive), and a build that used fewer entries (a page removed)
 *   writes nothing until the unused ones are many.
 *
 * Each file is read only when its code is the kind's code key now; entries are keyed by content, so any entry
 * of the right code is right whichever file it is in. A line cut short (a build killed while appending) is not
 * JSON (no proper prefix of a JSON array is): it is skipped, and its entry is computed again.
 */
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Unused or journaled entries a kind may hold before its base is written anew: this many, or a quarter of those used. */
export const COMPACT_MIN = 256;
const slack = (used: number) => Math.max(COMPACT_MIN, Math.floor(used / 4));

export interface StoredKind {
  /** Every entry read, the journal's over the base's. */
  entries: Record<string, unknown>;
  /** How many entries came from the journal (0: none, or no journal of this code). */
  journaled: number;
  /** A base file of this code was read. */
  hasBase: boolean;
}

const files = (dir: string, kind: string) => ({ base: join(dir, `${kind}.json`), journal: join(dir, `${kind}.journal`) });

/** The entries of a kind computed by the code of `code`; none when its files are missing, unreadable or of other code. */
export function readKind(dir: string, kind: string, code: string): StoredKind {
  const { base, journal } = files(dir, kind);
  let entries: Record<string, unknown> = {};
  let hasBase = false;
  if (existsSync(base)) {
    try {
      const data = JSON.parse(readFileSync(base, 'utf8')) as { code: string; entries: Record<string, unknown> };
      if (data.code === code) {
        entries = data.entries;
        hasBase = true;
      }
    } catch {
      /* unreadable: start again */
    }
  }
  let journaled = 0;
  if (hasBase && existsSync(journal)) {
    const lines = readFileSync(journal, 'utf8').split('\n');
    const head = tryParse(lines[0] ?? '') as { code?: string } | undefined;
    if (head?.code === code) {
      for (const line of lines.slice(1)) {
        const e = line ? tryParse(line) : undefined;
        if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string') continue;
        entries[e[0]] = e[1];
        journaled++;
      }
    }
  }
  return { entries, journaled, hasBase };
}

function tryParse(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** The code a kind's file or journal was written by, read from its first bytes (the code comes first in both); null: none. */
function codeOf(path: string): string | null {
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(256);
    const n = readSync(fd, head, 0, head.length, 0);
    const m = /^\{"code":("[^"\\]*")/.exec(head.subarray(0, n).toString('utf8'));
    return m ? (JSON.parse(m[1]!) as string) : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Add entries to a kind this build did not read (`entries` in any order): appended to its journal when its file
 * is of this code, without reading either; otherwise the kind's file is written with these entries alone.
 */
export function appendKind(dir: string, kind: string, code: string, entries: [string, unknown][]): void {
  if (entries.length === 0) return;
  const { base, journal } = files(dir, kind);
  mkdirSync(dir, { recursive: true });
  if (codeOf(base) !== code) {
    writeBase(base, code, entries);
    rmSync(journal, { force: true });
    return;
  }
  if (codeOf(journal) !== code) writeFileSync(journal, `${JSON.stringify({ code })}\n`);
  appendFileSync(journal, entries.map((e) => `\n${JSON.stringify(e)}`).join(''));
}

function writeBase(base: string, code: string, entries: Iterable<[string, unknown]>): void {
  const sorted = Object.fromEntries([...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  // written aside and renamed: a build reading the folder meanwhile sees the old file or the new one
  const tmp = `${base}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ code, entries: sorted }));
  renameSync(tmp, base);
}

/**
 * Keep what a build used: `used`, the entries it read or computed (`added`: the keys of those it computed).
 * Appended to the journal when that is enough; the base written anew (journal emptied) when the base is of
 * other code or missing, or the journal or the entries unused grow past the slack; nothing written when
 * nothing was computed and little is unused.
 */
export function saveKind(dir: string, kind: string, code: string, stored: StoredKind, used: Map<string, unknown>, added: string[]): void {
  const { base, journal } = files(dir, kind);
  let unused = 0;
  for (const key of Object.keys(stored.entries)) if (!used.has(key)) unused++;
  const room = slack(used.size);
  if (stored.hasBase && unused <= room && stored.journaled + added.length <= room) {
    if (added.length === 0) return;
    mkdirSync(dir, { recursive: true });
    const head = existsSync(journal) && stored.journaled > 0 ? '' : `${JSON.stringify({ code })}\n`;
    if (head) writeFileSync(journal, head);
    // each entry opens with a line break: one cut short by a killed build never runs into the next
    appendFileSync(journal, added.map((key) => `\n${JSON.stringify([key, used.get(key)])}`).join(''));
    return;
  }
  mkdirSync(dir, { recursive: true });
  writeBase(base, code, used);
  rmSync(journal, { force: true });
}
