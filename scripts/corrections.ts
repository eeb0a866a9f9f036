/**
 * npm run corrections:check            apply corrections/ to a fresh parse of seeds/; list every correction
 *                                      that no longer fits (exit 1 when there is one)
 * npm run corrections:new -- ID        write corrections/ID.json holding the article's current values, to edit
 *
 * Options: --seeds DIR --lock FILE --corrections DIR
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from '../src/lib/archive/data.ts';
import { DEFAULT_LOCK } from '../src/lib/archive/store.ts';
import { DEFAULT_CORRECTIONS } from '../src/lib/corrections/files.ts';
import { correctionTemplate } from '../src/lib/corrections/template.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string', default: 'seeds' },
    lock: { type: 'string', default: DEFAULT_LOCK },
    corrections: { type: 'string', default: DEFAULT_CORRECTIONS },
  },
});
const [command, id] = positionals;
const dir = resolve(values.corrections);

function fail(message: string): never {
  process.stderr.write(`corrections: ${message}\n`);
  process.exit(1);
}
if (command !== 'check' && command !== 'new') fail('usage: corrections check | corrections new ARTICLE-ID');
if (command === 'new' && !id) fail('new: which article? give its id (the last part of its URL, /articles/ID/)');

const data = await buildData({
  seedsDir: resolve(values.seeds),
  lockPath: resolve(values.lock),
  outPath: join(mkdtempSync(join(tmpdir(), 'corrections-')), 'archive.json'),
  cacheDir: resolve('.cache/records'),
  updateLock: false,
  correctionsDir: dir,
  log: () => {},
});

if (command === 'check') {
  for (const s of data.stale) console.log(`✗ ${s.file}: ${s.target}: ${s.reason}`);
  console.log(`${data.stale.length} stale correction(s)`);
  process.exit(data.stale.length ? 1 : 0);
}

const article = data.archive.articles.find((a) => a.id === id);
if (!article) fail(`no article ${id} in the archive (see its URL: /articles/ID/)`);
const file = join(dir, `${id}.json`);
if (existsSync(file)) fail(`${file} exists already: edit it`);
mkdirSync(dir, { recursive: true });
writeFileSync(file, `${JSON.stringify(correctionTemplate(article.id, article.record, new Date().toISOString().slice(0, 10)), null, 2)}\n`);
console.log(`wrote ${file}: set the "to" of what is wrong, delete the other changes, say why in "note", then \`npm run corrections:check\` and commit it`);
