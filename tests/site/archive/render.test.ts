import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/lib/archive/render';
import { gbt7714, plainCitation } from '../../../src/lib/archive/cite';

describe('renderBody', () => {
  it('renders raw text with <script> as text', () => {
    const html = renderBody([{ kind: 'paragraph', text: '见<script>alert("x")</script>与<b>粗</b>' }]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#x3C;script>');
  });
  it('never reads markdown', () => {
    const html = renderBody([
      { kind: 'paragraph', text: '# 不是标题 *不是强调* [链接](http://x) 1. 列表' },
      { kind: 'paragraph', text: '- 也不是列表' },
    ]);
    expect(html).toBe('<p># 不是标题 *不是强调* [链接](http://x) 1. 列表</p>\n<p>- 也不是列表</p>');
  });
  it('renders subheads as anchored h2 between paragraphs', () => {
    const html = renderBody([
      { kind: 'paragraph', text: '导语' },
      { kind: 'subhead', text: '小标题一' },
      { kind: 'paragraph', text: '正文' },
    ]);
    expect(html).toBe('<p>导语</p>\n<h2 id="s1">小标题一</h2>\n<p>正文</p>');
  });
});

describe('citations', () => {
  const base = { title: '重庆高新区：科技创新高地加速崛起', subtitle: null, url: 'https://e.org/articles/x/' };
  it('GB/T 7714 newspaper form', () => {
    expect(gbt7714({ ...base, authors: ['叶伟', '赵军奇'], date: '2021-01-25', page: 5 })).toBe(
      '叶伟, 赵军奇. 重庆高新区：科技创新高地加速崛起[N]. 中国高新技术产业导报, 2021-01-25(5).',
    );
    expect(gbt7714({ ...base, authors: ['甲', '乙', '丙', '丁'], date: null, page: null }, true)).toBe(
      '甲, 乙, 丙, 等. 重庆高新区：科技创新高地加速崛起[N/OL]. 中国高新技术产业导报, [出版日期不详]. https://e.org/articles/x/.',
    );
  });
  it('plain form', () => {
    expect(plainCitation({ ...base, authors: ['叶伟'], date: '2021-01-25', page: 5 })).toBe(
      '叶伟：《重庆高新区：科技创新高地加速崛起》，《中国高新技术产业导报》2021年1月25日第5版。https://e.org/articles/x/',
    );
  });
});
