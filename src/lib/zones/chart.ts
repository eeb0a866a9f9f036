/**
 * Bar geometry for a coverage chart drawn as inline SVG at build time: one bar per period, its
 * height proportional to its count against the largest, in whole SVG units from the baseline.
 * Pure numbers; the page draws the rects, labels and the text table for screen readers.
 */
import type { PeriodCount } from './coverage.ts';

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Space between bars, in SVG units. */
  gap?: number;
  /** Count drawn at full height (default: the largest count): small multiples share one scale. */
  max?: number;
}

export interface Bar {
  period: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  max: number;
  bars: Bar[];
}

export function barChart(periods: readonly PeriodCount[], { width = 600, height = 120, gap = 2, max: scale }: ChartOptions = {}): BarChart {
  const max = Math.max(0, scale ?? 0, ...periods.map((p) => p.count));
  const n = periods.length;
  const barWidth = n ? Math.max(1, (width - gap * (n - 1)) / n) : 0;
  const bars = periods.map((p, i) => {
    // A non-zero count never draws as nothing: at least one unit tall.
    const h = max === 0 ? 0 : p.count === 0 ? 0 : Math.max(1, Math.round((p.count / max) * height));
    const round = (v: number) => Math.round(v * 100) / 100;
    return { period: p.period, count: p.count, x: round(i * (barWidth + gap)), y: height - h, width: round(barWidth), height: h };
  });
  return { width, height, max, bars };
}
