/**
 * Reader-facing names of issue pages. A page is named by its date and page number; where that does not
 * tell it apart (no date, or two files of the same date and page) its lead headline is added, and a
 * number where even that repeats. File names never appear here: they belong on the source page.
 */
import { formatDate, pageLabel } from './format';

export interface LabelInput {
  date: string | null;
  page: number | null;
  /** Title of the page's first article, if any. */
  lead: string | null;
}

const LEAD_CHARS = 16;

/** A headline cut to LEAD_CHARS characters for use inside a label. */
export function shortHeadline(title: string): string {
  const chars = Array.from(title.trim());
  return chars.length > LEAD_CHARS ? `${chars.slice(0, LEAD_CHARS).join('')}…` : chars.join('');
}

/** `2021年1月25日 第5版`, or `日期不详 · 第5版` (page unknown: `日期不详`). */
export function baseLabel(x: Pick<LabelInput, 'date' | 'page'>): string {
  if (x.date) return `${formatDate(x.date)} ${pageLabel(x.page)}`;
  return x.page != null ? `日期不详 · ${pageLabel(x.page)}` : '日期不详';
}

/** Labels for issues in archive order, unique among themselves. */
export function issueLabels(issues: LabelInput[]): string[] {
  const bases = issues.map(baseLabel);
  const shared = countOf(bases);
  const withLead = issues.map((x, i) => {
    const needsLead = !x.date || shared.get(bases[i])! > 1;
    return needsLead && x.lead ? `${bases[i]} · ${shortHeadline(x.lead)}` : bases[i];
  });
  return numberRepeats(withLead);
}

export function countOf(values: string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return n;
}

/** The second and later copies of a repeated label get `（2）`, `（3）` …, in order. */
export function numberRepeats(labels: string[]): string[] {
  const total = countOf(labels);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    if (total.get(l)! === 1) return l;
    const k = (seen.get(l) ?? 0) + 1;
    seen.set(l, k);
    return k === 1 ? l : `${l}（${k}）`;
  });
}

/** An estimate from the text's latest date (`2020`, `2020-05`, `2020-05-12`) as a reader reads it. */
export function estimateLabel(estimate: string): string {
  const [y, m, d] = estimate.split('-');
  if (d) return formatDate(estimate);
  return m ? `${y}年${Number(m)}月` : `${y}年`;
}
