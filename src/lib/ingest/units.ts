/**
 * Units: the printed lines of a page. In the wrapped style a unit is a text
 * line; in the spaced style a long line is cut back into the column lines
 * the extraction joined with spaces; in the paragraph style a unit is a
 * whole paragraph piece. Bylines at the start and signatures at the end of
 * a line are taken off first, since their inner spaces are not line breaks.
 */
import type { ExtractionStyle } from '../types.ts';
import { parseByline, parseSignature, signatureOnly, type Byline } from './bylines.ts';
import type { RawLine } from './lines.ts';
import { finishesWordOf } from './pairs.ts';
import { rejoinBylinesAndSignatures } from './rejoin.ts';
import { endsSentence, printWidth, squeezeSpaces } from './text.ts';

export interface TextUnit {
  kind: 'text';
  /** Source line (1-based). */
  no: number;
  text: string;
  width: number;
  /** Blank lines before the source line (0 for all but its first unit). */
  gap: number;
  /** Spaced style: first unit of its source line, where a column or block starts. */
  lineStart: boolean;
  /** Index of the source line among the page's non-blank lines. */
  row: number;
  /** Printed on the same line after a byline: the start of a body, whatever its width. */
  afterByline: boolean;
  /** Type size against the body type, where the source knows it. */
  size?: number;
  /** Width of the line's column in body em, where the source knows it. */
  measure?: number;
  /** A row of a table set in the text. */
  table?: boolean;
  /** Spread glyph by glyph to its column's measure (a justified line of running text). */
  spread?: boolean;
  /** Known to be a photo caption. */
  caption?: boolean;
  /** Printed twice in a row (fake bold). */
  twice?: boolean;
  /** Set vertically (a headline read glyph by glyph). */
  vertical?: boolean;
}

export interface BylineUnit {
  kind: 'byline';
  no: number;
  row: number;
  gap: number;
  byline: Byline;
}

export interface SignatureUnit {
  kind: 'signature';
  no: number;
  row: number;
  names: string[];
  printed: string;
  /** Blank lines before it (0 where it ends a line of text). */
  gap: number;
  /** Type size of its line against the body type, where the source knows it. */
  size?: number;
}

export type Unit = TextUnit | BylineUnit | SignatureUnit;

/** Spaced-style lines longer than this are cut into column lines. */
const SPACED_MIN_WIDTH = 24;

/**
 * The column lines of a spaced-style line. A line of two pieces without any
 * running punctuation is a two-line headline ("党旗飘扬在 项目建设一线"): its
 * pieces are joined, the space being a line break.
 */
function splitColumns(text: string, long: boolean): string[] {
  const pieces = text.split(/ +/).filter(Boolean);
  if (pieces.length <= 2 && !/[，,。；;、]/.test(text)) return [pieces.join('')];
  return long ? pieces : [text];
}

/**
 * A line spread out by justification, a space after most characters
 * ("本 报 讯 (记 者李 争 粉 )近 日"): its spaces mean nothing, and would hide
 * a byline or a signature.
 */
function spread(text: string): boolean {
  // (a Latin word or a number is spread as one glyph: "在 今 年 举 办 的 Zhongguancun")
  const chars = [...text.replace(/[A-Za-z0-9.%]+/g, 'x').replace(/\s+/g, '')].length;
  return chars >= 6 && (text.match(/\S /g) ?? []).length >= chars * 0.5;
}

/**
 * A row of a table: three to eight short cells apart by spaces ("指标 数值 同比",
 * "营收 120亿元 12%"); at most one of a single character (a line spread out by
 * justification, "举 行 重 大 项 目", is no table).
 */
function isTableRow(text: string): boolean {
  const cells = text.trim().split(/\s+/);
  // a cell of figures alone, or with quotes or brackets, is running text spaced around its figures
  if (cells.length < 3 || cells.length > 8 || cells.some((c) => [...c].length > 8 || /^\d+$|[，。；：“”"（）()▶]/.test(c))) return false;
  return cells.filter((c) => [...c].length === 1).length <= 1;
}

/** Rows of tables: lines of cells with another such line right before or after them. */
function tableRows(lines: RawLine[]): Set<RawLine> {
  // (a headline printed twice on one line is no row of two cells)
  const cells = lines.map((l) => !l.twice && isTableRow(l.text));
  return new Set(lines.filter((_, i) => cells[i] && (cells[i - 1] || cells[i + 1])));
}

/**
 * A line's last word goes on into the next line, which finishes it and its
 * clause at once ("会议明" / "确，要全力…", 明确): a line cut from running text,
 * not a name signed alone, whatever it reads like. (A name marked as one,
 * "文/乐乐", stays a signature.)
 */
const wordGoesOn = (text: string, next: string | undefined): boolean =>
  next !== undefined && /^\p{Script=Han}{2,4}$/u.test(text.trim()) && finishesWordOf(text, next);

export function toUnits(raw: RawLine[], style: ExtractionStyle): Unit[] {
  const units: Unit[] = [];
  const lines = rejoinBylinesAndSignatures(raw);
  const tables = tableRows(lines);
  lines.forEach((line, row) => {
    const spreadOut = spread(line.text);
    const whole = spreadOut ? squeezeSpaces(line.text) : line.text;
    let text = whole;
    let gap = line.gap;
    const byline = parseByline(text);
    if (byline) {
      units.push({ kind: 'byline', no: line.no, row, gap, byline });
      text = byline.rest.trim();
      gap = 0;
      if (!text) return;
    }
    const onlyNames = byline || wordGoesOn(text, lines[row + 1]?.text) ? null : signatureOnly(text, row > 0 && endsSentence(lines[row - 1]!.text));
    if (onlyNames) {
      units.push({ kind: 'signature', no: line.no, row, names: onlyNames, printed: text.replace(/\s+/g, ' '), gap: line.gap, ...(line.size !== undefined ? { size: line.size } : {}) });
      return;
    }
    const sig = parseSignature(text);
    if (sig) text = sig.text;
    const pieces = style === 'spaced' ? splitColumns(text, printWidth(text) > SPACED_MIN_WIDTH) : [text];
    // a measured width holds for the line as printed (spread or not), not for a piece of it
    const measured = pieces.length === 1 && text === whole ? line.em : undefined;
    pieces.forEach((piece, i) => {
      units.push({
        kind: 'text', no: line.no, text: piece, width: measured ?? printWidth(piece), gap: i === 0 ? gap : 0,
        lineStart: style === 'spaced' && i === 0 && !byline, row, afterByline: i === 0 && !!byline,
        ...(line.size !== undefined ? { size: line.size } : {}),
        ...(line.measure !== undefined ? { measure: line.measure } : {}),
        ...(tables.has(line) ? { table: true } : {}),
        ...(style === 'wrapped' && spreadOut && pieces.length === 1 && !sig ? { spread: true } : {}),
        ...(line.caption ? { caption: true } : {}),
        ...(line.twice && pieces.length === 1 ? { twice: true } : {}),
        ...(line.vertical && pieces.length === 1 ? { vertical: true } : {}),
      });
    });
    if (sig) units.push({ kind: 'signature', no: line.no, row, names: sig.names, printed: sig.printed, gap: 0, ...(line.size !== undefined ? { size: line.size } : {}) });
  });
  return units;
}
