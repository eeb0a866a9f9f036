/** Reader-facing names of issue pages, estimates and calendar days. */
import { describe, expect, it } from 'vitest';
import { baseLabel, estimateLabel, issueLabels, shortHeadline } from '../../../src/lib/archive/labels';
import { dayEntries } from '../../../src/lib/archive/calendar';
import type { ArchiveIssue } from '../../../src/lib/archive/model';

describe('issue labels', () => {
  it('date and page when they tell pages apart; the lead headline where they do not; a number where even that repeats', () => {
    expect(issueLabels([
      { date: '2021-01-25', page: 5, lead: '甲' },
      { date: '2021-01-25', page: 6, lead: '乙' },
      { date: '2021-02-01', page: 5, lead: '丙' },
      { date: '2021-02-01', page: 5, lead: '丁' },
      { date: null, page: 5, lead: '南宁高新区聚焦优化生态环境建设一流园区' },
      { date: null, page: null, lead: '戊' },
      { date: null, page: 5, lead: null },
      { date: null, page: 5, lead: null },
    ])).toEqual([
      '2021年1月25日 第5版',
      '2021年1月25日 第6版',
      '2021年2月1日 第5版 · 丙',
      '2021年2月1日 第5版 · 丁',
      '日期不详 · 第5版 · 南宁高新区聚焦优化生态环境建设一…',
      '日期不详 · 戊',
      '日期不详 · 第5版',
      '日期不详 · 第5版（2）',
    ]);
    expect(baseLabel({ date: null, page: null })).toBe('日期不详');
    expect(shortHeadline(' 短标题 ')).toBe('短标题');
  });

  it('an estimate reads as a date of its own precision', () => {
    expect(estimateLabel('2020')).toBe('2020年');
    expect(estimateLabel('2020-05')).toBe('2020年5月');
    expect(estimateLabel('2020-05-12')).toBe('2020年5月12日');
  });

  it('a calendar day numbers repeated page numbers and gives them a hint', () => {
    const issue = (page: number, label: string) => ({ url: `/issues/${label}/`, label, info: { page } }) as unknown as ArchiveIssue;
    expect(dayEntries([issue(5, 'a'), issue(6, 'b'), issue(5, 'c')]).map((e) => [e.text, e.hint])).toEqual([['5版', 'a'], ['6版', null], ['5版（2）', 'c']]);
  });
});
