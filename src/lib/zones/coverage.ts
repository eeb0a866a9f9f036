/** How much the paper wrote about a zone over time and by kind, from its records. */
import type { ArticleKind } from '../types.ts';

export interface CoverageItem {
  /** ISO date (YYYY-MM-DD) or null when the issue is undated. */
  date: string | null;
  kind: ArticleKind;
}

export interface PeriodCount {
  /** `2021` for a year, `2021-03` for a month. */
  period: string;
  count: number;
}

export interface Coverage {
  total: number;
  undated: number;
  /** Every year from the first to the last dated one, empty years included (a chart needs the gaps). */
  byYear: PeriodCount[];
  /** Per year, its twelve months. */
  byMonth: Map<string, PeriodCount[]>;
  byKind: Record<ArticleKind, number>;
}

const DATE = /^(\d{4})-(\d{2})-\d{2}$/;

export function coverage(items: readonly CoverageItem[]): Coverage {
  const byKind: Record<ArticleKind, number> = { article: 0, 'photo-news': 0, brief: 0 };
  const months = new Map<string, number[]>();
  let undated = 0;
  for (const item of items) {
    byKind[item.kind]++;
    const m = item.date ? DATE.exec(item.date) : null;
    if (!m) {
      undated++;
      continue;
    }
    const counts = months.get(m[1]!) ?? months.set(m[1]!, new Array<number>(12).fill(0)).get(m[1]!)!;
    counts[Number(m[2]) - 1]!++;
  }
  const years = [...months.keys()].map(Number).sort((a, b) => a - b);
  const byYear: PeriodCount[] = [];
  const byMonth = new Map<string, PeriodCount[]>();
  if (years.length) {
    for (let y = years[0]!; y <= years.at(-1)!; y++) {
      const counts = months.get(String(y)) ?? new Array<number>(12).fill(0);
      byYear.push({ period: String(y), count: counts.reduce((a, b) => a + b, 0) });
      byMonth.set(String(y), counts.map((count, i) => ({ period: `${y}-${String(i + 1).padStart(2, '0')}`, count })));
    }
  }
  return { total: items.length, undated, byYear, byMonth, byKind };
}
