import { describe, expect, it } from 'vitest';
import { applyCorrections, type Placement } from '../../../src/lib/corrections/apply.ts';
import { readCorrection } from '../../../src/lib/corrections/format.ts';
import type { ArticleRecord, PageRecord } from '../../../src/lib/types.ts';

/** A hand-made article record: paragraphs (and a subhead before the second one when given). */
function article(id: string, title: string, paragraphs: string[], subhead?: string): ArticleRecord {
  const body = paragraphs.flatMap((text, i) => [...(i === 1 && subhead ? [{ kind: 'subhead' as const, text: subhead }] : []), { kind: 'paragraph' as const, text }]);
  return {
    id, kind: 'article', kicker: null, title, subtitle: null, byline: '本报讯', authors: ['刘凯'], zones: ['青岛高新区'],
    subheads: subhead ? [subhead] : [], paragraphs, truncated: false, body, captions: [], lines: [1, 9],
  };
}

function page(): PageRecord {
  return {
    seed: 'p.txt',
    issue: { date: null, page: 5, section: '创新园区', editor: null, layout: null, source: 'printed', estimatedDate: null },
    articles: [
      article('a1', '青岛高新区海洋科技企业数量增长', ['今年以来，青岛高新区新增海洋科技企业86家。', '青岛高新区将加快建设海洋科技创新平台。', '烟台高新区近日举办人才大赛，160个项目参赛。'], '平台建设'),
      article('b2', '烟台高新区举办人才大赛', ['大赛设置四个赛道，优胜项目可获扶持。']),
    ],
    captions: [{ text: '青岛高新区海洋科技企业展示新产品。', line: 20, article: null }],
    furniture: ['创新园区'],
    fragments: ['责任编辑：叶伟'],
    fragmentLines: [{ text: '责任编辑：叶伟', line: 30 }],
    style: 'wrapped', warnings: [], dropped: '', sha256: 'x',
  };
}

/** Permanent ids as the registry gives them (here unlike the parser's). */
const place: Placement = new Map([
  ['qingdao0001', { seed: 'p.txt', parserId: 'a1' }],
  ['yantai00002', { seed: 'p.txt', parserId: 'b2' }],
]);
const correct = (data: object) => applyCorrections([page()], place, [readCorrection({ date: '2026-12-01', ...data }, 'corrections/x.json')]);

describe('applyCorrections', () => {
  it('sets text and list fields where they still hold the expected value, and notes it on the article', () => {
    const out = correct({
      article: 'qingdao0001', note: '标题漏字',
      changes: [
        { field: 'title', from: '青岛高新区海洋科技企业数量增长', to: '青岛高新区海洋科技企业数量增长三成' },
        { field: 'authors', from: ['刘凯'], to: ['刘凯', '王芳'] },
        { field: 'subheads', from: ['平台建设'], to: ['创新平台建设'] },
        { field: 'paragraph', index: 1, from: '今年以来， 青岛高新区新增海洋科技企业86家。', to: '今年以来，青岛高新区新增海洋科技企业88家。' },
      ],
    });
    const a = out.pages[0]!.articles[0]!;
    expect(a.title).toBe('青岛高新区海洋科技企业数量增长三成');
    expect(a.authors).toEqual(['刘凯', '王芳']);
    expect(a.subheads).toEqual(['创新平台建设']);
    expect(a.body[1]).toEqual({ kind: 'subhead', text: '创新平台建设' });
    expect(a.paragraphs[0]).toBe('今年以来，青岛高新区新增海洋科技企业88家。');
    expect(a.corrections).toEqual([{ date: '2026-12-01', note: '标题漏字', file: 'corrections/x.json', changes: [
      '标题：“青岛高新区海洋科技企业数量增长” → “青岛高新区海洋科技企业数量增长三成”',
      '作者：刘凯 → 刘凯、王芳',
      '小标题：平台建设 → 创新平台建设',
      '第1段文字订正',
    ] }]);
    expect(out.stale).toEqual([]);
  });

  it('leaves a change whose expected text is no longer there, and reports it with file, target and why', () => {
    const out = correct({ article: 'qingdao0001', changes: [{ field: 'title', from: '另一个标题', to: '新标题' }, { field: 'kicker', from: null, to: '海洋经济' }] });
    const a = out.pages[0]!.articles[0]!;
    expect(a.title).toBe('青岛高新区海洋科技企业数量增长');
    expect(a.kicker).toBe('海洋经济');
    expect(out.stale).toEqual([{ file: 'corrections/x.json', target: 'qingdao0001', reason: 'title is now “青岛高新区海洋科技企业数量增长”, not “另一个标题”' }]);
  });

  it('reports a correction for an id the archive no longer has', () => {
    expect(correct({ article: 'gone0000000', changes: [{ field: 'title', from: 'x', to: 'y' }] }).stale[0]!.reason).toMatch(/no article/);
  });

  it('splits an article at a paragraph into a new one, text and order kept', () => {
    const out = correct({ article: 'qingdao0001', changes: [{ split: 3, from: '烟台高新区近日', title: '烟台高新区举办人才大赛（续）' }] });
    const [first, second, third] = out.pages[0]!.articles;
    expect(first!.paragraphs).toEqual(['今年以来，青岛高新区新增海洋科技企业86家。', '青岛高新区将加快建设海洋科技创新平台。']);
    expect(second!.title).toBe('烟台高新区举办人才大赛（续）');
    expect(second!.paragraphs).toEqual(['烟台高新区近日举办人才大赛，160个项目参赛。']);
    expect(second!.zones).toEqual(['烟台高新区']);
    expect(second!.id).not.toBe(first!.id);
    expect(third!.id).toBe('b2');
  });

  it('merges an article into another: its text goes on the other, and it is gone', () => {
    const out = correct({ article: 'yantai00002', changes: [{ mergeInto: 'qingdao0001', from: '大赛设置' }] });
    const articles = out.pages[0]!.articles;
    expect(articles.map((a) => a.id)).toEqual(['a1']);
    expect(articles[0]!.paragraphs.at(-1)).toBe('大赛设置四个赛道，优胜项目可获扶持。');
    expect(articles[0]!.corrections![0]!.changes[0]).toMatch(/并入/);
  });

  it('moves a page caption onto an article', () => {
    const out = correct({ article: 'qingdao0001', changes: [{ caption: '青岛高新区海洋科技企业展示新产品。' }] });
    expect(out.pages[0]!.articles[0]!.captions).toEqual(['青岛高新区海洋科技企业展示新产品。']);
    expect(out.pages[0]!.captions[0]!.article).toBe('a1');
  });

  it('sets a page fact and hides furniture taken for text, every character kept', () => {
    const out = applyCorrections([page()], place, [readCorrection({ page: 'p.txt', date: '2026-12-01', changes: [
      { field: 'date', from: null, to: '2021-03-01' },
      { hide: '责任编辑：叶伟' },
      { hide: '大赛设置四个赛道，优胜项目可获扶持。' },
    ] }, 'corrections/p.json')]);
    const p = out.pages[0]!;
    expect(p.issue.date).toBe('2021-03-01');
    expect(p.fragments).toEqual([]);
    expect(p.furniture).toEqual(['创新园区', '责任编辑：叶伟', '大赛设置四个赛道，优胜项目可获扶持。']);
    expect(p.articles[1]!.paragraphs).toEqual([]);
    expect(p.corrections![0]!.changes).toHaveLength(3);
  });

  it('changes nothing for a change whose value is already the one wanted', () => {
    const out = correct({ article: 'qingdao0001', changes: [{ field: 'title', from: '青岛高新区海洋科技企业数量增长', to: '青岛高新区海洋科技企业数量增长' }] });
    expect(out.applied).toBe(0);
    expect(out.pages[0]!.articles[0]!.corrections).toBeUndefined();
  });

  it('never changes the pages it was given', () => {
    const input = [page()];
    applyCorrections(input, place, [readCorrection({ article: 'qingdao0001', date: '2026-12-01', changes: [{ field: 'title', from: '青岛高新区海洋科技企业数量增长', to: 'x' }] }, 'c.json')]);
    expect(input[0]!.articles[0]!.title).toBe('青岛高新区海洋科技企业数量增长');
  });
});

describe('readCorrection', () => {
  it.each([
    [{ date: '2026-12-01', changes: [{ field: 'title', from: 'a', to: 'b' }] }, /either an "article"/],
    [{ article: 'x', changes: [{ field: 'title', from: 'a', to: 'b' }] }, /date/],
    [{ article: 'x', date: '2026-12-01', changes: [] }, /non-empty/],
    [{ article: 'x', date: '2026-12-01', changes: [{ field: 'colour', from: 'a', to: 'b' }] }, /changes\[0\]: unknown change/],
    [{ article: 'x', date: '2026-12-01', changes: [{ field: 'kind', from: 'article', to: 'essay' }] }, /"kind" is one of/],
    [{ article: 'x', date: '2026-12-01', changes: [{ split: 1, from: 'a' }] }, /split/],
    [{ page: 'p.txt', date: '2026-12-01', changes: [{ field: 'date', from: null, to: '2021-02-30x' }] }, /YYYY-MM-DD/],
  ])('refuses %j, naming the file and the change', (data, message) => {
    expect(() => readCorrection(data, 'corrections/bad.json')).toThrow(message);
    expect(() => readCorrection(data, 'corrections/bad.json')).toThrow(/^corrections\/bad\.json: /);
  });
});
