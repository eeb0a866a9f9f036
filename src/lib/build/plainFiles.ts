/**
 * The files of the site that no component renders, written from the archive's records directly instead of
 * through Astro (issue 11: "render less through Astro"): each article's open-data record
 * (`/api/articles/<id>.json`), each page's raw text (`/sources/<seed>.txt`), each PDF the archive was read
 * from (`/sources/<file>.pdf`) and each zone's Atom feed (`/zones/<slug>/feed.xml`). Astro rendered them
 * as endpoints, one getStaticPaths entry per file: on 300 pages 2,500 of its 6,000 outputs, each rendered,
 * checked, logged and cached. The bytes are the ones those routes wrote (tests/site/built/plain-files.test.ts).
 *
 * Left in Astro: the redirect stubs (src/pages/[...moved].astro). A stub links the site's stylesheet as Vite
 * bundled it, and its import of global.css is what names that shared chunk `global.<hash>.css` for every
 * page: written here, the stub would need the hash from Astro's output, and without the page every page's
 * stylesheet was renamed `Base.<hash>.css` (same bytes, another name). There are few stubs (ids gone).
 *
 * Written into dist/ by the `yuanqu-plain-files` integration (plainFilesIntegration.ts) at the end of the
 * Astro build, before keep-dist prunes and fingerprints dist/; served by the same integration in `astro dev`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive, ArchiveArticle } from '../archive/model';
import { openRecord } from '../archive/openData.ts';
import { archiveAsOf, zoneFeed } from '../archive/feeds.ts';
import { readSeedFile, readSourceBytes } from '../archive/store.ts';
import { rawUrl, seedFile, seedSlug, zoneFeedUrl } from '../archive/urls.ts';

export interface PlainFile {
  /** Where it goes in the site, relative to its root (`api/articles/abc.json`). */
  path: string;
  /** The URL that serves it (`/api/articles/abc.json`). */
  url: string;
  /** Its Content-Type (what the Astro route answered with). */
  type: string;
  /** Its bytes, made when asked. */
  body: () => string | Uint8Array;
}

export interface PlainFileOptions {
  /** The site's origin (SITE_URL, Astro's `site`): the feeds' links. */
  site: URL;
}

/** /api/articles/<id>.json: the full parsed record (its text once: `body` as `subheadsAt`) plus where it lives in the archive. */
export function articleJson(a: ArchiveArticle): string {
  return JSON.stringify({
    id: a.id,
    url: a.url,
    title: a.displayTitle,
    date: a.date,
    page: a.page,
    seed: a.seed,
    issue: { key: a.issueKey, url: a.issueUrl, label: a.issueLabel },
    position: a.position,
    zones: a.zones,
    source: a.sourceUrl,
    record: openRecord(a.record),
  });
}

/** Every plain file of the archive, in a stable order (articles, sources, PDFs, zone feeds). */
export function plainFiles(archive: Archive, opts: PlainFileOptions): PlainFile[] {
  const seedsDir = archive.generatedFrom.seedsDir;
  const out: PlainFile[] = [];
  const file = (url: string, type: string, body: PlainFile['body'], path = url.slice(1)) => out.push({ path, url, type, body });
  for (const a of archive.articles) file(`/api/articles/${a.id}.json`, 'application/json; charset=utf-8', () => articleJson(a));
  for (const issue of archive.issues) file(rawUrl(seedSlug(issue.seed)), 'text/plain; charset=utf-8', () => readSourceBytes(seedsDir, issue));
  const pdfs = new Map<string, string>();
  for (const issue of archive.issues) if (issue.pdfUrl && !pdfs.has(issue.pdfUrl)) pdfs.set(issue.pdfUrl, seedFile(issue.seed));
  for (const [url, name] of pdfs) file(url, 'application/pdf', () => readSeedFile(seedsDir, name));
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const article = (id: string) => {
    const a = byId.get(id);
    if (!a) throw new Error(`plain files: no article ${id}`);
    return a;
  };
  const asOf = archiveAsOf(archive);
  for (const zone of archive.zones) file(zoneFeedUrl(zone.slug), 'application/atom+xml; charset=utf-8', () => zoneFeed(zone, article, opts.site, asOf));
  return out;
}

/** What the last write left in a site: every plain file's size and digest, by path (kept in Astro's cacheDir). */
export interface PlainManifest {
  outDir: string;
  files: Record<string, [number, string]>;
}

const digest = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64url');

/**
 * Write the plain files into `outDir`. A file the manifest of the last write lists with the same size and
 * digest, and that is still there with that size, is left alone (keep-dist holds dist/ to be exactly the last
 * build's output, or empties it); the others are written. Returns the new manifest and the paths written and
 * kept (keep-dist keeps both; any other file it did not see written this build is pruned).
 */
export function writePlainFiles(
  outDir: string,
  files: readonly PlainFile[],
  last: PlainManifest | null,
): { manifest: PlainManifest; written: string[]; kept: string[] } {
  const manifest: PlainManifest = { outDir, files: {} };
  const written: string[] = [];
  const kept: string[] = [];
  const before = last?.outDir === outDir ? last.files : {};
  const made = new Set<string>();
  for (const f of files) {
    if (manifest.files[f.path]) throw new Error(`plain files: ${f.path} made twice`);
    const body = f.body();
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const entry: [number, string] = [bytes.byteLength, digest(bytes)];
    manifest.files[f.path] = entry;
    const had = before[f.path];
    const abs = join(outDir, f.path);
    if (had && had[0] === entry[0] && had[1] === entry[1] && statSync(abs, { throwIfNoEntry: false })?.size === entry[0]) {
      kept.push(f.path);
      continue;
    }
    const dir = dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, bytes);
    written.push(f.path);
  }
  return { manifest, written, kept };
}

/** The manifest at `path`, or null (absent, unreadable). */
export function readPlainManifest(path: string): PlainManifest | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PlainManifest;
  } catch {
    return null;
  }
}
