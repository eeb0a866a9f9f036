/**
 * Astro integration for incremental builds: keep the output directory between builds instead of letting
 * Astro empty it, so pages Astro skips (same cacheKey, same code) are simply left where they are — on a
 * large archive emptying dist/ and copying ~40k skipped pages back from the cache took most of a rebuild.
 *
 * Safe only when dist/ holds exactly what the build recorded in the cache manifest made: on
 * astro:build:done we prune every file this build neither wrote nor kept, then store what dist/ holds
 * (every file's size and mtime, every directory's mtime: distTree.ts) in cacheDir. On astro:build:start,
 * dist/ is emptied unless it still is that tree (another build, another cacheDir, a crash or a hand edit in
 * between all change it), and the record is removed until the build finishes.
 *
 * Builds sharing a cacheDir would mix each other's manifest and cached pages (a page restored from another
 * build's copy): a lock in cacheDir (held from astro:build:start to astro:build:done, taken over when its
 * process is gone) makes them take turns.
 *
 * Must come after integrations that write into dist/ on astro:build:done (plain files, search), so their files
 * are new when the pruning looks; a file such an integration leaves as it was is kept when `kept` names it. Does nothing unless experimental.incrementalBuild is on.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prune, snapshot, unchanged, type Tree } from './distTree.ts';

interface Logger { info: (m: string) => void }
interface Config { outDir: URL; cacheDir: URL; experimental: { incrementalBuild?: boolean } }

const STATE_FILE = 'keep-dist.json';
const LOCK_DIR = 'keep-dist.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Take the cacheDir lock (a directory holding the owner's pid); wait while a live build holds it. */
async function lock(dir: string, logger: Logger): Promise<void> {
  let waited = false;
  for (;;) {
    try {
      mkdirSync(dir, { recursive: false });
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let pid = 0;
    try {
      pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {
      // just created by another build, pid not written yet
    }
    const young = Date.now() - (statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5000;
    if ((pid && (pid === process.pid || !alive(pid))) || (!pid && !young)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (!waited) logger.info(`keep-dist: waiting for another build using this cacheDir (pid ${pid || '?'})`);
    waited = true;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface State { outDir: string; tree: Tree }

/** `kept`: files another integration left in dist/ as the last build wrote them this build (plain files), kept like Astro's cached pages. */
export function keepDist(opts: { kept?: () => Iterable<string> } = {}) {
  let enabled = false;
  let outDir = '';
  let stateFile = '';
  let lockDir = '';
  let started = 0;
  return {
    name: 'yuanqu-keep-dist',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }: { config: Config; updateConfig: (c: object) => void }) => {
        enabled = config.experimental.incrementalBuild === true;
        if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }: { config: Config }) => {
        outDir = resolve(fileURLToPath(config.outDir));
        stateFile = join(fileURLToPath(config.cacheDir), STATE_FILE);
        lockDir = join(fileURLToPath(config.cacheDir), LOCK_DIR);
      },
      'astro:build:start': async ({ logger }: { logger: Logger }) => {
        if (!enabled) return;
        mkdirSync(join(lockDir, '..'), { recursive: true });
        await lock(lockDir, logger);
        started = Date.now();
        let state: State | null = null;
        try {
          state = JSON.parse(readFileSync(stateFile, 'utf8')) as State;
        } catch {
          state = null;
        }
        rmSync(stateFile, { force: true });
        if (!existsSync(outDir)) return;
        const t0 = performance.now();
        if (state?.tree && state.outDir === outDir && unchanged(outDir, state.tree)) {
          logger.info(`keep-dist: ${Object.keys(state.tree.files).length} files of the last build kept in ${outDir} (checked in ${Math.round(performance.now() - t0)} ms)`);
          return;
        }
        for (const e of readdirSync(outDir)) if (e !== '.git') rmSync(join(outDir, e), { recursive: true, force: true });
        logger.info(`keep-dist: ${outDir} emptied (not the output of this cache's last build)`);
      },
      'astro:build:done': ({ dir, assets, logger }: { dir: URL; assets: Map<string, URL[]>; logger: Logger }) => {
        if (!enabled) return;
        const t0 = performance.now();
        const root = resolve(fileURLToPath(dir));
        const kept = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) kept.add(relative(root, fileURLToPath(u)).split(sep).join('/'));
        for (const path of opts.kept?.() ?? []) kept.add(path);
        // Written by this build (pages, assets, public/, search) or one of its kept pages: keep; else stale.
        const tree = snapshot(root);
        const stale = Object.entries(tree.files).filter(([path, [, mtimeMs]]) => mtimeMs < started - 50 && !kept.has(path)).map(([path]) => path);
        if (stale.length) {
          prune(root, tree, stale);
          logger.info(`keep-dist: ${stale.length} stale file(s) removed from ${root}`);
        }
        const files = Object.keys(tree.files).length;
        writeFileSync(stateFile, JSON.stringify({ outDir: root, tree } satisfies State));
        rmSync(lockDir, { recursive: true, force: true });
        logger.info(`keep-dist: pruned and fingerprinted ${files} files in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
