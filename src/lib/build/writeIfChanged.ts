/**
 * Write a file only when its bytes change (Node only). A rebuild whose output is the same leaves the file as it
 * was — no 110 MB written for the archive of a 16k-article archive, and its mtime kept for whatever watches it.
 * The old file is read only when its size is the new one's, so a changed file costs a stat more than a write.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `data` (a string is written as UTF-8) at `path` unless the file holds exactly these bytes; true when written. */
export function writeIfChanged(path: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const old = statSync(path, { throwIfNoEntry: false });
  if (old?.isFile() && old.size === bytes.length && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(readFileSync(path))) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return true;
}
