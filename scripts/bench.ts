/**
 * npm run bench [-- --pages N] [--json] [--keep]
 *
 * End to end on a synthetic archive of N raw pages (default 2,500 ≈ 16,000–20,000
 * articles, from the seeds' own articles recombined in the three extraction
 * styles, dated over 20 years, zones spread over the gazetteer), built in a
 * temporary folder: parse → archive → Astro + search index, each phase with its
 * wall time, throughput and the peak RSS of every process involved; then one
 * new issue page added and the site rebuilt; then a zone query in Chromium.
 * --json prints everything as one JSON object on the last line.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPhase, type PhaseResult } from '../src/lib/bench/phase.ts';
import { readSeeds } from '../src/lib/ingest/seeds.ts';
import { synthArchive } from '../src/lib/synth/archive.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2500' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, seed: { type: 'string', default: '1' } } });
const N = Number(values.pages);
const say = (s: string) => { if (!values.json) process.stdout.write(`${s}\n`); };

const work = mkdtempSync(join(tmpdir(), 'yuanqu-bench-'));
const seeds = join(work, 'seeds');
const paths = { archive: join(work, 'archive.json'), lock: join(work, 'permalinks.lock.json'), cache: join(work, 'records'), dist: join(work, 'dist'), astroCache: join(work, 'astro-cache') };
const env = { ARCHIVE_JSON: paths.archive, ASTRO_CACHE_DIR: paths.astroCache, SITE_URL: 'http://127.0.0.1' };

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else { bytes += statSync(p).size; files++; }
    }
  };
  walk(dir);
  return { bytes, files };
}

// 1. the raw pages
say(`bench: ${N} synthetic pages in ${work}`);
const pool = (await readSeeds('seeds')).flatMap((p) => p.articles).filter((a) => a.title && !a.truncated);
let rawBytes = 0;
let articles = 0;
const manifest: Record<string, { page: number }> = {};
const { mkdirSync } = await import('node:fs');
mkdirSync(seeds, { recursive: true });
for (const page of synthArchive(pool, { pages: N + 1, seed: Number(values.seed) })) {
  // the last page is held back: it is the new issue added after the first build
  const target = page.name.startsWith(String(N).padStart(5, '0')) ? join(work, page.name) : join(seeds, page.name);
  writeFileSync(target, page.text);
  if (target.startsWith(seeds)) {
    manifest[page.name] = { page: 5 };
    rawBytes += Buffer.byteLength(page.text);
    articles += page.expected.length;
  }
}
writeFileSync(join(seeds, 'issues.json'), JSON.stringify(manifest));
say(`  ${N} pages, ${articles} articles, ${(rawBytes / 1e6).toFixed(1)} MB of raw text`);

const tsx = ['--import', 'tsx'];
const node = process.execPath;
const dataPhase = (name: string) => runPhase(name, node, [...tsx, 'scripts/build-data.ts', '--seeds', seeds, '--out', paths.archive, '--lock', paths.lock, '--cache', paths.cache], env, !values.json);
const astroPhase = (name: string) => runPhase(name, node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', paths.dist], env, !values.json);

const phases: PhaseResult[] = [];
const report = (p: PhaseResult | null, unit?: string) => {
  if (!p) return;
  phases.push(p);
  if (p.exitCode !== 0) {
    process.stderr.write(p.output.slice(-3000));
    throw new Error(`bench: phase ${p.name} failed (exit ${p.exitCode})`);
  }
  const rss = Object.entries(p.peakRssMb).filter(([, mb]) => mb > 20).sort((a, b) => b[1] - a[1]).map(([k, mb]) => `${k} ${mb} MB`).join(', ');
  say(`  ${p.name.padEnd(18)} ${p.seconds.toFixed(1).padStart(6)} s${unit ? `  ${unit}` : ''}  peak RSS: ${rss}`);
};

// 2. the full build, cold
report(await dataPhase('parse+archive'), `${(rawBytes / 1e6 / 1).toFixed(1)} MB raw`);
const data = phases.at(-1)!;
// the search index (Pagefind, a process of its own) is built by the Astro integration, so it is part of this phase
report(await astroPhase('astro + search'));
const astro = phases.at(-1)!;
const htmlPages = du(paths.dist).files;
const coldSeconds = phases.reduce((t, p) => t + p.seconds, 0);
say(`  end to end: ${coldSeconds.toFixed(1)} s, ${(articles / coldSeconds).toFixed(0)} articles/s; parse ${(rawBytes / 1e6 / data.seconds).toFixed(2)} MB/s incl. archive; Astro ${(htmlPages / astro.seconds).toFixed(0)} files/s`);

// 3. one new issue page, rebuilt
const newPage = readdirSync(work).find((f) => f.endsWith('.txt'))!;
writeFileSync(join(seeds, newPage), readFileSync(join(work, newPage)));
manifest[newPage] = { page: 5 };
writeFileSync(join(seeds, 'issues.json'), JSON.stringify(manifest));
const inc: PhaseResult[] = [];
for (const p of [await dataPhase('+1 page: data'), await astroPhase('+1 page: astro+search')]) {
  report(p);
  inc.push(p);
}
const incSeconds = inc.reduce((t, p) => t + p.seconds, 0);
say(`  adding one issue page: ${incSeconds.toFixed(1)} s`);

// 4. sizes
const dist = du(paths.dist);
const bundleDir = ['pagefind', '_pagefind'].map((d) => join(paths.dist, d)).find((d) => existsSync(d));
const bundle = bundleDir ? du(bundleDir) : { bytes: 0, files: 0 };
say(`  dist/: ${(dist.bytes / 1e6).toFixed(0)} MB in ${dist.files} files; search bundle: ${(bundle.bytes / 1e6).toFixed(1)} MB in ${bundle.files} files`);

// 5. a zone query in Chromium, on the archive just built
let query: unknown = null;
{
  const q = await runPhase('zone query', node, [...tsx, 'scripts/bench-search.ts', '--dist', paths.dist, '--json'], env, false);
  const last = q.output.trim().split('\n').at(-1) ?? '';
  try { query = JSON.parse(last); } catch { query = { error: q.output.slice(-300) }; }
  say(`  zone query: ${last}`);
}

const peakOf = (ps: PhaseResult[]) => Math.max(0, ...ps.flatMap((p) => Object.values(p.peakRssMb)));
const result = {
  machine: { cores: (await import('node:os')).availableParallelism(), memoryGb: Math.round((await import('node:os')).totalmem() / 2 ** 30), node: process.version },
  pages: N,
  articles,
  rawMegabytes: +(rawBytes / 1e6).toFixed(1),
  phases: phases.map(({ name, seconds, peakRssMb }) => ({ name, seconds, peakRssMb })),
  endToEndSeconds: +coldSeconds.toFixed(1),
  peakRssMb: peakOf(phases.slice(0, phases.length - inc.length)),
  addOnePageSeconds: +incSeconds.toFixed(1),
  dist: { megabytes: +(dist.bytes / 1e6).toFixed(1), files: dist.files },
  searchBundle: { megabytes: +(bundle.bytes / 1e6).toFixed(1), files: bundle.files },
  zoneQuery: query,
};
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else say(`  kept ${work}`);
