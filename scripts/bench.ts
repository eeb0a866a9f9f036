/**
 * npm run bench [-- --pages N] [--peer] [--no-peer-rebuild] [--data-only] [--no-memo] [--json] [--keep]
 * npm run bench:peer [-- --pages N]          (the same with --peer)
 *
 * End to end on a synthetic archive of N raw pages (default 2,500 ≈ 16,000–20,000
 * articles, from the seeds' own articles recombined in the three extraction
 * styles, dated over 20 years, zones spread over the gazetteer), built in a
 * temporary folder: parse → archive → Astro + search index, each phase with its
 * wall time, CPU time (the whole process tree's), the peak RSS of every process
 * involved and the load other processes put on the machine meanwhile.
 *
 * Cold means cold: every cache the build has — parsed records (ARCHIVE_CACHE), the
 * permalink registry (ARCHIVE_LOCK), Astro's incremental cache (ASTRO_CACHE_DIR),
 * the Pagefind bundles (SEARCH_CACHE_DIR), even tsx's compile cache (TMPDIR) —
 * lives in the bench's own folder and is empty when the cold build starts; the
 * project's caches (.cache/…, generated/) are neither read nor written. Then
 * the labelled warm figures: the same build again with nothing changed, and one
 * new issue page added (both with the caches the cold build left).
 *
 * --peer: the same parsed articles built with Hugo + Pagefind in the same run
 * (src/lib/bench/peer/hugo.ts: templates for article, issue, zone and home pages,
 * the article text as Pagefind's indexed region), printed side by side with
 * ours and the ratios; then the peer rebuilt after the new page as well (a full
 * rebuild: Hugo + Pagefind have nothing incremental), unless --no-peer-rebuild.
 * Without Hugo on PATH (or node_modules/.bin) the bench says so and prints ours alone.
 *
 * Each data step's phases, wall and CPU time (parse, permalinks, mentions, entities, related, the rest of the archive build,
 * writing archive.json) are read from the `phase: NAME MS ms (CPU MS ms)` lines scripts/build-data.ts prints on stderr
 * and printed under the step. --data-only runs the data steps alone (cold, unchanged, +1 page): no Astro,
 * peer, permalink bench or queries. --no-memo builds without the archive build's per-article caches
 * (lib/archive/memo.ts), to measure what they save.
 *
 * Finally the permalink matching on the built archive (scripts/bench-permalinks.ts)
 * and a zone and word query in Chromium. --json prints everything as one JSON
 * object on the last line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPhase, type PhaseResult } from '../src/lib/bench/phase.ts';
import { readSeeds } from '../src/lib/ingest/seeds.ts';
import { synthArchive } from '../src/lib/synth/archive.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '2500' },
    json: { type: 'boolean' },
    keep: { type: 'boolean' },
    seed: { type: 'string', default: '1' },
    peer: { type: 'boolean' },
    'no-peer-rebuild': { type: 'boolean' },
    'data-only': { type: 'boolean' },
    'no-memo': { type: 'boolean' },
  },
});
const N = Number(values.pages);
const say = (s: string) => { if (!values.json) process.stdout.write(`${s}\n`); };

const work = mkdtempSync(join(tmpdir(), 'yuanqu-bench-'));
const seeds = join(work, 'seeds');
const paths = {
  archive: join(work, 'archive.json'),
  lock: join(work, 'permalinks.lock.json'),
  records: join(work, 'cache/records'),
  memo: join(work, 'cache/archive'), // build-data's default: next to the record cache
  astroCache: join(work, 'cache/astro'),
  searchCache: join(work, 'cache/search'),
  tmp: join(work, 'cache/tmp'),
  corrections: join(work, 'corrections'),
  dist: join(work, 'dist'),
  peer: join(work, 'peer'),
};
// Every cache and every output of the build in the bench's folder; nothing of the project's.
const env = {
  ARCHIVE_JSON: paths.archive,
  ARCHIVE_LOCK: paths.lock,
  ARCHIVE_CACHE: paths.records,
  ARCHIVE_MEMO: paths.memo,
  ARCHIVE_CORRECTIONS: paths.corrections, // the project's corrections are for the real seeds
  ASTRO_CACHE_DIR: paths.astroCache,
  SEARCH_CACHE_DIR: paths.searchCache,
  TMPDIR: paths.tmp, // tsx's compile cache and anything else a tool keeps in the temp folder
  SITE_URL: 'http://127.0.0.1',
};
for (const d of [paths.tmp, paths.corrections]) mkdirSync(d, { recursive: true });

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

/** Cold means these are empty (or absent) when the build starts. */
function assertCold() {
  for (const d of [paths.records, paths.memo, paths.astroCache, paths.searchCache, paths.dist]) {
    if (du(d).files > 0) throw new Error(`bench: ${d} is not empty before the cold build`);
  }
  if (readdirSync(paths.tmp).length > 0) throw new Error(`bench: ${paths.tmp} is not empty before the cold build`);
  if (existsSync(paths.lock)) throw new Error('bench: a permalink registry exists before the cold build');
}

// 1. the raw pages
const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? '?', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
say(`bench: ${N} synthetic pages in ${work}`);
say(`  machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const pool = (await readSeeds('seeds')).flatMap((p) => p.articles).filter((a) => a.title && !a.truncated);
let rawBytes = 0;
let articles = 0;
const manifest: Record<string, { page: number }> = {};
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
/** The data step's phases, wall and CPU ms, from build-data's stderr lines (summed when a phase is told twice). */
const dataPhases = (output: string): Record<string, { ms: number; cpuMs: number }> => {
  const out: Record<string, { ms: number; cpuMs: number }> = {};
  for (const m of output.matchAll(/^phase: (\S+) (\d+) ms \(CPU (\d+) ms\)$/gm)) {
    const p = (out[m[1]!] ??= { ms: 0, cpuMs: 0 });
    p.ms += Number(m[2]);
    p.cpuMs += Number(m[3]);
  }
  return out;
};
const phaseFigures: Record<string, Record<string, { ms: number; cpuMs: number }>> = {};
/**
 * Where an Astro + search phase's time goes, read from its log: Astro's steps ("Collecting build info",
 * the two Vite builds, "generating static routes" with each output file rendered or taken from the cache,
 * the whole build), the search integration's lines (shards indexed, the wait for them after the pages,
 * copying the bundles into dist/) and keep-dist's (checking dist/ at the start, pruning it at the end).
 */
interface AstroParts {
  collectMs: number; viteMs: number; routesMs: number; buildMs: number;
  rendered: number; cached: number; renderedByKind: Record<string, number>;
  searchMs: number; shardsIndexed: { shard: string; docs: number; ms: number }[]; searchWaitMs: number; searchCopyMs: number;
  keepCheckMs: number; keepPruneMs: number; stale: number;
}
/** Astro's durations ("584ms", "4.23s", "1m 2s") in ms. */
const seconds = (t: string): number => {
  const ms = /^([\d.]+)ms$/.exec(t.trim());
  if (ms) return parseFloat(ms[1]!);
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)s)?$/.exec(t.trim());
  return m ? Number(m[1] ?? 0) * 60_000 + parseFloat(m[2] ?? '0') * 1000 : NaN;
};
const astroParts = (output: string): AstroParts => {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const parts: AstroParts = { collectMs: 0, viteMs: 0, routesMs: 0, buildMs: 0, rendered: 0, cached: 0, renderedByKind: {}, searchMs: 0, shardsIndexed: [], searchWaitMs: 0, searchCopyMs: 0, keepCheckMs: 0, keepPruneMs: 0, stale: 0 };
  let collecting = false;
  let path: string | null = null;
  const settle = (status: string) => {
    if (!path) return;
    if (/\((cached|restored)\)/.test(status)) parts.cached++;
    else if (/\(\+[\d.]+m?s\)/.test(status)) {
      parts.rendered++;
      const kind = /^\/(zones\/province|api\/articles|[^/]+)\//.exec(path)?.[1] ?? 'other';
      parts.renderedByKind[kind] = (parts.renderedByKind[kind] ?? 0) + 1;
    } else return;
    path = null;
  };
  for (const line of lines) {
    const m = /[├└]─ (\S+)(.*)$/.exec(line);
    if (m) { path = m[1]!; settle(m[2]!); continue; }
    if (path && /^\s*\((cached|restored|\+[\d.]+m?s)\)\s*$/.test(line)) { settle(line); continue; }
    let x: RegExpExecArray | null;
    if (/\[build\] Collecting build info/.test(line)) collecting = true;
    else if ((x = /\[build\] ✓ Completed in (.+?)\.?$/.exec(line)) && collecting) { parts.collectMs = seconds(x[1]!); collecting = false; }
    else if ((x = /\[vite\] ✓ built in (\S+)/.exec(line))) parts.viteMs += seconds(x[1]!);
    else if ((x = /^\S*\s*\d\d:\d\d:\d\d ✓ Completed in (.+?)\.?$/.exec(line.trim()))) parts.routesMs = seconds(x[1]!);
    else if ((x = /\[build\] \d+ page\(s\) built in (.+)$/.exec(line))) parts.buildMs = seconds(x[1]!);
    else if ((x = /search: .* zone shards in (\d+) ms/.exec(line))) parts.searchMs = Number(x[1]);
    else if ((x = /search: indexed shard (\S+): (\d+) documents in (\d+) ms/.exec(line))) parts.shardsIndexed.push({ shard: x[1]!, docs: Number(x[2]), ms: Number(x[3]) });
    else if ((x = /search: waited (\d+) ms .* copied into the site in (\d+) ms/.exec(line))) { parts.searchWaitMs = Number(x[1]); parts.searchCopyMs = Number(x[2]); }
    else if ((x = /keep-dist: .* \(checked in (\d+) ms\)/.exec(line))) parts.keepCheckMs = Number(x[1]);
    else if ((x = /keep-dist: (\d+) stale file/.exec(line))) parts.stale = Number(x[1]);
    else if ((x = /keep-dist: pruned and fingerprinted \d+ files in (\d+) ms/.exec(line))) parts.keepPruneMs = Number(x[1]);
  }
  return parts;
};
const astroFigures: Record<string, AstroParts> = {};
const sayAstroParts = (name: string, wallS: number) => {
  const a = astroFigures[name];
  if (!a) return;
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const kinds = Object.entries(a.renderedByKind).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  say(`    Astro, s: process start-up and config ${(wallS - a.buildMs / 1000).toFixed(2)} (wall minus the build), collecting build info ${s(a.collectMs)}, Vite ${s(a.viteMs)}, static routes ${s(a.routesMs)} (${a.rendered} rendered, ${a.cached} from the cache), whole build ${s(a.buildMs)}`);
  if (a.rendered) say(`    rendered by kind: ${kinds}`);
  say(`    search, s: index ${s(a.searchMs)} alongside Astro (${a.shardsIndexed.length ? a.shardsIndexed.map((b) => `shard ${b.shard}: ${b.docs} docs in ${s(b.ms)}`).join('; ') : 'no shard indexed'}), waited ${s(a.searchWaitMs)} after the pages, copied into dist/ ${s(a.searchCopyMs)}; keep-dist, s: check ${s(a.keepCheckMs)}, prune + fingerprint ${s(a.keepPruneMs)} (${a.stale} stale files)`);
};

const dataPhase = async (name: string, register: boolean) => {
  const p = await runPhase(name, node, [...tsx, 'scripts/build-data.ts', '--seeds', seeds, '--out', paths.archive, '--lock', paths.lock, '--cache', paths.records, ...(register ? ['--update-lock'] : []), ...(values['no-memo'] ? ['--no-memo'] : [])], env, !values.json);
  phaseFigures[name] = dataPhases(p.output);
  return p;
};
const sayPhases = (name: string) =>
  say(`    phases, wall (CPU) s: ${Object.entries(phaseFigures[name] ?? {}).map(([k, p]) => `${k} ${(p.ms / 1000).toFixed(2)} (${(p.cpuMs / 1000).toFixed(2)})`).join(', ')}`);
// Astro runs in the bench folder (--root stays the project): with an outDir outside its working directory,
// Astro puts its prerender chunks in <cwd>/.astro/.prerender, which every other such build in the project
// shares (and empties) — a concurrent test build made the bench fail that way. The chunks import packages,
// so the bench folder gets a link to the project's node_modules.
symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
const astroPhase = async (name: string) => {
  const p = await runPhase(name, node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', resolve('.'), '--outDir', paths.dist], env, !values.json, work);
  astroFigures[name] = astroParts(p.output);
  return p;
};

const phases: PhaseResult[] = [];
const largest = (p: PhaseResult) => Object.entries(p.peakRssMb).filter(([, mb]) => mb > 20).sort((a, b) => b[1] - a[1]);
const report = (p: PhaseResult, unit?: string) => {
  phases.push(p);
  if (p.exitCode !== 0) {
    process.stderr.write(p.output.slice(-3000));
    throw new Error(`bench: phase ${p.name} failed (exit ${p.exitCode})`);
  }
  const rss = largest(p).map(([k, mb]) => `${k} ${mb} MB`).join(', ');
  say(`  ${p.name.padEnd(30)} ${p.seconds.toFixed(1).padStart(6)} s wall ${p.cpuSeconds.toFixed(1).padStart(6)} s CPU  others' load ${p.othersLoad.toFixed(2)}${unit ? `  ${unit}` : ''}  peak RSS: ${rss}`);
  return p;
};
interface Total { seconds: number; cpuSeconds: number; peakRssMb: number; othersLoad: number }
const total = (ps: PhaseResult[]): Total => {
  const seconds = ps.reduce((t, p) => t + p.seconds, 0);
  return {
    seconds: +seconds.toFixed(1),
    cpuSeconds: +ps.reduce((t, p) => t + p.cpuSeconds, 0).toFixed(1),
    peakRssMb: Math.max(0, ...ps.flatMap((p) => Object.values(p.peakRssMb))),
    othersLoad: +(ps.reduce((t, p) => t + p.othersLoad * p.seconds, 0) / Math.max(seconds, 1e-9)).toFixed(2),
  };
};
const fmtTotal = (t: Total) => `${t.seconds.toFixed(1)} s wall, ${t.cpuSeconds.toFixed(1)} s CPU, largest process ${(t.peakRssMb / 1024).toFixed(2)} GB, others' load ${t.othersLoad.toFixed(2)} cores`;

// 2. the full build, cold: the first-ever build registers every article's permalink
assertCold();
say('  — ours, cold (empty caches of every kind, in the bench folder)');
const dataOnly = !!values['data-only'];
/** The Astro + search phase, or nothing with --data-only. */
const astroStep = async (name: string): Promise<PhaseResult[]> => {
  if (dataOnly) return [];
  const p = report(await astroPhase(name));
  sayAstroParts(name, p.seconds);
  return [p];
};
const data = report(await dataPhase('cold: parse+archive', true), `${(rawBytes / 1e6).toFixed(1)} MB raw`);
sayPhases('cold: parse+archive');
// the search index (Pagefind, a process of its own) is built by the Astro integration, so it is part of this phase
const astro = await astroStep('cold: astro + search');
const cold = total([data, ...astro]);
const ourDist = du(paths.dist);
say(`  ours, cold end to end: ${fmtTotal(cold)}; ${(articles / cold.seconds).toFixed(0)} articles/s${astro[0] ? `; Astro ${(ourDist.files / astro[0].seconds).toFixed(0)} files/s` : ''}`);

// 3. the peer, on the same parsed articles
const hugoBin = [join('node_modules/.bin/hugo'), ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'hugo'))].find((p) => existsSync(p));
const hugoVersion = hugoBin ? spawnSync(hugoBin, ['version'], { encoding: 'utf8' }).stdout.trim() : null;
interface PeerBuild { total: Total; hugo: PhaseResult; pagefind: PhaseResult; out: { bytes: number; files: number }; bundle: { bytes: number; files: number }; contentFiles: number }
async function peerBuild(label: string): Promise<PeerBuild> {
  const { loadArchive } = await import('../src/lib/archive/store.ts');
  const { writeHugoSite } = await import('../src/lib/bench/peer/hugo.ts');
  const site = join(paths.peer, 'site');
  const out = join(paths.peer, 'public');
  rmSync(out, { recursive: true, force: true }); // a full rebuild, the way Hugo + Pagefind work
  const t0 = performance.now();
  const contentFiles = writeHugoSite(loadArchive(paths.archive), site);
  say(`  peer content: ${contentFiles} Markdown files written from our archive.json in ${((performance.now() - t0) / 1000).toFixed(1)} s (not counted: the peer is handed our parsed records)`);
  const hugo = report(await runPhase(`${label}: hugo`, hugoBin!, ['--source', site, '--destination', out, '--baseURL', 'http://127.0.0.1/', '--cacheDir', join(paths.peer, 'hugo-cache'), '--quiet'], { TMPDIR: paths.tmp }, !values.json));
  const pagefind = report(await runPhase(`${label}: pagefind`, resolve('node_modules/.bin/pagefind'), ['--site', out], { TMPDIR: paths.tmp }, !values.json));
  return { total: total([hugo, pagefind]), hugo, pagefind, out: du(out), bundle: du(join(out, 'pagefind')), contentFiles };
}
let peer: PeerBuild | null = null;
if (values.peer && !hugoBin) say('  — peer: Hugo is not installed (apt-get install hugo, or npm i hugo-extended): ours alone');
if (values.peer && hugoBin && !dataOnly) {
  say(`  — peer: ${hugoVersion} + Pagefind (npm), cold, on our parsed articles`);
  peer = await peerBuild('peer cold');
  say(`  peer, cold end to end: ${fmtTotal(peer.total)}`);
}

// 4. warm: the same build again, nothing changed
say('  — ours, warm: rebuilt with nothing changed (caches from the cold build)');
const warm = [report(await dataPhase('warm, unchanged: data', false))];
sayPhases('warm, unchanged: data');
warm.push(...(await astroStep('warm, unchanged: astro+search')));
say(`  ours, warm rebuild: ${fmtTotal(total(warm))}`);

// 5. one new issue page, rebuilt
say('  — ours, warm: one new issue page added');
const newPage = readdirSync(work).find((f) => f.endsWith('.txt'))!;
writeFileSync(join(seeds, newPage), readFileSync(join(work, newPage)));
manifest[newPage] = { page: 5 };
writeFileSync(join(seeds, 'issues.json'), JSON.stringify(manifest));
const inc = [report(await dataPhase('+1 page: data', false))];
sayPhases('+1 page: data');
inc.push(...(await astroStep('+1 page: astro+search')));
const incTotal = total(inc);
say(`  adding one issue page: ${fmtTotal(incTotal)}`);
let peerInc: PeerBuild | null = null;
if (peer && !values['no-peer-rebuild']) {
  peerInc = await peerBuild('peer +1 page');
  say(`  peer, adding one issue page (full rebuild): ${fmtTotal(peerInc.total)}`);
}

// 6. sizes
const dist = du(paths.dist);
const bundleDir = ['pagefind', '_pagefind'].map((d) => join(paths.dist, d)).find((d) => existsSync(d));
const bundle = bundleDir ? du(bundleDir) : { bytes: 0, files: 0 };
say(`  dist/: ${(dist.bytes / 1e6).toFixed(0)} MB in ${dist.files} files; search bundle: ${(bundle.bytes / 1e6).toFixed(1)} MB in ${bundle.files} files`);

// 7. side by side
let sideBySide: Record<string, { ours: number; peer: number; ratio: number }> | null = null;
if (peer) {
  const rows: [string, number, number, (v: number) => string][] = [
    ['cold build, wall s', cold.seconds, peer.total.seconds, (v) => `${v.toFixed(1)} s`],
    ['cold build, CPU s', cold.cpuSeconds, peer.total.cpuSeconds, (v) => `${v.toFixed(1)} s`],
    ['largest process, MB', cold.peakRssMb, peer.total.peakRssMb, (v) => `${(v / 1024).toFixed(2)} GB`],
    ['add one page, wall s', incTotal.seconds, peerInc?.total.seconds ?? NaN, (v) => `${v.toFixed(1)} s`],
    ['output, MB', dist.bytes / 1e6, peer.out.bytes / 1e6, (v) => `${v.toFixed(0)} MB`],
    ['output, files', dist.files, peer.out.files, (v) => `${v}`],
    ['output per article, KB', dist.bytes / 1e3 / articles, peer.out.bytes / 1e3 / articles, (v) => `${v.toFixed(1)} KB`],
    ['search bundle, MB', bundle.bytes / 1e6, peer.bundle.bytes / 1e6, (v) => `${v.toFixed(1)} MB`],
  ];
  sideBySide = Object.fromEntries(rows.map(([k, o, p]) => [k, { ours: +o.toFixed(1), peer: +p.toFixed(1), ratio: +(o / p).toFixed(2) }]));
  say(`\n  side by side, ${articles} articles (${N} pages), ${machine.cores} cores; ours = parse + archive + Astro + search, peer = Hugo + Pagefind on our parsed articles`);
  say(`  ${'figure'.padEnd(24)} ${'ours'.padStart(10)} ${'peer'.padStart(10)} ${'ours/peer'.padStart(10)}`);
  for (const [k, o, p, f] of rows) say(`  ${k.padEnd(24)} ${f(o).padStart(10)} ${(Number.isNaN(p) ? '—' : f(p)).padStart(10)} ${(Number.isNaN(p) ? '—' : (o / p).toFixed(2)).padStart(10)}`);
  say(`  peer phases: Hugo ${peer.hugo.seconds.toFixed(1)} s (${peer.hugo.cpuSeconds.toFixed(1)} s CPU), Pagefind ${peer.pagefind.seconds.toFixed(1)} s (${peer.pagefind.cpuSeconds.toFixed(1)} s CPU); others' load during ours ${cold.othersLoad.toFixed(2)}, during the peer ${peer.total.othersLoad.toFixed(2)} cores`);
  say(`  issue 11 targets: wall ≤ 0.5× ${cold.seconds / peer.total.seconds <= 0.5 ? 'met' : 'not met'}, CPU ≤ 0.7× ${cold.cpuSeconds / peer.total.cpuSeconds <= 0.7 ? 'met' : 'not met'}, peak ≤ 2 GB ${cold.peakRssMb <= 2048 ? 'met' : 'not met'}, add one page ≤ 10 s ${incTotal.seconds <= 10 ? 'met' : 'not met'}, output per article ≤ peer's ${dist.bytes <= peer.out.bytes ? 'met' : 'not met'}\n`);
}

// 8. permalink matching on the built archive (its time lives here, not in the tests)
let permalinks: unknown = null;
if (!dataOnly) {
  const p = await runPhase('permalinks', node, [...tsx, 'scripts/bench-permalinks.ts', '--archive', paths.archive, '--json'], env, false);
  const last = p.output.trim().split('\n').at(-1) ?? '';
  try { permalinks = JSON.parse(last); } catch { permalinks = { error: p.output.slice(-300) }; }
  const q = permalinks as { articles: number; registerMs: number; matchMs: number; comparisons: number; comparisonsPerArticle: number };
  say(`  permalinks: ${q.articles} articles registered in ${q.registerMs} ms, matched against that registry in ${q.matchMs} ms (${q.comparisons} pairs compared, ${q.comparisonsPerArticle} per article)`);
}

// 9. a zone and a word query in Chromium, on the archive just built
let query: unknown = null;
if (!dataOnly) {
  const q = await runPhase('zone query', node, [...tsx, 'scripts/bench-search.ts', '--dist', paths.dist, '--json'], env, false);
  const last = q.output.trim().split('\n').at(-1) ?? '';
  try { query = JSON.parse(last); } catch { query = { error: q.output.slice(-300) }; }
  say(`  queries: ${last}`);
}

const result = {
  machine: { ...machine, loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)) },
  pages: N,
  articles,
  rawMegabytes: +(rawBytes / 1e6).toFixed(1),
  phases: phases.map(({ name, seconds, cpuSeconds, othersLoad, peakRssMb }) => ({ name, seconds, cpuSeconds, othersLoad, peakRssMb, ...(phaseFigures[name] ? { dataPhasesMs: phaseFigures[name] } : {}), ...(astroFigures[name] ? { astroParts: astroFigures[name] } : {}) })),
  cold,
  endToEndSeconds: cold.seconds,
  peakRssMb: cold.peakRssMb,
  warmRebuild: total(warm),
  addOnePage: incTotal,
  addOnePageSeconds: incTotal.seconds,
  dist: { megabytes: +(dist.bytes / 1e6).toFixed(1), files: dist.files },
  searchBundle: { megabytes: +(bundle.bytes / 1e6).toFixed(1), files: bundle.files },
  peer: peer
    ? { hugo: hugoVersion, cold: peer.total, addOnePage: peerInc?.total ?? null, out: { megabytes: +(peer.out.bytes / 1e6).toFixed(1), files: peer.out.files }, searchBundle: { megabytes: +(peer.bundle.bytes / 1e6).toFixed(1), files: peer.bundle.files } }
    : values.peer ? { hugo: null } : null,
  sideBySide,
  permalinks,
  queries: query,
};
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else say(`  kept ${work}`);
