/**
 * npm run bench:search [-- --pages 2500] [--rebuild] [--skip-big] [--runs N]
 * npm run bench:search -- --dist DIR [--json]     (one built site only; used by npm run bench)
 *
 * Search in Chromium on two built sites: the seed site (dist/, built if missing) and a synthetic archive
 * of about 16,000 articles (`--pages` raw pages, built once into .cache/bench-search/, reused after).
 * Sites are served like a static host (gzip for text files; Pagefind's files are gzip already).
 * For each query, from a cold browser (empty cache): time to first results (from navigation start, and
 * from the start of the search script) and bytes fetched until then (Resource Timing transfer sizes, page
 * HTML included), then the bytes of the whole search once everything settled.
 * Goal for a zone query: ≤ 150 KB and ≤ 300 ms on localhost.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { fileFor } from '../tests/support/serve.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '2500' }, rebuild: { type: 'boolean' }, 'skip-big': { type: 'boolean' }, runs: { type: 'string', default: '5' },
    dist: { type: 'string' }, json: { type: 'boolean' },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache/bench-search');
const RUNS = Number(values.runs);

function sh(cmd: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, cmd, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed (${r.status ?? r.signal}):\n${r.stdout.slice(-2000)}`);
  const line = r.stdout.split('\n').find((l) => l.includes('search:'));
  if (line) console.log('   ', line.replace(/^.*search:/, 'index:'));
  return Math.round(performance.now() - t0);
}

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function buildSeedSite(): string {
  const dist = join(ROOT, 'dist');
  if (values.rebuild || !existsSync(join(dist, 'pagefind'))) {
    sh([TSX, 'scripts/build-data.ts']);
    sh([ASTRO, 'build']);
  }
  return dist;
}

function buildBigSite(): string {
  const seeds = join(CACHE, 'seeds');
  const json = join(CACHE, 'archive.json');
  const dist = join(CACHE, 'dist');
  if (!values.rebuild && existsSync(join(dist, 'pagefind')) && existsSync(json)) return dist;
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  console.log(`building the synthetic archive (${values.pages} pages) …`);
  sh([TSX, 'scripts/synth.ts', '--pages', values.pages!, '--out', seeds]);
  const tData = sh([TSX, 'scripts/build-data.ts', '--seeds', seeds, '--out', json, '--lock', join(CACHE, 'lock.json'), '--quiet']);
  const tSite = sh([ASTRO, 'build', '--outDir', dist], { ARCHIVE_JSON: json });
  console.log(`    data ${(tData / 1000).toFixed(1)} s, astro build + search index ${(tSite / 1000).toFixed(1)} s`);
  return dist;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
};

/** A static host: gzip for text types (as any CDN does); Pagefind's own files are served as stored. */
async function serveGzip(root: string) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(root, url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)];
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream', 'Timing-Allow-Origin': '*' };
    if (type && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body, () => log.push({ path: url.pathname, bytes: body.length, at: Date.now() }));
  });
  const log: { path: string; bytes: number; at: number }[] = [];
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise<void>((r) => server.close(() => r())) };
}

interface Measure {
  firstMs: number;
  scriptMs: number;
  firstKB: number;
  totalKB: number;
  hits: number;
  files: string[];
}

async function measure(browser: Browser, server: Awaited<ReturnType<typeof serveGzip>>, q: string): Promise<Measure> {
  const base = server.url;
  server.log.length = 0;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'done', null, { timeout: 60_000 });
  // A string: tsx would wrap named functions in a helper the page does not have.
  const p = (await page.evaluate(`(() => {
    const root = document.querySelector('[data-search-root]');
    return { at: Number(root.dataset.firstResultsAt), origin: performance.timeOrigin, scriptMs: Number(root.dataset.firstResultsMs), hits: root.querySelectorAll('[data-hit]').length };
  })()`)) as { at: number; origin: number; scriptMs: number; hits: number };
  // Bytes as the server sent them (Pagefind fetches from a worker, out of the page's Resource Timing);
  // the browser and the server share the machine's clock.
  await new Promise((r) => setTimeout(r, 50));
  const mark = p.origin + p.at;
  const before = server.log.filter((e) => e.at <= mark + 1);
  const m: Measure = {
    firstMs: p.at,
    scriptMs: p.scriptMs,
    hits: p.hits,
    firstKB: before.reduce((n, e) => n + e.bytes, 0) / 1024,
    totalKB: server.log.reduce((n, e) => n + e.bytes, 0) / 1024,
    files: server.log.map((e) => `${e.path} ${(e.bytes / 1024).toFixed(1)} KB${e.at <= mark + 1 ? '' : ' (after first results)'}`),
  };
  await ctx.close();
  return m;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface QueryFigures { query: string; firstMs: number; searchMs: number; firstKB: number; settledKB: number; results: number }

async function benchSite(name: string, dist: string, queries: string[]): Promise<QueryFigures[]> {
  const out: QueryFigures[] = [];
  const server = await serveGzip(dist);
  const browser = await launchBrowser();
  try {
    const pf = join(dist, 'pagefind');
    const size = (d: string): number => (statSync(d).isDirectory() ? spawnSync('du', ['-sk', d], { encoding: 'utf8' }).stdout.split('\t')[0] : '0') as unknown as number;
    console.log(`\n${name}: Pagefind bundle ${size(pf)} KB on disk`);
    for (const q of queries) {
      await measure(browser, server, q); // warm the server's file cache
      const runs: Measure[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server, q));
      const r = runs[0]!;
      out.push({ query: q, firstMs: median(runs.map((x) => x.firstMs))!, searchMs: median(runs.map((x) => x.scriptMs))!, firstKB: +r.firstKB.toFixed(1), settledKB: +r.totalKB.toFixed(1), results: r.hits });
      console.log(
        `  ${q.padEnd(14, '　')} first results ${median(runs.map((x) => x.firstMs))} ms after navigation` +
          ` (${median(runs.map((x) => x.scriptMs))} ms of search), ${r.firstKB.toFixed(1)} KB fetched by then;` +
          ` ${r.totalKB.toFixed(1)} KB when settled; ${r.hits} results shown`,
      );
      if (process.env.BENCH_FILES) for (const f of r.files) console.log(`      ${f}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const ZONE_QUERIES = ['南宁高新区', '南寧高新區', '厦门火炬高新区'];
// two word queries with hits on both sites, and one with none on the synthetic archive (its articles never
// print 质押): there the stream checks a bounded number of candidates and offers to go on
const TEXT_QUERIES = ['知识产权 融资', '人才 飞地', '知识产权 质押'];
if (values.dist) {
  const figures = await benchSite(values.dist, resolve(values.dist), [...ZONE_QUERIES, ...TEXT_QUERIES]);
  if (values.json) console.log(JSON.stringify(figures));
} else {
  await benchSite('seed site', buildSeedSite(), [...ZONE_QUERIES, ...TEXT_QUERIES]);
  if (!values['skip-big']) await benchSite(`synthetic archive (${values.pages} pages)`, buildBigSite(), [...ZONE_QUERIES, ...TEXT_QUERIES]);
}
