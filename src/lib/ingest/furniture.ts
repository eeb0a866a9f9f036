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

const DATE_LINE = /^(\d{4})\s*[.年/-]\s*(\d{1,2})\s*[.月/-]\s*(\d{1,2})\s*日?\s*(?:星期|周)[一二三四五六日天]$/;

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
  const repaired = repairDoubled(t);
  const undoubled = repaired?.text ?? t;
  const dropped = repaired?.dropped ?? '';
  if (SECTION_NAMES.includes(t) || SECTION_NAMES.includes(undoubled)) return { text: undoubled, facts: { section: undoubled }, dropped: undoubled === t ? '' : dropped };
  if (/^INNOVATION$/i.test(undoubled)) return { text: undoubled, facts: {}, dropped: undoubled === t ? '' : dropped };
  if (/^科技部火炬中心合办$/.test(t) || /^中国高新技术产业导报$/.test(t)) return { text: t, facts: {}, dropped: '' };
  const date = DATE_LINE.exec(t);
  if (date) {
    const iso = isoDate(date[1]!, date[2]!, date[3]!);
    return { text: t, facts: iso ? { date: iso } : {}, dropped: '' };
  }
  if (/编辑[:：]/.test(t) && /(?:组版|E-mail|电话|[■□])/.test(t)) {
    const editor = /编辑[:：]\s*([\u4e00-\u9fff]{2,4})/.exec(t)?.[1];
    const layout = /组版[:：]\s*([\u4e00-\u9fff]{2,4})/.exec(t)?.[1];
    return { text: t, facts: { ...(editor ? { editor } : {}), ...(layout ? { layout } : {}) }, dropped: '' };
  }
  return null;
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
