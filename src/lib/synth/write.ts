/**
 * Write a synthetic archive of raw pages into a folder, with its issues.json manifest (Node only).
 * Shared by `npm run synth` and the scale test of the built site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds } from '../ingest/seeds.ts';
import { synthArchive, type ArchiveOptions } from './archive.ts';

export interface WrittenArchive {
  pages: number;
  articles: number;
  bytes: number;
}

/** The seeds' own titled, complete articles: the pool synthetic pages are recombined from. */
export async function seedPool(seedsDir = 'seeds') {
  return (await readSeeds(seedsDir)).flatMap((p) => p.articles).filter((a) => a.title && !a.truncated);
}

export async function writeSynthSeeds(out: string, opts: ArchiveOptions, seedsDir = 'seeds'): Promise<WrittenArchive> {
  mkdirSync(out, { recursive: true });
  const pool = await seedPool(seedsDir);
  const manifest: Record<string, { page: number }> = {};
  let bytes = 0;
  let articles = 0;
  for (const page of synthArchive(pool, opts)) {
    writeFileSync(join(out, page.name), page.text);
    manifest[page.name] = { page: 5 };
    bytes += Buffer.byteLength(page.text);
    articles += page.expected.length;
  }
  writeFileSync(join(out, 'issues.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { pages: opts.pages, articles, bytes };
}
