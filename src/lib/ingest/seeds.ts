/**
 * The one place the ingest touches the file system: read a folder of raw
 * pages and its manifest (issues.json), parse every page, and report each
 * bad page by name without letting it take the others down.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PageRecord } from '../types.ts';
import { validateManifest, type Manifest } from './manifest.ts';
import { parseDocument } from './document.ts';
import { InputError } from './read.ts';

export const MANIFEST_FILE = 'issues.json';

export function readManifest(dir: string): Manifest {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(file, null, `manifest is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return validateManifest(data, file);
  } catch (e) {
    throw new InputError(file, null, (e as Error).message.replace(`${file}: `, ''));
  }
}

/** Page files of a folder: extracted text and PDFs. */
export const isPageFile = (f: string): boolean => /\.(txt|pdf)$/i.test(f);

/** Parse one file (a page, or a document of several pages), with the manifest of its folder. */
export function parseFile(path: string, manifest: Manifest = readManifest(dirname(path))): Promise<PageRecord[]> {
  const file = basename(path);
  return parseDocument(readFileSync(path), { file, manifest: manifest[file] });
}

export interface SeedFailure {
  file: string;
  error: Error;
}

/** Pages that print (or are given) the same date and page number as an earlier one are flagged. */
export function flagDuplicates(pages: PageRecord[]): void {
  const seen = new Map<string, string>();
  for (const p of pages) {
    if (!p.issue.date || p.issue.page === null) continue;
    const key = `${p.issue.date}/p${p.issue.page}`;
    const first = seen.get(key);
    if (first) {
      p.warnings.push({ code: 'duplicate-issue', message: `same issue and page (${key}) as ${first}; both kept`, line: null });
    } else seen.set(key, p.seed);
  }
}

/**
 * Every page of the *.txt and *.pdf files of a folder, in file-name order. A page that cannot be
 * read is passed to onError (default: collect and throw one error naming
 * every bad file once all others are parsed).
 */
export async function readSeeds(dir: string, onError?: (f: SeedFailure) => void): Promise<PageRecord[]> {
  const manifest = readManifest(dir);
  const files = readdirSync(dir).filter(isPageFile).sort();
  for (const key of Object.keys(manifest)) {
    if (!files.includes(key)) throw new InputError(join(dir, MANIFEST_FILE), null, `entry "${key}" names no file in ${dir}`);
  }
  const pages: PageRecord[] = [];
  const failures: SeedFailure[] = [];
  for (const f of files) {
    try {
      pages.push(...(await parseFile(join(dir, f), manifest)));
    } catch (e) {
      const failure = { file: f, error: e as Error };
      if (onError) onError(failure);
      else failures.push(failure);
    }
  }
  if (failures.length) {
    throw new Error(`${failures.length} page(s) could not be read:\n${failures.map((f) => `  ${f.error.message}`).join('\n')}`);
  }
  flagDuplicates(pages);
  return pages;
}
