/** The words the search page says about its results: the status line and the page title. */

export interface SectionCount {
  shown: number;
  /** The section's total, once known. */
  total: number | null;
}

/**
 * `找到 88 篇文章。` when every section's total is known (after all its results are loaded, or at once for a
 * zone's own list or a filter-only search), else how many are shown so far and that there are more.
 */
export function foundText(sections: SectionCount[]): string {
  const shown = sections.reduce((s, x) => s + x.shown, 0);
  if (sections.every((x) => x.total !== null)) {
    const total = sections.reduce((s, x) => s + x.total!, 0);
    return total > 0 ? `找到 ${total} 篇文章。` : '没有结果。';
  }
  return shown > 0 ? `已显示 ${shown} 篇文章，还有更多。` : '暂未找到，可以继续查找。';
}

export interface Query {
  q: string;
  /** Labels of the filters set (园区, 年份, 类型), in order. */
  filters: string[];
}

/** `“南宁高新区”的搜索结果（2021年）`: history entries and tabs of different searches differ. */
export function searchTitle({ q, filters }: Query): string {
  const what = q.trim() ? `“${q.trim()}”的搜索结果` : filters.length ? '浏览' : '搜索';
  return filters.length ? `${what}（${filters.join('，')}）` : what;
}
