/** Chinese labels for dates, issues and counts. */
import type { ArchiveArticle } from './model';

/** `2021-01-25` → `2021年1月25日`. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function weekday(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return WEEKDAYS[d.getUTCDay()] ?? '';
}

export function pageLabel(page: number | null): string {
  return page != null ? `第${page}版` : '版次不详';
}

export const kindLabel: Record<string, string> = {
  article: '文章',
  'photo-news': '图片新闻',
  brief: '简讯',
};

/** The opening of an article for lists: its first paragraph (or caption), cut at 72 characters. */
export function excerpt(a: ArchiveArticle): string {
  const text = a.record.paragraphs[0] ?? a.captions[0] ?? '';
  const chars = Array.from(text);
  return chars.length > 72 ? chars.slice(0, 72).join('') + '…' : text;
}
