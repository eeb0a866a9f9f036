/**
 * Astro integration writing the site's plain files (plainFiles.ts: per-article JSON, raw source texts, PDFs,
 * zone feeds) from the archive, with no route or component: on astro:build:done, after
 * Astro's pages and before keep-dist (which must come after it: it keeps what this wrote or left, prunes the
 * rest and fingerprints dist/). A file whose bytes are those the last build left there is not written again
 * (manifest `plain-files.json` in Astro's cacheDir, beside keep-dist's record); keep-dist is told it is kept.
 *
 * `astro dev` has no routes for them: this integration's middleware serves them from the same code.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../archive/store.ts';
import type { Archive } from '../archive/model';
import { plainFiles, readPlainManifest, writePlainFiles, type PlainFile } from './plainFiles.ts';

interface Logger { info: (m: string) => void }
interface Config { site?: string; cacheDir: URL; outDir: URL }
interface DevServer { middlewares: { use: (fn: (req: { url?: string }, res: { setHeader: (k: string, v: string) => void; end: (b: string | Uint8Array) => void }, next: () => void) => void) => void } }

const MANIFEST = 'plain-files.json';
export const DEFAULT_SITE = 'https://yuanqu-archive.example.org';

/** The integration; `kept()`: the plain files this build left as they were (for keep-dist, which would prune them). */
export function plainFilesIntegration() {
  let site = new URL(DEFAULT_SITE);
  let manifestPath = '';
  let left: readonly string[] = [];
  return {
    name: 'yuanqu-plain-files',
    kept: (): readonly string[] => left,
    hooks: {
      'astro:config:done': ({ config }: { config: Config }) => {
        site = new URL(config.site || DEFAULT_SITE);
        manifestPath = join(fileURLToPath(config.cacheDir), MANIFEST);
      },
      'astro:server:setup': ({ server }: { server: DevServer }) => {
        let served: { archive: Archive; byUrl: Map<string, PlainFile> } | null = null;
        server.middlewares.use((req, res, next) => {
          let archive: Archive;
          try {
            archive = loadArchive();
          } catch {
            return next();
          }
          if (served?.archive !== archive) served = { archive, byUrl: new Map(plainFiles(archive, { site }).map((f) => [f.url, f])) };
          const f = served.byUrl.get(decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!));
          if (!f) return next();
          res.setHeader('Content-Type', f.type);
          res.end(f.body());
        });
      },
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const t0 = performance.now();
        const outDir = resolve(fileURLToPath(dir));
        const files = plainFiles(loadArchive(), { site });
        // the manifest goes while files are written: a build killed now leaves none (keep-dist then empties dist/)
        const last = readPlainManifest(manifestPath);
        mkdirSync(dirname(manifestPath), { recursive: true });
        rmSync(manifestPath, { force: true });
        const { manifest, written, kept } = writePlainFiles(outDir, files, last);
        left = kept;
        writeFileSync(manifestPath, JSON.stringify(manifest));
        logger.info(`plain files: ${written.length} written, ${kept.length} unchanged in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
