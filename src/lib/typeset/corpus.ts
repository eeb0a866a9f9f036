/** The corpus: which documents each split has (names, seeds, page counts). */
import { rng } from './rng.ts';
import { TEMPLATES } from './templates.ts';
import type { DocSpec } from './build.ts';

export const SPLITS = { dev: { firstSeed: 1, pages: 26 }, holdout: { firstSeed: 1001, pages: 14 } } as const;
export type Split = keyof typeof SPLITS;

/**
 * Documents of a split: seeds firstSeed+base, firstSeed+base+1, …, until the page target is met.
 * `leadings` replaces the template's line gaps (e.g. the tighter ones most newspapers set).
 */
export function splitDocs(split: Split, base = 0, leadings?: number[]): DocSpec[] {
  const { firstSeed, pages } = SPLITS[split];
  const tpl = leadings ? { ...TEMPLATES[split], leadings } : TEMPLATES[split];
  const docs: DocSpec[] = [];
  let total = 0;
  for (let seed = firstSeed + base; total < pages; seed++) {
    const n = Math.min(rng(seed).pick(tpl.pageCounts), pages - total);
    docs.push({ name: `${split}-${String(seed).padStart(4, '0')}`, seed, pages: n, template: tpl });
    total += n;
  }
  return docs;
}
