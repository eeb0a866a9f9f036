/**
 * Page furniture: the running header and footer the PDF prints around the
 * news (section name, INNOVATION, page number, 科技部火炬中心合办, the date
 * line, the editor line), and the issue facts it carries.
 */
import { repairDoubled } from './text.ts';

export interface FurnitureFacts {
  date?: string;
  page?: number;
  section?: string;
  editor?: string;
  layout?: string;
}

const SECTION_NAMES = ['创新园区'];

/** 2022年7月25日, or 2022.7.25 (2022-7-25, 2022/7/25) with one separator throughout: "2020 年 1-11" is no date. */
const DATE = String.raw`(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([./-])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))`;
const WEEKDAY = String.raw`(?:星期|周)[一二三四五六日天]`;
const DATE_LINE = new RegExp(`^${DATE}\\s*${WEEKDAY}$`);
const NAME = String.raw`[\u4e00-\u9fff]{2,4}`;

/**
 * The pieces a running header is made of, in any order and combination on
 * one line (extractions join them differently): section name, English
 * section name, page number, date and weekday, the editor line's parts.
 */
const PIECES: { re: RegExp; facts?: (m: RegExpExecArray) => FurnitureFacts }[] = [
  { re: /^创新园区/, facts: () => ({ section: '创新园区' }) },
  // any section name, where the English section name follows it
  { re: /^([\u4e00-\u9fff]{2,6})(?=\s*INNOVATION)/i, facts: (m) => ({ section: m[1]! }) },
  { re: /^INNOVATION(?:\s*PARK)?/i },
  { re: /^(?:科技部火炬中心合办|中国高新技术产业导报)/ },
  { re: new RegExp(`^${DATE}(?:\\s*${WEEKDAY})?`), facts: (m) => { const iso = isoOf(m); return iso ? { date: iso } : {}; } },
  { re: new RegExp(`^${WEEKDAY}`) },
  { re: /^第\s*(\d{1,2})\s*版/, facts: (m) => ({ page: Number(m[1]) }) },
  { re: new RegExp(`^(?:责任)?编辑\\s*[:：]\\s*(${NAME})`), facts: (m) => ({ editor: m[1]! }) },
  { re: new RegExp(`^(?:组版|版式|美编)\\s*[:：]\\s*(${NAME})`), facts: (m) => ({ layout: m[1]! }) },
  { re: new RegExp(`^(?:校对|审校|签发)\\s*[:：]\\s*${NAME}`) },
  { re: /^(?:电话\s*[:：]?\s*)?[（(]?0\d{2,3}[）)]?\s*\d{7,8}(?:转\d+)?/ },
  { re: /^E-?mail\s*[:：]\s*[\w.+-]+@[\w.-]+/i },
  { re: /^[■□]/ },
  { re: /^(\d{1,2})(?!\d)/, facts: (m) => ({ page: Number(m[1]) }) },
];

/** A line made only of header pieces, with the facts they state; null otherwise. */
function readPieces(line: string): FurnitureFacts | null {
  let rest = line.trim();
  if (/[，。；！？,;]/.test(rest)) return null; // header pieces carry no sentence punctuation
  const facts: FurnitureFacts = {};
  let named = 0;
  while (rest) {
    let found: { p: (typeof PIECES)[number]; m: RegExpExecArray } | null = null;
    for (const p of PIECES) {
      const m = p.re.exec(rest);
      if (m) { found = { p, m }; break; }
    }
    if (!found) return null;
    Object.assign(facts, found.p.facts?.(found.m) ?? {});
    if (!/^(?:\d{1,2}|[■□])$/.test(found.m[0])) named++; // a bare number or box is furniture only beside other pieces
    rest = rest.slice(found.m[0].length).trim();
  }
  return named ? facts : null;
}

/** The ISO date of a DATE match (its 年 form or its separator form). */
const isoOf = (m: RegExpExecArray): string | undefined => isoDate(m[1]!, (m[2] ?? m[5])!, (m[3] ?? m[6])!);

function isoDate(y: string, m: string, d: string): string | undefined {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +m - 1 || date.getUTCDate() !== +d) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * If the line is page furniture, the text to keep for it (doubled big type
 * repaired) and the facts it states; otherwise null.
 */
export function readFurniture(line: string): { text: string; facts: FurnitureFacts; dropped: string } | null {
  const t = line.trim();
  const letterSpaced = /^(?:[A-Z] ?)+$/.test(t) && / /.test(t) ? t.replace(/ /g, '') : null;
  if (letterSpaced && /^INNOVATION(?:PARK)?$/.test(letterSpaced)) return { text: t, facts: {}, dropped: '' };
  const repaired = repairDoubled(t);
  const undoubled = repaired?.text ?? t;
  const dropped = repaired?.dropped ?? '';
  if (SECTION_NAMES.includes(t) || SECTION_NAMES.includes(undoubled)) return { text: undoubled, facts: { section: undoubled }, dropped: undoubled === t ? '' : dropped };
  if (/^INNOVATION$/i.test(undoubled)) return { text: undoubled, facts: {}, dropped: undoubled === t ? '' : dropped };
  if (DATE_LINE.test(t) || /编辑\s*[:：]/.test(t) && /(?:组版|E-mail|电话|校对|[■□])/.test(t)) {
    // the editor line is kept verbatim even where its phone number or address is not one of the pieces
    const facts = readPieces(t) ?? editorFacts(t);
    return { text: t, facts, dropped: '' };
  }
  const facts = readPieces(t);
  return facts ? { text: t, facts, dropped: '' } : null;
}

/** Facts of an editor line that the pieces do not cover whole (cut by the column, an unknown part). */
function editorFacts(t: string): FurnitureFacts {
  const editor = /编辑\s*[:：]\s*([\u4e00-\u9fff]{2,4})/.exec(t)?.[1];
  const layout = /组版\s*[:：]\s*([\u4e00-\u9fff]{2,4})/.exec(t)?.[1];
  const d = new RegExp(DATE).exec(t);
  const date = d ? isoOf(d) : undefined;
  return { ...(date ? { date } : {}), ...(editor ? { editor } : {}), ...(layout ? { layout } : {}) };
}

/** A bare page number printed in the header (possibly doubled: "55" for 5). */
export function readPageNumber(line: string): { text: string; page: number; dropped: string } | null {
  const t = line.trim();
  if (!/^\d{1,4}$/.test(t)) return null;
  const repaired = repairDoubled(t);
  const undoubled = repaired?.text ?? t;
  const page = Number(undoubled);
  return page >= 1 && page <= 64 ? { text: undoubled, page, dropped: repaired?.dropped ?? '' } : null;
}
