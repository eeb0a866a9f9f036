/**
 * Some extractions (pdftotext -raw) break a printed line wherever the PDF
 * starts a new run of glyphs, which typesetters do around squeezed
 * punctuation: "战略，" / "园区企业研发投入同". Such a page shows many short
 * lines ending with a comma, which a printed column never does (its short
 * lines end paragraphs). On such a page, pieces that fit together within the
 * column measure are joined back into the printed line.
 */
import { readFurniture, readPageNumber } from './furniture.ts';
import type { RawLine } from './lines.ts';
import { printWidth } from './text.ts';

/** Punctuation a piece ends with where the extraction broke the printed line. */
const BREAK_AFTER = /[，、；：“”‘’（）《》,;:]$/;
/** Share of lines that must be comma-ended pieces before a page counts as broken up. */
const BROKEN_SHARE = 0.05;
/** Lines around a line that give the column measure. */
const WINDOW = 10;

const mode = (xs: number[]) => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = 0;
  let n = 0;
  for (const [x, c] of counts) if (c > n || (c === n && x > best)) [best, n] = [x, c];
  return best;
};

export function joinLinePieces(lines: RawLine[]): RawLine[] {
  if (lines.some((l) => l.em !== undefined)) return lines; // positioned pages have whole lines
  const widths = lines.map((l) => Math.round(printWidth(l.text)));
  const measureAt = (i: number) => mode(widths.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).filter((w) => w >= 6));
  const pieces = lines.filter((l, i) => BREAK_AFTER.test(l.text) && widths[i]! < measureAt(i) * 0.6).length;
  if (pieces < lines.length * BROKEN_SHARE) return lines;
  const out: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = out.at(-1);
    const M = measureAt(i);
    const fits = prev && line.gap === 0 && printWidth(prev.text) + printWidth(line.text) <= M + 1;
    // a bracket closed on its own line is a signature or a note, not a piece of a line
    const broken = prev && (BREAK_AFTER.test(prev.text) || printWidth(prev.text) <= 3) && !/^[（(][^（()）]*[）)]$/.test(prev.text.trim());
    const header = prev && (readFurniture(prev.text) || readFurniture(line.text) || readPageNumber(line.text));
    if (fits && broken && !header && !/^(?:本报讯|▶|■|图片来源)/.test(line.text)) out[out.length - 1] = { ...prev, text: prev.text + line.text };
    else out.push(line);
  }
  return out;
}
