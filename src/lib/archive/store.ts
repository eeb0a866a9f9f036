/** File-system side of the archive (Node only, no Astro): the lock file and the generated archive JSON. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodePage } from '../ingest/read.ts';
import type { Archive, ArchiveIssue } from './model';
import { parseLock, serialiseLock, type PermalinkLock } from './permalinks';

export const DEFAULT_LOCK = 'permalinks.lock.json';
export const DEFAULT_ARCHIVE_JSON = 'generated/archive.json';

export function readLock(path = DEFAULT_LOCK): PermalinkLock {
  return parseLock(existsSync(path) ? readFileSync(path, 'utf8') : null);
}

export function writeLock(lock: PermalinkLock, path = DEFAULT_LOCK): void {
  writeFileSync(path, serialiseLock(lock));
}

export function writeArchive(archive: Archive, path = DEFAULT_ARCHIVE_JSON): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(archive));
}

/**
 * One parsed archive per process, whichever copy of this module asks: the Astro build loads it in the search
 * integration and again in its bundled pages (a module copy of their own); parsing the 100 MB file twice cost
 * seconds. Kept on globalThis, re-read when the file's size or mtime changes.
 */
const SHARED = Symbol.for('yuanqu.archive');
interface Loaded { path: string; size: number; mtimeMs: number; archive: Archive }
const shared = globalThis as { [SHARED]?: Loaded };

/** The archive the site renders: `$ARCHIVE_JSON` or generated/archive.json (written by scripts/build-data.ts). */
export function loadArchive(path = process.env.ARCHIVE_JSON || DEFAULT_ARCHIVE_JSON): Archive {
  const abs = resolve(path);
  const stat = statSync(abs, { throwIfNoEntry: false });
  if (!stat) {
    throw new Error(`${path} is missing: run \`npm run build\` (or \`npm run data\`) to parse seeds/ first.`);
  }
  const last = shared[SHARED];
  if (last?.path === abs && last.size === stat.size && last.mtimeMs === stat.mtimeMs) return last.archive;
  const archive = JSON.parse(readFileSync(abs, 'utf8')) as Archive;
  shared[SHARED] = { path: abs, size: stat.size, mtimeMs: stat.mtimeMs, archive };
  return archive;
}

type Source = Pick<ArchiveIssue, 'seed' | 'sourceText'>;

/** A page's text as the parser read it, so line numbers agree with the records. */
export function readSourceText(seedsDir: string, page: Source): string {
  return page.sourceText ?? decodePage(readFileSync(join(seedsDir, page.seed)), page.seed);
}

/** The bytes of a page's text: the seed file itself, or the text read from it (a PDF page). */
export function readSourceBytes(seedsDir: string, page: Source): Uint8Array<ArrayBuffer> {
  return page.sourceText !== null ? new Uint8Array(Buffer.from(page.sourceText, 'utf8')) : new Uint8Array(readFileSync(join(seedsDir, page.seed)));
}

/** The bytes of a seed file (a PDF). */
export function readSeedFile(seedsDir: string, file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(seedsDir, file)));
}
