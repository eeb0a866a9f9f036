/** Digests of source trees (Node only): a cache keyed by them is emptied by any change to the code it depends on. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function hashTree(hash: ReturnType<typeof createHash>, abs: string, rel: string): void {
  if (statSync(abs).isDirectory()) {
    for (const f of readdirSync(abs).sort()) hashTree(hash, join(abs, f), `${rel}/${f}`);
  } else if (/\.(ts|json)$/.test(abs)) {
    hash.update(rel).update('\0').update(readFileSync(abs)).update('\0');
  }
}

/** Digest of the .ts and .json files of `sources` (files, or folders read recursively) under `root`. */
export function treeDigest(root: string, sources: readonly string[]): string {
  const hash = createHash('sha256');
  for (const src of sources) hashTree(hash, join(root, src), src);
  return hash.digest('hex');
}
