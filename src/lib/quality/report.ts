/** One line per source of a corpus score, for scripts and benchmarks. */
import type { Summary } from './gold.ts';

export const SUMMARY_HEADER = `${'source'.padEnd(18)} pages  arts  artF1   body  title   auth   zone   subh  lost  issue   para`;

export function formatSummaryRow(source: string, s: Summary): string {
  const f = (x: number) => x.toFixed(3).padStart(6);
  return `${source.padEnd(18)} ${String(s.pages).padStart(5)} ${String(s.articles).padStart(5)} ${f(s.articleF1)} ${f(s.body)} ${f(s.title)} ${f(s.authors)} ${f(s.zone)} ${f(s.subheads)} ${String(s.lost).padStart(5)}  ${s.issue.toFixed(2)} ${f(s.paragraphsWhole)}`;
}
