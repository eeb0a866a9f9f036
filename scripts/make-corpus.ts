/**
 * Typeset the newspaper-page test corpus with Typst, extract every page with the real tools and
 * write PDFs, gold records and extractions under --out (default tests/fixtures/corpus).
 *
 *   npx tsx scripts/make-corpus.ts --out tests/fixtures/corpus [--seed N] [--split dev|holdout] [--limit K] [--leading 0.2,0.3]
 *
 * --seed N shifts every split's seeds by N (0 = the committed corpus).
 * --leading draws each page's line gap (em) from the list given instead of the template's 0.45–0.6.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesFor, allArticles } from '../src/lib/typeset/articles.ts';
import { buildDoc } from '../src/lib/typeset/build.ts';
import { checkPage } from '../src/lib/typeset/check.ts';
import { splitDocs, SPLITS, type Split } from '../src/lib/typeset/corpus.ts';
import { extractAll, SOURCES } from '../src/lib/typeset/extract.ts';
import { goldName, goldPage } from '../src/lib/typeset/gold.ts';

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const out = arg('out') ?? 'tests/fixtures/corpus';
const base = Number(arg('seed') ?? 0);
const only = arg('split') as Split | null;
const limit = arg('limit') ? Number(arg('limit')) : Infinity;
const leadings = arg('leading')?.split(',').map(Number);
if (leadings?.some((x) => !(x >= 0 && x < 2))) throw new Error(`--leading: gaps in em between 0 and 2, comma-separated, not ${arg('leading')}`);
const splits = (only ? [only] : Object.keys(SPLITS)) as Split[];
const all = allArticles();

interface PageRow {
  split: Split;
  doc: string;
  page: number;
  size: string;
  cols: number;
  modules: number;
  heads: string;
  shuffled: boolean;
}
const rows: PageRow[] = [];
const docRows: { split: Split; name: string; seed: number; pages: number; adjust: unknown }[] = [];

for (const split of splits) {
  const dir = join(out, split);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['pdf', 'gold', 'pdftotext-doc', ...SOURCES]) mkdirSync(join(dir, sub), { recursive: true });
  const pool = articlesFor(split, all);
  const docs = splitDocs(split, base, leadings).slice(0, limit);
  for (const [i, spec] of docs.entries()) {
    const t0 = Date.now();
    const built = buildDoc(spec, pool, (s) => console.log(s));
    const ex = await extractAll(built.pdf, spec.pages);
    docRows.push({ split, name: spec.name, seed: spec.seed, pages: spec.pages, adjust: built.adjust });
    writeFileSync(join(dir, 'pdf', `${spec.name}.pdf`), built.pdf);
    if (spec.pages > 1) writeFileSync(join(dir, 'pdftotext-doc', `${spec.name}.txt`), ex.doc);
    built.plans.forEach((plan, pi) => {
      const gold = goldPage(plan);
      const pr = built.printed[pi]!;
      const res = checkPage(ex.pages[pi]!.pdfjs, gold, pr.extras, new Map(pr.splits));
      if (res.missing.length || res.charDiff.more.length || res.charDiff.less.length) {
        throw new Error(`${spec.name} p${pi + 1}: gold does not match the PDF: ${JSON.stringify(res).slice(0, 2000)}`);
      }
      const name = goldName(spec.name, pi + 1);
      writeFileSync(join(dir, 'gold', `${name}.json`), JSON.stringify(gold, null, 2) + '\n');
      for (const s of SOURCES) writeFileSync(join(dir, s, `${name}.txt`), ex.pages[pi]![s]);
      rows.push({
        split,
        doc: spec.name,
        page: pi + 1,
        size: `${Math.round((plan.w * 25.4) / 72)}x${Math.round((plan.h * 25.4) / 72)}mm`,
        cols: plan.cols,
        modules: plan.modules.length,
        heads: plan.modules.map((m) => (m.article.kind === 'photo-news' ? 'photo' : m.head)).join(','),
        shuffled: plan.emitOrder.some((v, k) => v !== k),
      });
    });
    console.log(`[${split} ${i + 1}/${docs.length}] ${spec.name}: ${spec.pages} page(s), ${built.iterations} compile(s), ${(built.pdf.length / 1024).toFixed(0)} KB, ${Date.now() - t0} ms`);
  }
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify({ seedBase: base, ...(leadings ? { leadings } : {}), docs: docRows, pages: rows }, null, 1) + '\n');
console.log(`done: ${rows.length} pages`);
