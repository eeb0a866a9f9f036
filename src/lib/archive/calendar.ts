/** 往期回顾: dated issues as a year → month → week grid; undated pages apart. */
import type { ArchiveIssue } from './model';
import { countOf, numberRepeats } from './labels';

/** One issue page in a day's cell: `5版`, and `5版（2）` … for further files of the same page. */
export interface DayEntry {
  issue: ArchiveIssue;
  text: string;
  /** A hint telling repeated pages apart (their lead headline), else null. */
  hint: string | null;
}

export interface CalendarDay {
  day: number;
  iso: string;
  issues: ArchiveIssue[];
  entries: DayEntry[];
}

export interface CalendarMonth {
  year: number;
  month: number;
  /** Weeks Monday→Sunday; null pads days outside the month. */
  weeks: (CalendarDay | null)[][];
  count: number;
}

export interface CalendarYear {
  year: number;
  months: CalendarMonth[];
  count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthGrid(year: number, month: number, byDate: Map<string, ArchiveIssue[]>): CalendarMonth {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: (CalendarDay | null)[] = Array.from({ length: firstWeekday }, () => null);
  let count = 0;
  for (let d = 1; d <= days; d++) {
    const iso = `${year}-${pad(month)}-${pad(d)}`;
    const issues = byDate.get(iso) ?? [];
    count += issues.length;
    cells.push({ day: d, iso, issues, entries: dayEntries(issues) });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, weeks, count };
}

/** A day's pages in archive order, numbered where one page number repeats. */
export function dayEntries(issues: ArchiveIssue[]): DayEntry[] {
  const bases = issues.map((x) => (x.info.page != null ? `${x.info.page}版` : '版次不详'));
  const shared = countOf(bases);
  const texts = numberRepeats(bases);
  return issues.map((issue, i) => ({ issue, text: texts[i], hint: shared.get(bases[i])! > 1 ? issue.label : null }));
}

/** Only months that have at least one dated issue; years and months newest first. */
export function calendar(issues: ArchiveIssue[]): CalendarYear[] {
  const byDate = new Map<string, ArchiveIssue[]>();
  const months = new Set<string>();
  for (const x of issues) {
    if (!x.info.date) continue;
    byDate.set(x.info.date, [...(byDate.get(x.info.date) ?? []), x]);
    months.add(x.info.date.slice(0, 7));
  }
  const years = new Map<number, CalendarMonth[]>();
  for (const ym of [...months].sort().reverse()) {
    const [y, m] = ym.split('-').map(Number);
    years.set(y, [...(years.get(y) ?? []), monthGrid(y, m, byDate)]);
  }
  return [...years.entries()].map(([year, ms]) => ({ year, months: ms, count: ms.reduce((s, m) => s + m.count, 0) }));
}

export const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日'];
