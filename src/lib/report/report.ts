/**
 * A reader's error report on an article: the text the reader sends (ready to
 * paste into a correction: `npm run corrections:new -- <id>` starts the file)
 * and where it goes — an issue tracker or form (REPORT_URL, a URL template
 * with {title} and {body}), a mailto: address, or nowhere (the reader copies
 * the text). Pure: used by the article page's script and by tests.
 */

/** What the reader says is wrong, as the form offers it. */
export const PROBLEMS = [
  { value: 'title', label: '标题有误' },
  { value: 'text', label: '正文有误（缺字、错字、串段）' },
  { value: 'zone', label: '园区标注有误' },
  { value: 'date', label: '日期或版次有误' },
  { value: 'split', label: '应拆分或与他文合并' },
  { value: 'other', label: '其他' },
] as const;
export type Problem = (typeof PROBLEMS)[number]['value'];

export interface ReportInput {
  id: string;
  title: string;
  permalink: string;
  source: { url: string; lines: [number, number] };
  problem: Problem;
  /** The passage the reader selected, if any. */
  selection: string;
  comment: string;
}

const labelOf = (p: Problem) => PROBLEMS.find((x) => x.value === p)?.label ?? p;

export function reportTitle(r: ReportInput): string {
  return `[报告错误] ${labelOf(r.problem)}：${r.title}（${r.id}）`;
}

export function reportBody(r: ReportInput): string {
  const quote = r.selection.trim() ? r.selection.trim().split('\n').map((l) => `> ${l}`).join('\n') : '（未选择）';
  return [
    `文章：${r.title}`,
    `编号：${r.id}`,
    `链接：${r.permalink}`,
    `来源：${r.source.url}（第${r.source.lines[0]}–${r.source.lines[1]}行）`,
    `问题：${labelOf(r.problem)}`,
    '所选文字：',
    quote,
    '说明：',
    r.comment.trim() || '（无）',
    '',
    `编辑处理：npm run corrections:new -- ${r.id}`,
  ].join('\n');
}

/**
 * Where the report goes: the REPORT_URL template with {title} and {body}
 * filled in (encoded), or a mailto: address given the subject and body;
 * null when none is configured (the reader copies the text).
 */
export function reportHref(destination: string | null | undefined, r: ReportInput): string | null {
  const d = destination?.trim();
  if (!d) return null;
  const [title, body] = [encodeURIComponent(reportTitle(r)), encodeURIComponent(reportBody(r))];
  if (/^mailto:/i.test(d) && !/\{(title|body)\}/.test(d)) return `${d}${d.includes('?') ? '&' : '?'}subject=${title}&body=${body}`;
  return d.replaceAll('{title}', title).replaceAll('{body}', body);
}
