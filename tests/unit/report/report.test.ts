import { describe, expect, it } from 'vitest';
import { reportBody, reportHref, reportTitle, type ReportInput } from '../../../src/lib/report/report.ts';

const input: ReportInput = {
  id: 'whwhbikphf',
  title: '宜春丰城高新区向“高”攀 向“新”行',
  permalink: 'https://example.org/articles/whwhbikphf/',
  source: { url: 'https://example.org/sources/003/', lines: [12, 80] },
  problem: 'text',
  selection: '过去的一年，宜春丰城高新区向\n前迈进',
  comment: '“向前迈进”应为“向高攀”',
};

describe('reader error report', () => {
  it('says what, where and which passage, ready for a correction', () => {
    expect(reportTitle(input)).toBe('[报告错误] 正文有误（缺字、错字、串段）：宜春丰城高新区向“高”攀 向“新”行（whwhbikphf）');
    expect(reportBody(input)).toBe([
      '文章：宜春丰城高新区向“高”攀 向“新”行',
      '编号：whwhbikphf',
      '链接：https://example.org/articles/whwhbikphf/',
      '来源：https://example.org/sources/003/（第12–80行）',
      '问题：正文有误（缺字、错字、串段）',
      '所选文字：',
      '> 过去的一年，宜春丰城高新区向',
      '> 前迈进',
      '说明：',
      '“向前迈进”应为“向高攀”',
      '',
      '编辑处理：npm run corrections:new -- whwhbikphf',
    ].join('\n'));
  });

  it('says when nothing was selected or said', () => {
    const body = reportBody({ ...input, selection: '  ', comment: '' });
    expect(body).toContain('所选文字：\n（未选择）\n说明：\n（无）');
  });

  it('fills an issue-tracker template, encoded', () => {
    const href = reportHref('https://github.com/o/r/issues/new?title={title}&body={body}', input)!;
    const url = new URL(href);
    expect(url.searchParams.get('title')).toBe(reportTitle(input));
    expect(url.searchParams.get('body')).toBe(reportBody(input));
  });

  it('addresses a mail with subject and body', () => {
    const href = reportHref('mailto:editor@example.org', input)!;
    expect(href.startsWith('mailto:editor@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(reportBody(input));
  });

  it('has nowhere to send without a destination', () => {
    expect(reportHref('', input)).toBeNull();
    expect(reportHref(undefined, input)).toBeNull();
  });
});
