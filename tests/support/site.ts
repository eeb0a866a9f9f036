/** Helpers for tests of the built site: where it is, its pages, and simple HTML reading. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { Archive } from '../../src/lib/archive/model';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env.SITE_DIST || 'dist');
export const ARCHIVE_JSON = resolve(ROOT, process.env.ARCHIVE_JSON || 'generated/archive.json');

export function archive(path = ARCHIVE_JSON): Archive {
  return JSON.parse(readFileSync(path, 'utf8')) as Archive;
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file of a built site as a URL path (`dist/a/index.html` → `/a/index.html`). */
export function builtFiles(dist = DIST): string[] {
  return walk(dist).map((f) => '/' + relative(dist, f).split('\\').join('/'));
}

export function htmlFiles(dist = DIST): string[] {
  return walk(dist).filter((f) => f.endsWith('.html'));
}

/** The file a URL path serves (`/a/` → `a/index.html`), or null. */
export function fileForPath(path: string, dist = DIST): string | null {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  const file = join(dist, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

export function page(path: string, dist = DIST): string {
  const file = fileForPath(path, dist);
  if (!file) throw new Error(`${path} is not in ${dist}`);
  return readFileSync(file, 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
  );
export const stripTags = (s: string) => decode(s.replace(/<[^>]*>/g, '')).trim();

/** Text content of the first element matching an opening-tag regex source, e.g. `<h1[^>]*>`. */
export function firstText(html: string, open: string, tag: string): string | null {
  const m = new RegExp(`${open}([\\s\\S]*?)</${tag}>`).exec(html);
  return m ? stripTags(m[1]) : null;
}

/** Values of an attribute on every element that has it. */
export function attrValues(html: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].map((m) => decode(m[1]));
}

/** Run a command with the project's Node (the one running the tests, ≥ 22.12 under `npm test`). */
/**
 * Astro builds the project's pages in its root's `.astro/` whatever the outDir: two builds at once (the suite
 * runs two files at a time) remove each other's chunks. They take turns, holding a lock directory.
 */
const BUILD_LOCK = join(tmpdir(), `yuanqu-astro-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 20 * 60_000;

function withBuildLock<T>(fn: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(BUILD_LOCK).mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      } catch { /* released meanwhile */ }
      Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export function run(args: string[], env: Record<string, string> = {}): string {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    throw new Error(`Node ${process.versions.node} is too old for Astro: run the tests with \`npm test\` (Node 24 from devDependencies)`);
  }
  if (args[0] === ASTRO && args[1] === 'build') return withBuildLock(() => spawnRun(args, env));
  return spawnRun(args, env);
}

function spawnRun(args: string[], env: Record<string, string>): string {
  // Astro lists every page it writes: at archive scale (coloured on CI) that is well over spawnSync's 1 MB default.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    throw new Error(`${args.join(' ')} failed (${why}):\n${r.stdout.slice(-20_000)}\n${r.stderr.slice(-20_000)}`);
  }
  return r.stdout + r.stderr;
}

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Parse seeds into an archive JSON, then build the site into outDir (`env`: extra environment for both steps). */
export function buildSite(opts: { seeds?: string; lock?: string; json: string; outDir: string; updateLock?: boolean; env?: Record<string, string> }): string {
  const dataArgs = [TSX, 'scripts/build-data.ts', '--out', opts.json];
  if (opts.seeds) dataArgs.push('--seeds', opts.seeds);
  if (opts.lock) dataArgs.push('--lock', opts.lock);
  if (opts.updateLock) dataArgs.push('--update-lock');
  const log = run(dataArgs, opts.env);
  return log + run([ASTRO, 'build', '--outDir', opts.outDir], { ...opts.env, ARCHIVE_JSON: opts.json });
}
