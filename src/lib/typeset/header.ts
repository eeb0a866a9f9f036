/** The running header of a page: section name, page number, date, editor line, as printed. */
import type { Rng } from './rng.ts';

export interface HeaderPlan {
  section: string;
  english: string | null;
  page: number;
  /** Page number on the section line ("创新园区 INNOVATION PARK 5") instead of a box at the outer edge. */
  pageOnSectionLine: boolean;
  date: string; // ISO
  dateText: string; // gold form (no gap)
  datePrinted: [string, string]; // date, weekday (printed with a gap)
  editorLine: string;
  editor: string | null;
  layout: string | null;
  torch: string | null;
  /** Section name in WenQuanYi (hei) or Sungti. */
  sectionHei: boolean;
  heightPt: number;
}

const WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EDITORS = ['叶伟', '王莉', '刘洋', '陈颖', '李争粉', '张伟', '周晓'];
const LAYOUTS = ['沙欣', '赵静', '孙悦', '李丹', '王蕾', '何佳'];

/** A random date 2019-01-01..2025-12-31, mostly a Monday (the paper's day for this page). */
export function pickDate(r: Rng): Date {
  const start = Date.UTC(2019, 0, 1);
  const days = Math.floor((Date.UTC(2025, 11, 31) - start) / 86400000);
  let d = new Date(start + r.int(0, days) * 86400000);
  if (r.chance(0.7)) while (d.getUTCDay() !== 1) d = new Date(d.getTime() + 86400000);
  if (d.getUTCFullYear() > 2025) d = new Date(d.getTime() - 7 * 86400000);
  return d;
}

export function weekday(d: Date): string {
  return WEEK[d.getUTCDay()]!;
}

export function planHeader(r: Rng, page: number, section: string): HeaderPlan {
  const d = pickDate(r);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const ds = r.chance(0.5) ? `${y}.${m}.${day}` : `${y}年${m}月${day}日`;
  const wd = weekday(d);
  const editor = r.pick(EDITORS);
  const layout = r.pick(LAYOUTS.filter((x) => x !== editor));
  const v = r.int(0, 2);
  let editorLine: string;
  let layoutName: string | null = layout;
  if (v === 0) editorLine = `编辑：${editor} 组版：${layout}`;
  else if (v === 1) editorLine = `■ 编辑：${editor} 电话：（010）${r.int(6800, 6899)}${r.int(1000, 9999)} ■ 组版：${layout}`;
  else {
    editorLine = `责任编辑：${editor} 校对：${layout}`;
    layoutName = null;
  }
  const english = r.chance(0.65) ? 'INNOVATION PARK' : null;
  return {
    section,
    english,
    page,
    pageOnSectionLine: r.chance(0.35),
    date,
    dateText: `${ds}${wd}`,
    datePrinted: [ds, wd],
    editorLine,
    editor,
    layout: layoutName,
    torch: r.chance(0.5) ? '科技部火炬中心合办' : null,
    sectionHei: r.chance(0.6),
    heightPt: 0,
  };
}

/** Furniture strings in printed order. */
export function furniture(h: HeaderPlan): string[] {
  const out = [h.section];
  if (h.english) out.push(h.english);
  out.push(String(h.page));
  if (h.torch) out.push(h.torch);
  out.push(h.dateText, h.editorLine);
  return out;
}
