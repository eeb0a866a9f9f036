/**
 * keep-dist's record of dist/ (lib/build/distTree.ts): checked by a stat of each recorded entry, it must still
 * tell any change a full listing would — a file added anywhere, removed, edited, an empty directory added —
 * and pruning must leave the record exactly what a fresh listing gives.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { prune, snapshot, unchanged, type Tree } from '../../../src/lib/build/distTree.ts';

let dir: string;
let tree: Tree;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
/** File system timestamps are coarse (a clock tick): wait past one so a change shows in mtimes. */
const tick = () => new Promise((r) => setTimeout(r, 30));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yuanqu-disttree-'));
  for (const rel of ['index.html', 'articles/a1/index.html', 'articles/a2/index.html', 'zones/z/2021/index.html', 'pagefind/index/x.pf_index']) put(rel, `<p>${rel}</p>`);
  tree = snapshot(dir);
  await tick();
});

describe('distTree', () => {
  it('lists every file and directory', () => {
    expect(Object.keys(tree.files).sort()).toEqual(['articles/a1/index.html', 'articles/a2/index.html', 'index.html', 'pagefind/index/x.pf_index', 'zones/z/2021/index.html']);
    expect(Object.keys(tree.dirs).sort()).toEqual(['', 'articles', 'articles/a1', 'articles/a2', 'pagefind', 'pagefind/index', 'zones', 'zones/z', 'zones/z/2021']);
    expect(unchanged(dir, tree)).toBe(true);
  });

  it('tells a file added deep down, with no listing', () => {
    put('zones/z/2021/stray.html', 'not from this build');
    expect(unchanged(dir, tree)).toBe(false);
  });

  it('tells an empty directory added, a file removed, a file edited to the same size', () => {
    mkdirSync(join(dir, 'articles/a1/extra'));
    expect(unchanged(dir, tree)).toBe(false);
    rmSync(join(dir, 'articles/a1/extra'), { recursive: true });
    tree = snapshot(dir);
    rmSync(join(dir, 'articles/a2/index.html'));
    expect(unchanged(dir, tree)).toBe(false);
    put('articles/a2/index.html', '<p>articles/a2/index.html</p>');
    tree = snapshot(dir);
    put('articles/a2/index.html', '<p>ARTICLES/A2/INDEX.HTML</p>');
    utimesSync(join(dir, 'articles/a2/index.html'), new Date(), new Date(Date.now() + 5000));
    expect(unchanged(dir, tree)).toBe(false);
  });

  it('prunes files and the directories they leave empty, and keeps the record exact', () => {
    prune(dir, tree, ['articles/a2/index.html', 'zones/z/2021/index.html']);
    expect(tree).toEqual(snapshot(dir));
    expect(Object.keys(tree.dirs).sort()).toEqual(['', 'articles', 'articles/a1', 'pagefind', 'pagefind/index']);
    expect(unchanged(dir, tree)).toBe(true);
  });
});
