/**
 * Text extracted with its layout kept (`pdftotext -layout` and the like):
 * columns and headlines that sit side by side share one text line, apart by
 * runs of spaces. Each piece becomes a run placed by its character column
 * and line number, so that the page can be read by position.
 *
 * Where a column's line runs long, the extractor leaves a single space before
 * the next column's text ("…的全流程技术服务。 拓展。园区…"): such a piece,
 * too wide for its column, is cut where the next column starts. On tightly
 * set pages it does so on every row of a module, so a column's measure is
 * read from the lines' parts up to such a space; and two headlines side by
 * side may come as one piece, cut apart between two words.
 */
import type { TextRun } from '../geometry/runs.ts';
import { holdsRunningPunctuation, missOf, printWidth } from '../text.ts';
import { joinLayoutVertical } from './layoutVertical.ts';

/** Two or more spaces: the gap between two pieces printed side by side. */
const GUTTER = /\S+(?: \S+)*/g;
/** Pieces that must start at a character cell before it counts as a column's start. */
const COLUMN_STARTS = 3;
/** How far right of its column's start the extractor may push a piece. */
const DRIFT = 3;
/** A paragraph's indent, in character cells (two full-width characters). */
const INDENT = 4;
/** The fewest full-width characters a column's line is taken to hold (fewer: a paragraph's last line, a label). */
const LINE_MIN = 8;
/**
 * How far (in full-width characters) the left part of a piece cut at a
 * space between two Chinese characters (no running text's) may fall short
 * of or run over its measure. Lines a character or two short are common:
 * where the next line would open with punctuation, the typesetter pulls a
 * character down and spreads the rest; half-width punctuation and numbers
 * print wider than they count. Over 50 corpus splits of -layout text,
 * 1.5 → 3.5 gave article F1 +2.0 summed (46 up, 3 down); 3 to 5 alike, 1 lost.
 */
const SEAM_SLACK = 3.5;
/** The same, cut at a space by a Latin word or a number (running text holds many). */
const LATIN_SLACK = 1.5;

/** Does this text keep its layout: many lines carry pieces apart by wide runs of spaces? */
export function isLayoutText(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 8) return false;
  const sideBySide = lines.filter((l) => /\S {3,}\S/.test(l.trimEnd())).length;
  const indented = lines.filter((l) => /^ {4,}\S/.test(l)).length;
  // other extractors never start a line with a run of spaces nor set pieces apart by one
  return sideBySide >= lines.length * 0.1 && sideBySide + indented >= lines.length * 0.4;
}

/** Runs of a layout text: one per piece, x in character cells, y in lines (one line = one body size). */
export function layoutRuns(text: string): TextRun[] {
  const read: TextRun[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(GUTTER)) read.push({ text: m[0], x: m.index, y: i + 1, w: m[0].length, size: 1 });
  });
  const runs = headlinesOverColumns(read);
  const columns = columnStarts(runs);
  const placed = alignRows(runs.flatMap((r) => cutAtSeams(r, columns)).map((r) => snapToColumn(r, columns)), columns);
  return joinLayoutVertical(placed.map((r) => fitToColumn(r, columns)));
}

/**
 * A column's line ends before the next column starts. Wide glyphs take one
 * cell each, so on a page of narrow columns a line may count more cells
 * than its column has before the next one: read as it stands, it would run
 * into that column, and no gutter would part the two.
 */
function fitToColumn(run: TextRun, columns: Map<number, number>): TextRun {
  const measure = columns.get(run.x);
  if (measure === undefined) return run;
  // (a start less than half a line right of this one is another module's grid)
  const next = [...columns.keys()].filter((c) => c > run.x + measure / 2).sort((a, b) => a - b)[0];
  if (next === undefined || run.x + run.w < next) return run;
  if (printWidth(run.text) > measure + 1.5) return run;
  return { ...run, w: Math.max(1, next - run.x - 1) };
}

/**
 * A headline set over the columns of its article: alone on its row, a blank
 * row (or only its kicker) above it, right above a row of two or more
 * columns, and starting at none of them (layout text squeezes the columns'
 * cells, so it seems to sit over one) or after a wide gap across the page (a
 * subhead has one blank row over it). It is moved to the first column's
 * start, to be read first; its kicker goes with it.
 */
function headlinesOverColumns(runs: TextRun[]): TextRun[] {
  const rows = new Map<number, TextRun[]>();
  for (const r of runs) rows.set(r.y, [...(rows.get(r.y) ?? []), r]);
  const bare = (r: TextRun) => rows.get(r.y)!.length === 1 && !holdsRunningPunctuation(r.text) && !BYLINE.test(r.text);
  const moved = new Map<TextRun, number>();
  for (const r of runs) {
    if (!bare(r)) continue;
    const above = rows.get(r.y - 1);
    // a blank row above it, or its kicker alone there
    const kicked = above?.length === 1 && bare(above[0]!) && !rows.has(r.y - 2) && kickerOf(above[0]!, rows) === r;
    if (above && !kicked) continue;
    const top = kicked ? r.y - 1 : r.y;
    const below = rows.get(r.y + 1);
    // at none of the columns' starts, or after a wide gap across the page (no subhead's one blank row)
    const over = below && below.length >= 2 && (!below.some((b) => Math.abs(b.x - r.x) <= 2) || (!rows.has(top - 2) && !rows.has(top - 3)));
    if (over) moved.set(r, Math.min(...below.map((b) => b.x)));
  }
  return runs.map((r) => {
    if (moved.has(r)) return { ...r, x: moved.get(r)! };
    if (!bare(r) || rows.has(r.y - 1)) return r;
    const title = kickerOf(r, rows);
    return title ? { ...r, x: moved.get(title) ?? title.x } : r;
  });
}

/** An article's first line (its byline), set at its column's start after a gap. */
const BYLINE = /^(?:本报讯|本报记者|▶)/;

/**
 * The title under a kicker: a bare line a row or two below that starts left
 * of it and, its large type set in fewer cells than it prints across, may
 * reach under it. The kicker is read with its title, not in the column its
 * cell falls in.
 */
function kickerOf(r: TextRun, rows: Map<number, TextRun[]>): TextRun | undefined {
  for (const y of [r.y + 1, r.y + 2]) {
    const title = rows.get(y)?.find((b) => !holdsRunningPunctuation(b.text) && b.x < r.x - 2 && r.x < b.x + 2 * b.w);
    if (title) return title;
  }
  return undefined;
}

/** How far left of its column's start the extractor may set a piece, in column pitches. */
const LEFT_DRIFT = 0.6;

/**
 * Pieces set left of their column's start. In a row whose pieces before
 * hold many wide glyphs, pdftotext sets the later pieces left of where
 * their columns start, by up to half a column; so a piece is put at the
 * nearest column start at or right of it, up to that far, with the columns
 * of one row taken left to right, one piece each.
 */
function alignRows(runs: TextRun[], columns: Map<number, number>): TextRun[] {
  const starts = [...columns.keys()].sort((a, b) => a - b);
  const pitches = starts.slice(1).map((c, i) => c - starts[i]!).sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 2)];
  if (!pitch) return runs;
  const rows = new Map<number, TextRun[]>();
  for (const r of runs) rows.set(r.y, [...(rows.get(r.y) ?? []), r]);
  const moved = new Map<TextRun, number>();
  for (const row of rows.values()) {
    let next = 0;
    for (const r of [...row].sort((a, b) => a.x - b.x)) {
      // only a column's own lines: as wide as its lines (a headline or byline may sit anywhere)
      const fits = (c: number) => Math.abs(printWidth(r.text) - columns.get(c)!) <= 1.5;
      const j = starts.findIndex((c, k) => k >= next && c >= r.x && c - r.x <= pitch * LEFT_DRIFT && fits(c));
      const at = starts.indexOf(r.x);
      if (at >= next) { next = at + 1; continue; }
      if (j < 0) continue;
      moved.set(r, starts[j]!);
      next = j + 1;
    }
  }
  return runs.map((r) => (moved.has(r) ? { ...r, x: moved.get(r)! } : r));
}

/** Each column's usual start (character cell) with the usual width of its pieces. */
function columnStarts(runs: TextRun[]): Map<number, number> {
  const byStart = new Map<number, TextRun[]>();
  for (const r of runs) byStart.set(r.x, [...(byStart.get(r.x) ?? []), r]);
  const columns = new Map<number, number>();
  for (const [x, at] of [...byStart].sort((a, b) => a[0] - b[0])) {
    const wide = at.filter((r) => printWidth(r.text) >= LINE_MIN);
    // a paragraph's first line starts two full-width characters (four cells) in: no column of its own
    if (wide.length < COLUMN_STARTS || [...columns.keys()].some((c) => x - c <= Math.max(DRIFT, INDENT))) continue;
    columns.set(x, measureOf(wide));
  }
  return columns;
}

/** Single spaces where the next column's text may have been read onto a line. */
const SEAM = /(?<=[^\sA-Za-z0-9]) (?=[^\sA-Za-z0-9])/g;

/**
 * The measure of the lines at one start: the width most of them print,
 * whole or up to a seam. Where the extractor read the next column onto
 * every line (one space between), no line stands alone to show it.
 */
function measureOf(runs: TextRun[]): number {
  const votes = new Map<number, number>();
  for (const r of runs) {
    const seams = [...r.text.matchAll(SEAM)].map((m) => m.index);
    const lefts = seams.map((i) => r.text.slice(0, i));
    // a piece holding two column lines (each as long as one) votes for its parts only, not for its whole
    const twoLines = seams.some((i) => printWidth(r.text.slice(0, i)) >= LINE_MIN && printWidth(r.text.slice(i + 1)) >= LINE_MIN);
    const parts = twoLines ? lefts : [r.text, ...lefts];
    for (const w of new Set(parts.map((t) => Math.round(printWidth(t))))) if (w >= LINE_MIN) votes.set(w, (votes.get(w) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** A piece wider than its column's pieces, cut at the single space that leaves that width on its left. */
function cutAtSeams(run: TextRun, columns: Map<number, number>): TextRun[] {
  const column = columnOf(run, columns);
  if (!column) return [run];
  // an indented first line holds two characters fewer
  const measure = run.x - column[0] >= INDENT - 1 ? column[1] - INDENT / 2 : column[1];
  const shortSeam = seamBeforeShortLine(run.text, measure);
  if (printWidth(run.text) <= measure + 1.5 && shortSeam < 0) return [run];
  let best = shortSeam >= 0 ? shortSeam : seamAt(run, measure, SEAM, SEAM_SLACK, columns);
  // a space by a Latin word or a number is a seam in running text only (a headline's "…企业 126 家" is no two columns),
  // and only where it leaves the measure on its left ("…内容 2020 年" is one line holding a number)
  if (best < 0 && holdsRunningPunctuation(run.text)) best = seamAt(run, measure, / /g, LATIN_SLACK, columns);
  if (best < 0) best = headlineSeam(run);
  if (best < 0) return [run];
  const right = { ...run, text: run.text.slice(best + 1), x: nextColumnAt(run.x, best, run.x + best + 1, columns), w: run.text.length - best - 1 };
  // its characters may take more cells than it prints across (Latin words, numbers, spaces): it ends before the next column
  const left = { ...run, text: run.text.slice(0, best), w: Math.max(1, Math.min(best, right.x - run.x - 1)) };
  return [left, ...cutAtSeams(right, columns)];
}

/**
 * Where two headlines printed side by side were read as one piece wider
 * than a column ("长沙经开区工程 济宁高新区:真抓实干…"): in a bare piece, a
 * space between two Chinese words of three characters or more (a headline
 * holds none; text spread glyph by glyph has words of one). -1 where none.
 */
function headlineSeam(run: TextRun): number {
  if (holdsRunningPunctuation(run.text) || BYLINE.test(run.text)) return -1;
  return HEADLINE_SEAM.exec(run.text)?.index ?? -1;
}

const HEADLINE_SEAM = /(?<=(?:^| )[^\sA-Za-z0-9]{3,}) (?=[^\sA-Za-z0-9]{3,}(?: |$))/;

/**
 * A piece's column: the start nearest it, up to a little right of it (a
 * piece may be pushed or indented right of its column's start). Another
 * module's column may start a few cells right of this one's: a piece right
 * at a start belongs to that start.
 */
function columnOf(run: TextRun, columns: Map<number, number>): [number, number] | undefined {
  const near = [...columns].filter(([x]) => x <= run.x + DRIFT * 2);
  return near.sort((a, b) => Math.abs(a[0] - run.x) - Math.abs(b[0] - run.x) || a[0] - b[0])[0];
}

/** The space among `spaces` that leaves the measure on its left, best fit first; -1 where none does. */
function seamAt(run: TextRun, measure: number, spaces: RegExp, slack: number, columns: Map<number, number>): number {
  // far wider than its column: it runs over the next one even where no piece starts that column
  const spansColumns = printWidth(run.text) >= measure * 1.5;
  let best = -1;
  let bestMiss = Infinity;
  for (const m of run.text.matchAll(spaces)) {
    const miss = missOf(run.text.slice(0, m.index), measure);
    // the right part must reach as far as a later column's start
    const reachesColumn = [...columns.keys()].some((x) => x > run.x + DRIFT && run.x + m.index + 1 >= x - DRIFT);
    if ((reachesColumn || spansColumns) && miss <= slack && miss < bestMiss) [best, bestMiss] = [m.index, miss];
  }
  return best;
}

/**
 * Where the column after the one at `x` starts: the right part of a cut
 * piece is placed there, not where the characters before it pushed it
 * (letter-spaced lines push it far right), so that it lines up with its
 * column's other lines. Where no piece marks that start, columns are taken
 * to follow one another at the page's usual pitch. `cells`: the left part's length.
 */
function nextColumnAt(x: number, cells: number, pushed: number, columns: Map<number, number>): number {
  const starts = [...columns.keys()].sort((a, b) => a - b);
  // a column starting under the left part's own characters (another module's grid) is not the next one
  const beyond = x + Math.max(DRIFT, cells - DRIFT);
  const next = starts.find((c) => c > beyond);
  // steps narrower than a column line are between two grids, no pitch of one
  const pitches = starts.slice(1).map((c, i) => c - starts[i]!).filter((d) => d > beyond - x).sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 2)];
  if (next !== undefined && (!pitch || next <= x + pitch * 1.5)) return next;
  return pitch ? x + pitch : pushed;
}

/** A piece pushed a little right of its column's start (by the line before it in its row) is put back there. */
function snapToColumn(run: TextRun, columns: Map<number, number>): TextRun {
  const start = [...columns.keys()].find((c) => run.x > c && run.x - c <= DRIFT * 2);
  return start === undefined ? run : { ...run, x: start };
}

/**
 * The one space in a piece that fills the measure before a short line of the
 * next column ("…一起以 个。", "…工作 （赵琳）"): the extractor squeezed the
 * row's wide glyphs so that the next column's text follows after one space,
 * well left of its column's start, and the piece runs no wider than one
 * line. Running text holds no space between two Chinese characters. -1
 * where there is none. Over 16 fresh corpus splits of -layout text: article
 * F1 +0.416 summed, authors +0.234 (short lines ending a sentence only:
 * +0.340, authors +0.087).
 */
function seamBeforeShortLine(text: string, measure: number): number {
  const seams = [...text.matchAll(SEAM)];
  if (seams.length !== 1) return -1;
  const at = seams[0]!.index;
  return missOf(text.slice(0, at), measure) <= 1 && printWidth(text.slice(at + 1)) <= measure / 2 ? at : -1;
}
