import { describe, expect, it } from 'vitest';
import { foundText, searchTitle } from '../../../src/lib/search/status';

describe('status line and title', () => {
  it('the real total once every section knows it, else what is shown so far', () => {
    expect(foundText([{ shown: 20, total: 88 }, { shown: 3, total: 3 }])).toBe('找到 91 篇文章。');
    expect(foundText([{ shown: 20, total: 88 }, { shown: 20, total: null }])).toBe('已显示 40 篇文章，还有更多。');
    expect(foundText([])).toBe('没有结果。');
    // nothing found yet among the candidates checked, more to check
    expect(foundText([{ shown: 0, total: null }])).toBe('暂未找到，可以继续查找。');
  });

  it('the title names the query and the filters', () => {
    expect(searchTitle({ q: ' 人才 ', filters: [] })).toBe('“人才”的搜索结果');
    expect(searchTitle({ q: '人才', filters: ['2021年', '图片新闻'] })).toBe('“人才”的搜索结果（2021年，图片新闻）');
    expect(searchTitle({ q: '', filters: ['2021年'] })).toBe('浏览（2021年）');
    expect(searchTitle({ q: '', filters: [] })).toBe('搜索');
  });
});
