/**
 * What keep-dist (keepDist.ts) records of the output directory: every file's size and mtime and every
 * directory's mtime. Checking that a directory still is the tree recorded needs a stat of each entry and no
 * listing: adding, removing or renaming an entry changes its directory's mtime, writing a file its own. On a
 * 65k-file dist/ (46k directories, one per page) the listings were most of the time of a check.
 */
import { readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Tree {
  /** Relative path (with `/`) → [size, mtimeMs]. */
  files: Record<string, [number, number]>;
  /** Relative path (with `/`, '' for the root) → mtimeMs. */
  dirs: Record<string, number>;
}

const sub = (rel: string, name: string) => (rel ? `${rel}/${name}` : name);

/** Every file and directory under dir, listed. */
export function snapshot(dir: string): Tree {
  const tree: Tree = { files: {}, dirs: {} };
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    tree.dirs[rel] = statSync(abs).mtimeMs;
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const path = sub(rel, e.name);
      if (e.isDirectory()) walk(path);
      else {
        const s = statSync(join(dir, path));
        tree.files[path] = [s.size, s.mtimeMs];
      }
    }
  };
  walk('');
  return tree;
}

/** Whether dir holds exactly the recorded tree (same entries, sizes and mtimes), by a stat of each. */
export function unchanged(dir: string, tree: Tree): boolean {
  for (const [rel, mtimeMs] of Object.entries(tree.dirs)) {
    const s = statSync(join(dir, rel), { throwIfNoEntry: false });
    if (!s?.isDirectory() || s.mtimeMs !== mtimeMs) return false;
  }
  for (const [rel, [size, mtimeMs]] of Object.entries(tree.files)) {
    const s = statSync(join(dir, rel), { throwIfNoEntry: false });
    if (!s?.isFile() || s.size !== size || s.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

const parentOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/** Remove files of the tree, then the directories this leaves empty (never the root); the tree follows. */
export function prune(dir: string, tree: Tree, paths: string[]): void {
  for (const p of paths) {
    rmSync(join(dir, p));
    delete tree.files[p];
  }
  // every directory changed is settled after its last change: emptied ones removed (then their parent settled)
  const settle = (rel: string): void => {
    if (rel && readdirSync(join(dir, rel)).length === 0) {
      rmdirSync(join(dir, rel));
      delete tree.dirs[rel];
      settle(parentOf(rel));
    } else tree.dirs[rel] = statSync(join(dir, rel)).mtimeMs;
  };
  const parents = [...new Set(paths.map(parentOf))].sort((a, b) => b.length - a.length); // deepest first
  for (const rel of parents) if (rel in tree.dirs) settle(rel);
}
