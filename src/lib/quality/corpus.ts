/**
 * A scored corpus on disk: gold pages (`<dir>/gold/*.json`) and, per source,
 * the input each page was given in: extracted text (`<dir>/<source>/<page>.txt`)
 * or the PDF (`<dir>/pdf/<doc>.pdf`, page N for gold `<doc>-p<N>`).
 * Parses every input of a source and scores it against the gold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../ingest/document.ts';
import type { PageRecord } from '../types.ts';
import { scoreGoldPage, wholeParagraphs, type GoldPage, type PageScore } from './gold.ts';

/** The sources a corpus may hold, in the order reports list them. */
export const SOURCES = ['pdftotext', 'pdftotext-raw', 'pdftotext-layout', 'pdfminer', 'pdfjs', 'pdf'] as const;
export type Source = (typeof SOURCES)[number];

export function readGold(dir: string): GoldPage[] {
  const goldDir = join(dir, 'gold');
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldPage);
}

export const corpusSources = (dir: string): Source[] => SOURCES.filter((s) => existsSync(join(dir, s)));

export interface ScoredPage {
  page: string;
  score: PageScore;
  record: PageRecord | null;
  error?: string;
}

/** `<doc>-p<N>.txt` → the PDF and the page in it. */
const pdfPageOf = (seed: string) => {
  const m = /^(.*)-p(\d+)\.txt$/.exec(seed);
  return m ? { doc: `${m[1]}.pdf`, n: Number(m[2]) } : { doc: seed.replace(/\.txt$/, '.pdf'), n: 1 };
};

const empty = (g: GoldPage): PageScore => ({
  gold: g.articles.length, predicted: 0, matched: 0, bodySum: 0, titles: 0, titlesScored: g.articles.length, authorsSum: 0,
  zones: 0, zonesScored: g.articles.filter((a) => a.zones.length).length, subheadsSum: 0, lost: 0, issueRight: g.issue.date ? false : null, missed: ['page not parsed'],
  ...wholeParagraphs([], g.articles),
});

export async function scoreSource(dir: string, source: Source, golds = readGold(dir)): Promise<ScoredPage[]> {
  const out: ScoredPage[] = [];
  const pdfs = new Map<string, PageRecord[]>();
  for (const gold of golds) {
    try {
      let record: PageRecord | undefined;
      let raw: string;
      if (source === 'pdf') {
        const { doc, n } = pdfPageOf(gold.seed);
        if (!pdfs.has(doc)) pdfs.set(doc, await parseDocument(readFileSync(join(dir, 'pdf', doc)), { file: doc }));
        record = pdfs.get(doc)![n - 1];
        raw = record?.sourceText ?? '';
      } else {
        const file = join(dir, source, gold.seed);
        raw = readFileSync(file, 'utf8');
        [record] = await parseDocument(readFileSync(file), { file: gold.seed });
      }
      if (!record) throw new Error('no such page');
      out.push({ page: gold.seed, score: scoreGoldPage(record, gold, raw), record });
    } catch (e) {
      out.push({ page: gold.seed, score: empty(gold), record: null, error: (e as Error).message });
    }
  }
  return out;
}
