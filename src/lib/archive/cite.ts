/** "Cite this": GB/T 7714-2015 newspaper-article references ([N]) and a plain Chinese citation. */
import { formatDate } from './format';

export const NEWSPAPER = '中国高新技术产业导报';

export interface CiteInput {
  authors: string[];
  title: string;
  subtitle: string | null;
  date: string | null;
  page: number | null;
  /** Absolute URL of the article page. */
  url: string;
}

function authorList(authors: string[]): string {
  if (authors.length === 0) return '';
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
}

function titleWithSubtitle(c: CiteInput): string {
  return c.subtitle ? `${c.title}：${c.subtitle}` : c.title;
}

/** GB/T 7714-2015 §8.1 / example for newspapers: `作者. 题名[N]. 报纸名, 出版日期(版次).` */
export function gbt7714(c: CiteInput, online = false): string {
  const who = authorList(c.authors);
  const when = c.date ?? '[出版日期不详]';
  const where = c.page != null ? `(${c.page})` : '';
  const type = online ? '[N/OL]' : '[N]';
  const head = who ? `${who}. ` : '';
  const tail = online ? ` ${c.url}.` : '';
  return `${head}${titleWithSubtitle(c)}${type}. ${NEWSPAPER}, ${when}${where}.${tail}`;
}

/** Plain text: `作者：《题名》，《中国高新技术产业导报》2021年1月25日第5版。` */
export function plainCitation(c: CiteInput): string {
  const who = c.authors.length ? `${c.authors.join('、')}：` : '';
  const when = c.date ? formatDate(c.date) : '（日期不详）';
  const where = c.page != null ? `第${c.page}版` : '';
  return `${who}《${titleWithSubtitle(c)}》，《${NEWSPAPER}》${when}${where}。${c.url}`;
}
