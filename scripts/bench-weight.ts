/**
 * npm run bench:weight -- --dist DIR [--before DIR] [--json]
 *
 * What a built site weighs per kind of file (article pages, per-article JSON, source pages, redirect stubs,
 * hubs and lists, search bundles, assets): files, bytes, bytes per article; then what an article page is
 * made of (body, JSON-LD, issue sidebar, related articles, inline scripts and styles, head metadata, …), in
 * bytes per article page. With --before, a second built site (the same archive built from other code) is
 * shown beside it. Articles = article pages found in DIST. See src/lib/bench/weight.ts.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KINDS, PARTS, measureDist, type DistWeight } from '../src/lib/bench/weight.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, before: { type: 'string' }, json: { type: 'boolean' } } });
for (const d of [values.dist, values.before]) {
  if (d && !existsSync(d)) {
    process.stderr.write(`bench:weight: ${d} does not exist (build the site first)\n`);
    process.exit(1);
  }
}
const after = measureDist(values.dist!);
const before = values.before ? measureDist(values.before) : null;
if (values.json) {
  process.stdout.write(`${JSON.stringify({ dist: values.dist, weight: after, before: before && { dist: values.before, weight: before } })}\n`);
  process.exit(0);
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const perArticle = (bytes: number, w: DistWeight) => (w.articles ? bytes / w.articles : 0);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const out: string[] = [];
const cols = (w: DistWeight, files: number, bytes: number) => `${pad(files, 7)} ${pad(kb(bytes), 10)} ${pad((perArticle(bytes, w) / 1000).toFixed(2), 8)}`;
const head = `${'kind'.padEnd(38)} ${pad('files', 7)} ${pad('KB', 10)} ${pad('KB/art', 8)}`;

out.push(`${values.dist}: ${after.articles} article pages, ${after.files} files, ${(after.bytes / 1e6).toFixed(1)} MB, ${kb(perArticle(after.bytes, after))} KB per article`);
if (before) out.push(`before (${values.before}): ${before.articles} article pages, ${before.files} files, ${(before.bytes / 1e6).toFixed(1)} MB, ${kb(perArticle(before.bytes, before))} KB per article`);
out.push('');
out.push(before ? `${head}   ${'before KB/art'.padStart(13)} ${pad('change', 8)}` : head);
for (const k of KINDS) {
  const a = after.kinds[k];
  const b = before?.kinds[k];
  if (!a.files && !b?.files) continue;
  let line = `${k.padEnd(38)} ${cols(after, a.files, a.bytes)}`;
  if (before && b) line += `   ${pad((perArticle(b.bytes, before) / 1000).toFixed(2), 13)} ${pad(((perArticle(a.bytes, after) - perArticle(b.bytes, before)) / 1000).toFixed(2), 8)}`;
  out.push(line);
}
let total = `${'all files'.padEnd(38)} ${cols(after, after.files, after.bytes)}`;
if (before) total += `   ${pad((perArticle(before.bytes, before) / 1000).toFixed(2), 13)} ${pad(((perArticle(after.bytes, after) - perArticle(before.bytes, before)) / 1000).toFixed(2), 8)}`;
out.push(total);

out.push('');
out.push(`an article page, bytes per page (average over ${after.articles}; largest ${after.largestArticle.path} ${kb(after.largestArticle.bytes)} KB)`);
out.push(before ? `${'part'.padEnd(44)} ${pad('bytes', 8)} ${pad('share', 6)}   ${pad('before', 8)} ${pad('change', 8)}` : `${'part'.padEnd(44)} ${pad('bytes', 8)} ${pad('share', 6)}`);
const page = (w: DistWeight) => w.kinds['article pages'].bytes / Math.max(1, w.articles);
for (const p of [...PARTS, 'of which data-astro-cid-* attributes'] as const) {
  const share = (w: DistWeight) => (p === 'of which data-astro-cid-* attributes' ? w.articleScopeAttributes : w.articleParts[p]) / Math.max(1, w.articles);
  const a = share(after);
  let line = `${p.padEnd(44)} ${pad(a.toFixed(0), 8)} ${pad(`${((100 * a) / Math.max(1, page(after))).toFixed(1)}%`, 6)}`;
  if (before) line += `   ${pad(share(before).toFixed(0), 8)} ${pad((a - share(before)).toFixed(0), 8)}`;
  out.push(line);
}
let whole = `${'whole page'.padEnd(44)} ${pad(page(after).toFixed(0), 8)} ${pad('100%', 6)}`;
if (before) whole += `   ${pad(page(before).toFixed(0), 8)} ${pad((page(after) - page(before)).toFixed(0), 8)}`;
out.push(whole);
process.stdout.write(`${out.join('\n')}\n`);
