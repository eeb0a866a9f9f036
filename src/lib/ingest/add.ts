/**
 * Adding pages to a seeds folder: every file is checked and parsed before
 * anything is written, so a bad file (not a page, a date that is no date, a
 * page already there) changes nothing. Then the files are copied in and the
 * date and page the operator gave are recorded in issues.json where the page
 * does not print them (a printed date or page always wins).
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PageRecord } from '../types.ts';
import { parseDocument } from './document.ts';
import type { Manifest, ManifestEntry } from './manifest.ts';
import { sha256Of } from './page.ts';
import { InputError } from './read.ts';
import { isPageFile, MANIFEST_FILE, readManifest } from './seeds.ts';

export interface AddOptions {
  /** Issue date (YYYY-MM-DD) for pages that do not print one. */
  date?: string;
  /** Page number for pages that do not print one. */
  page?: number;
}

export interface PlannedPage {
  /** The file as given. */
  from: string;
  /** Its name in the seeds folder. */
  name: string;
  /** What the operator's date and page add to issues.json for it, if anything. */
  entry: ManifestEntry | null;
  /** The page(s) as parsed before the operator's date and page are applied. */
  records: PageRecord[];
  /** The operator's date or page where the page prints another (the printed one stands). */
  conflicts: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The operator's options, checked: a date must be a real calendar date (YYYY-MM-DD), a page a positive integer. */
export function checkOptions(options: AddOptions): ManifestEntry {
  const entry: ManifestEntry = {};
  if (options.date !== undefined) {
    const real = ISO_DATE.test(options.date) && !Number.isNaN(Date.parse(options.date)) && new Date(`${options.date}T00:00:00Z`).toISOString().startsWith(options.date);
    if (!real) throw new Error(`--date ${options.date} is not a date (expected YYYY-MM-DD)`);
    entry.date = options.date;
  }
  if (options.page !== undefined) {
    if (!Number.isInteger(options.page) || options.page < 1) throw new Error(`--page ${options.page} is not a page number (expected 1, 2, …)`);
    entry.page = options.page;
  }
  return entry;
}

/** Content hashes of the page files already in the folder, with their names. */
function hashesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter(isPageFile)) out.set(sha256Of(readFileSync(join(dir, f))), f);
  return out;
}

/** What of the operator's entry the pages, parsed without it, leave to be recorded: only what they do not print. */
function missingFacts(records: PageRecord[], given: ManifestEntry): { entry: ManifestEntry | null; conflicts: string[] } {
  const entry: ManifestEntry = {};
  const conflicts: string[] = [];
  const printed = records.find((r) => r.issue.source === 'printed')?.issue;
  if (given.date) {
    if (!printed?.date) entry.date = given.date;
    else if (printed.date !== given.date) conflicts.push(`prints the date ${printed.date}; --date ${given.date} is not recorded`);
  }
  if (given.page !== undefined) {
    const page = records[0]?.issue.page ?? null;
    if (page === null) entry.page = given.page;
    else if (page !== given.page) conflicts.push(`prints page ${page}; --page ${given.page} is not recorded`);
  }
  return { entry: Object.keys(entry).length ? entry : null, conflicts };
}

/** Check and parse every file; throws (naming the file) at the first that cannot be added. Writes nothing. */
export async function planAdd(files: string[], seedsDir: string, options: AddOptions = {}): Promise<PlannedPage[]> {
  if (!files.length) throw new Error('no file to add');
  const given = checkOptions(options);
  const manifest = readManifest(seedsDir);
  const known = hashesOf(seedsDir);
  const plan: PlannedPage[] = [];
  for (const from of files) {
    const name = basename(from);
    if (!existsSync(from)) throw new InputError(from, null, 'no such file');
    if (!isPageFile(name)) throw new InputError(from, null, 'not a page file (expected .txt or .pdf)');
    const bytes = readFileSync(from);
    const same = known.get(sha256Of(bytes));
    if (same) throw new InputError(from, null, `the same page is already in ${seedsDir} as ${same}`);
    if (existsSync(join(seedsDir, name)) || plan.some((p) => p.name === name)) throw new InputError(from, null, `${name} already names another page in ${seedsDir}; rename the file`);
    const records = await parseDocument(bytes, { file: name, manifest: manifest[name] });
    plan.push({ from, name, records, ...missingFacts(records, given) });
    known.set(sha256Of(bytes), name);
  }
  return plan;
}

/** Copy the planned files into the folder and record their entries in its manifest. */
export function applyAdd(plan: PlannedPage[], seedsDir: string): void {
  const path = join(seedsDir, MANIFEST_FILE);
  const manifest: Manifest & { $comment?: string } = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  for (const p of plan) {
    copyFileSync(p.from, join(seedsDir, p.name));
    if (p.entry) manifest[p.name] = { ...manifest[p.name], ...p.entry };
  }
  if (plan.some((p) => p.entry)) writeFileSync(path, serialiseManifest(manifest));
}

/** issues.json as the repository keeps it: one line per page. */
function serialiseManifest(manifest: Record<string, unknown>): string {
  const lines = Object.entries(manifest).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
