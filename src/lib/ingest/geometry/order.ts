/**
 * Reading order of a page by recursive XY-cut over its text runs: a region
 * is cut across at wide horizontal gaps (rows of modules, a headline above
 * its columns) and down at vertical gaps (column gutters, which no run
 * crosses), and read top to bottom, left to right. What no cut separates is
 * one block. All measures are shares of the page's body type size.
 */
import { toPrintedLines } from './lines.ts';
import type { TextRun } from './runs.ts';
import { endsSentence, PARAGRAPH_INDENT } from '../text.ts';

/** A gap across a region at least this tall separates rows of modules or a headline from its columns. */
const WIDE_ROW_GAP = 1.0;
/** The smallest vertical gutter between columns, */
const COLUMN_GAP = 0.5;
/** and between type of two sizes. */
const SIZES_GAP = 0.3;
/** The smallest gap across a single column that starts a new block (a subhead's space, a photo). */
const ROW_GAP = 0.45;
/** A run this much larger than the body is headline type (a subhead's is smaller: it runs with its column). */
export const HEADLINE_SIZE = 1.3;

export const runTop = (r: TextRun): number => r.y - r.size * 0.9;
export const runBottom = (r: TextRun): number => r.y + r.size * 0.2;

/**
 * The part of a run that carries ink: a full-width mark at either end prints
 * only half its advance (typesetters hang or squeeze that blank half into the
 * gutter), so it is left out when looking for gutters. ASCII marks set in
 * Chinese text ("," for "，") hang into the gutter the same way.
 */
const OPENING = /^[（「『“‘《〈【]/;
const CLOSING = /[，。、；：！？）」』”’》〉】,.;:!?)]$/;
export function inkSpan(r: TextRun): [number, number] {
  const half = r.size / 2;
  const x0 = OPENING.test(r.text) ? r.x + half : r.x;
  const x1 = CLOSING.test(r.text) ? r.x + r.w - half : r.x + r.w;
  return x1 > x0 ? [x0, x1] : [r.x, r.x + r.w];
}

type Cut = { at: number };

/**
 * Gaps in the projection of spans on one axis, wider than `min` times the
 * type size on either side of the gap (a gap between two words of headline
 * type is no gutter, though it is wider than one between body columns).
 */
function gaps(spans: { a: number; b: number; size: number }[], min: number): Cut[] {
  const s = [...spans].sort((x, y) => x.a - y.a);
  const out: Cut[] = [];
  let end = s[0]?.b ?? 0;
  let endSize = s[0]?.size ?? 0;
  for (const { a, b, size } of s.slice(1)) {
    // (type of two sizes side by side is two headlines, however close)
    const twoSizes = Math.abs(size - endSize) > 0.05 * Math.max(size, endSize);
    if (a - end > (twoSizes ? Math.min(min, SIZES_GAP) : min) * Math.max(size, endSize)) out.push({ at: (a + end) / 2 });
    if (b > end) [end, endSize] = [b, size];
  }
  return out;
}

function splitAt<T>(items: T[], key: (t: T) => number, cuts: Cut[]): T[][] {
  const parts: T[][] = cuts.map(() => []).concat([[]]);
  for (const it of items) {
    const k = key(it);
    let i = 0;
    while (i < cuts.length && k > cuts[i]!.at) i++;
    parts[i]!.push(it);
  }
  return parts.filter((p) => p.length);
}

/**
 * The usual distance between the baselines of two body lines of a column:
 * the most common step between body runs that start at the same place.
 */
export function linePitch(runs: TextRun[], body: number): number {
  const byX = new Map<number, number[]>();
  for (const r of runs) {
    if (Math.abs(r.size - body) > body * 0.05) continue;
    const x = Math.round(r.x);
    byX.set(x, [...(byX.get(x) ?? []), r.y]);
  }
  const steps = new Map<number, number>();
  for (const ys of byX.values()) {
    ys.sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) {
      const d = Math.round((ys[i]! - ys[i - 1]!) * 10) / 10;
      if (d >= body && d <= body * 3) steps.set(d, (steps.get(d) ?? 0) + 1);
    }
  }
  let best = body * 1.2;
  let n = 0;
  for (const [d, c] of steps) if (c > n) [best, n] = [d, c];
  return best;
}

/**
 * How much wider than the usual column line a run of a layout text may be
 * and still count as column text (a title in large type takes fewer cells
 * than it prints across). Over 16 fresh corpus splits of -layout text, 1.3 →
 * 1.1 gave article F1 +0.311 summed (13 up, 3 down by 0.002–0.011; 1.0:
 * +0.274, 1.2: +0.142), measured before the full-line gutters below; with
 * them, against 1.1: 1.0 −0.071, 1.2 −0.040, 1.3 −0.067, 1.5 +0.011, 2.0
 * +0.041 (authors +0.094, zone −0.031): within noise, left at 1.1.
 */
const WIDEST_LINE = 1.1;

/**
 * Runs of column text: of body type where the source knows type sizes;
 * else no wider than a column line (the most common width) allows.
 */
function columnText(body: number, sizes: boolean, measure: number): (r: TextRun) => boolean {
  if (sizes) return (r) => Math.abs(r.size - body) <= body * 0.08;
  return (r) => r.w <= measure * WIDEST_LINE;
}

/** The page's runs cut into blocks, in reading order; `sizes`: the runs carry real type sizes. */
export function readingOrder(runs: TextRun[], body: number, { sizes }: { sizes: boolean }): TextRun[][] {
  const out: TextRun[][] = [];
  // gaps are measured beyond the white space between two lines of a column; a layout text's lines
  // are one row apart (rows of other modules set between a column's lines stretch no column)
  const leading = sizes ? Math.max(0, linePitch(runs, body) - body * 1.1) : 0;
  const measure = usualWidth(runs, body);
  cut(runs, { body, leading, text: columnText(body, sizes, measure), sizes, measure, rows: new Set(runs.map((r) => r.y)) }, out);
  return out;
}

interface Measures {
  body: number;
  leading: number;
  /** Column text (not a headline nor a caption). */
  text: (r: TextRun) => boolean;
  /** The runs carry real type sizes (a PDF), not character cells (layout text). */
  sizes: boolean;
  /** The usual width of a column line. */
  measure: number;
  /** The rows (baselines) of the whole page. */
  rows: Set<number>;
}

/** The most common width of a wide run: a column line's. */
function usualWidth(runs: TextRun[], body: number): number {
  const counts = new Map<number, number>();
  for (const r of runs) if (r.w >= 6 * body) counts.set(Math.round(r.w), (counts.get(Math.round(r.w)) ?? 0) + 1);
  let measure = Infinity;
  let n = 0;
  for (const [w, c] of counts) if (c > n) [measure, n] = [w, c];
  return measure;
}

/** Most rows of other modules' baselines layout text sets between two lines of a column. */
const SKIPPED_ROWS = 3;
/** How far (characters) a line may fall short of the measure and still fill it, */
const FULL = 1.5;
/** and run over it (punctuation squeezed). */
const OVER = 1;

/** A run of a layout text as wide as a column line; `indented`: or as a paragraph's first line. */
const fillsLine = (r: TextRun, m: Measures, indented = false) =>
  r.w >= m.measure - FULL - (indented ? PARAGRAPH_INDENT : 0) && r.w <= m.measure + OVER;

/**
 * A gap across which a column's text runs on: its last line above cut
 * mid-sentence at about the measure, its first line below at the same start
 * and the full measure, and every row between them holding some other
 * module's line (layout text gives each baseline of the page a row of its
 * own, so a column's lines may stand rows apart with no space between).
 */
function runsOnAcross(runs: TextRun[], c: Cut, m: Measures): boolean {
  const above = runs.filter((r) => m.text(r) && runBottom(r) < c.at);
  const below = runs.filter((r) => m.text(r) && runTop(r) > c.at);
  return above.some((u) => {
    if (above.some((o) => Math.abs(o.x - u.x) <= 1 && o.y > u.y)) return false;
    // (a paragraph's first line, indented, may be the one above)
    if (endsSentence(u.text) || !fillsLine(u, m, true)) return false;
    const d = below.filter((o) => Math.abs(o.x - u.x) <= 1).sort((p, q) => p.y - q.y)[0];
    if (!d || !fillsLine(d, m) || d.y - u.y > SKIPPED_ROWS + 1) return false;
    for (let y = u.y + 1; y < d.y; y++) if (!m.rows.has(y)) return false;
    return true;
  });
}

/** A blank run in body type (a space the PDF draws between two columns' lines) has no ink: it hides no gutter. */
const blankText = (r: TextRun, body: number) => !r.text.trim() && Math.abs(r.size - body) <= body * 0.08;

function cut(runs: TextRun[], m: Measures, out: TextRun[][]): void {
  if (!runs.length) return;
  const { body, leading } = m;
  // vertical gaps are measured in body type: a headline's own line spacing is no row gap
  const ySpans = runs.map((r) => ({ a: runTop(r), b: runBottom(r), size: 1 }));
  // (layout text only: a PDF's positions set no rows of other modules between a column's lines)
  const inModule = (c: Cut) => !m.sizes && runsOnAcross(runs, c, m);
  const tries = [
    () => splitAt(runs, runTop, rowsOfModules(runs, rowGaps(runs, ySpans, m), m).filter((c) => !inModule(c))),
    () => headlinesFirst(splitColumns(runs, columnGutters(runs.filter((r) => !blankText(r, body)), m), m), body),
    // (only at the topmost: what is under it may split into columns, which a blank row of a layout
    // text's rounding, cut too, would break into bands read column by column each)
    () => splitAt(runs, runTop, gaps(ySpans, leading + ROW_GAP * body).slice(0, 1)),
  ];
  for (const attempt of tries) {
    const parts = attempt();
    if (parts.length < 2) continue;
    for (const part of parts) cut(part, m, out);
    return;
  }
  out.push(runs);
}

/** A headline at least this many column lines wide is set across columns. */
const ACROSS_COLUMNS = 1.5;

/** The two runs' ink overlaps across the page by more than a body character: one stands over the other. */
const overlapsAcross = (r: TextRun, o: TextRun, body: number) => Math.min(inkSpan(r)[1], inkSpan(o)[1]) - Math.max(inkSpan(r)[0], inkSpan(o)[0]) > body;

/**
 * Gaps across the region that may part rows of modules: the wide ones, and
 * a narrower one right over a headline set across columns under the text of
 * other modules (where the modules above end at different heights, the
 * widest gap across them all may be no wider than a subhead's space).
 */
function rowGaps(runs: TextRun[], ySpans: { a: number; b: number; size: number }[], m: Measures): Cut[] {
  const { body, leading } = m;
  const wide = gaps(ySpans, leading + WIDE_ROW_GAP * body);
  const widths = runs.filter(m.text).map((r) => r.w).sort((a, b) => a - b);
  const column = widths[Math.floor(widths.length / 2)] ?? Infinity;
  const across = runs.filter((h) => h.size >= HEADLINE_SIZE * body && h.w >= ACROSS_COLUMNS * column);
  const overHeadline = (c: Cut) => across.some((h) =>
    runTop(h) >= c.at && runTop(h) - c.at <= 2 * body && runs.some((r) => m.text(r) && runBottom(r) < c.at && overlapsAcross(r, h, body)));
  const narrow = gaps(ySpans, leading + ROW_GAP * body).filter((c) => overHeadline(c) && !wide.some((w) => Math.abs(w.at - c.at) < body));
  return [...wide, ...narrow].sort((a, b) => a.at - b.at);
}

/** Type this much smaller than the body is a caption's. */
const CAPTION_SIZE = 0.92;

/**
 * A wide gap across a region above a caption that stands in one column of
 * the columns above it (or in a column left empty above it) is a photo set
 * in that column, not a gap between rows of modules: the text under the
 * photo goes on in its column, read in its turn among the columns. (The
 * other columns merely ended above the photo's foot.)
 */
function photoInColumn(above: TextRun[], below: TextRun[], m: Measures, stack = false): boolean {
  if (!above.length || !below.length || below.some((r) => r.size >= HEADLINE_SIZE * m.body)) return false;
  const top = Math.min(...below.map(runTop));
  const first = below.filter((r) => runTop(r) < top + m.body * 0.5);
  if (!first.every((r) => r.size <= CAPTION_SIZE * m.body)) return false;
  const gutters = columnGutters(above, m);
  // (a stack of one column holds a photo in its column too)
  if (!gutters.length && !stack) return false;
  const span = (rs: TextRun[]) => [Math.min(...rs.map((r) => inkSpan(r)[0])), Math.max(...rs.map((r) => inkSpan(r)[1]))] as const;
  const [x0, x1] = span(below);
  const columns = splitAt(above.filter(m.text), (r) => inkSpan(r)[0], gutters).map(span);
  return columns.filter(([a, b]) => Math.min(b, x1) - Math.max(a, x0) > m.body).length <= 1;
}

/**
 * A caption first in its column under a wide gap, in a column whose text
 * above stopped well above the gap (or that holds none above it), hangs
 * under a photo that reaches across the gap: when column text but no title
 * follows under the gap, the modules above go on under it.
 */
function photoAcross(above: TextRun[], below: TextRun[], m: Measures): boolean {
  if (!above.length || !below.some(m.text) || below.some((r) => r.size >= HEADLINE_SIZE * m.body)) return false;
  const gapTop = Math.max(...above.map(runBottom));
  const within = (r: TextRun, c: TextRun) => overlapsAcross(r, c, m.body);
  return below.some((c) => {
    if (c.size > CAPTION_SIZE * m.body || !c.text.trim() || below.some((r) => within(r, c) && runTop(r) < runTop(c) - m.body * 0.5)) return false;
    const over = above.filter((r) => within(r, c));
    return !over.length || gapTop - Math.max(...over.map(runBottom)) >= 3 * m.body;
  });
}

/** A wide gap between these runs lies over a photo, within a module, not between rows of modules. */
const overPhoto = (above: TextRun[], below: TextRun[], m: Measures, stack = false) => photoInColumn(above, below, m, stack) || photoAcross(above, below, m);

/**
 * The wide row gaps that part rows of modules: those over a photo in a
 * column are left out, also where the photo is in one of the stacks of
 * modules set side by side (parted by a gutter no run crosses): the gap is
 * then the foot of a photo in one stack, and the stacks are read one by one.
 */
function rowsOfModules(runs: TextRun[], cuts: Cut[], m: Measures): Cut[] {
  const kept: Cut[] = [];
  cuts.forEach((c, i) => {
    const from = kept.at(-1)?.at ?? -Infinity;
    const to = cuts[i + 1]?.at ?? Infinity;
    const band = runs.filter((r) => runTop(r) > from && runTop(r) < to);
    const stacks = splitAt(band, (r) => inkSpan(r)[0], gaps(inkSpans(band, m.body), COLUMN_GAP));
    const above = (rs: TextRun[]) => rs.filter((r) => runTop(r) < c.at);
    const below = (rs: TextRun[]) => rs.filter((r) => runTop(r) >= c.at);
    if (!overPhoto(above(band), below(band), m) && !stacks.some((s) => overPhoto(above(s), below(s), m, stacks.length > 1))) kept.push(c);
  });
  return kept;
}

const inkSpans = (rs: TextRun[], body: number) => rs.map((r) => { const [a, b] = inkSpan(r); return { a, b, size: Math.max(r.size, body) }; });

/**
 * Gutters between columns: where no run crosses, or else where no run of
 * column text crosses: a caption or a headline set across two columns does
 * not hide the gutter between them (it is read with the column it starts in);
 * in layout text, else where no full column line crosses.
 */
function columnGutters(runs: TextRun[], m: Measures): Cut[] {
  const gutters = (rs: TextRun[]) => (rs.length ? gaps(inkSpans(rs, m.body), COLUMN_GAP) : []);
  const clean = gutters(runs);
  if (clean.length) return clean;
  const found = gutters(runs.filter(m.text));
  if (found.length || m.sizes) return found;
  // (layout text: a short piece pushed into a gutter, a signature or a credit, hides it too; full lines do not)
  return gutters(runs.filter((r) => fillsLine(r, m, true)));
}

/**
 * Runs split at column gutters. A line of other type (a headline, a caption)
 * goes whole to the column it starts in, whatever gutters it crosses.
 */
function splitColumns(runs: TextRun[], cols: Cut[], { text }: Measures): TextRun[][] {
  const start = new Map<TextRun, number>();
  const others = runs.filter((r) => !text(r));
  for (const line of toPrintedLines(others)) {
    // two lines of two columns may follow each other on one baseline: a gap over a gutter parts them
    let x0 = inkSpan(line.runs[0]!)[0];
    line.runs.forEach((r, i) => {
      const before = line.runs[i - 1];
      if (before && cols.some((c) => inkSpan(before)[1] <= c.at && c.at <= inkSpan(r)[0])) x0 = inkSpan(r)[0];
      start.set(r, x0);
    });
  }
  return splitAt(runs, (r) => start.get(r) ?? inkSpan(r)[0], cols);
}

/** Another line of the same type, smaller than a headline's, stands on the run's baseline a gutter away: subheads of two columns. */
const sideBySide = (r: TextRun, runs: TextRun[], body: number): boolean => r.size < HEADLINE_SIZE * body && runs.some((o) =>
  o !== r && Math.abs(o.size - r.size) <= 0.05 * r.size && Math.abs(o.y - r.y) <= 0.3 * r.size &&
  Math.max(inkSpan(o)[0] - inkSpan(r)[1], inkSpan(r)[0] - inkSpan(o)[1]) > COLUMN_GAP * r.size);

/**
 * A headline set beside the first column of its article (the column starts
 * at the top, the headline sits over the others) is read before that column.
 */
function headlinesFirst(parts: TextRun[][], body: number): TextRun[][] {
  const big = (r: TextRun) => r.size >= HEADLINE_SIZE * body;
  const first = parts[0]!;
  if (first.some(big)) return parts;
  const firstTop = Math.min(...first.map(runTop));
  const lead: TextRun[][] = [];
  const rest = parts.slice(1).map((p) => {
    const sorted = [...p].sort((a, b) => runTop(a) - runTop(b));
    if (!sorted[0] || runTop(sorted[0]) - firstTop > 3 * body || !sorted.slice(0, 8).some(big)) return p;
    // the headline with its kicker and subtitle: the runs above the body type, from the top, short of
    // subheads set side by side at the heads of columns under it
    let n = 0;
    while (n < sorted.length && sorted[n]!.size > body * 1.05 && !(n > 0 && sideBySide(sorted[n]!, sorted, body))) n++;
    lead.push(sorted.slice(0, n));
    return sorted.slice(n);
  });
  return [...lead, first, ...rest].filter((p) => p.length);
}
