import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../../src/lib/ingest/geometry/runs.ts';
import { positionedText } from '../../../src/lib/ingest/geometry/text.ts';
import { parseLines } from '../../../src/lib/ingest/page.ts';

const BODY = 10;
const run = (text: string, x: number, y: number, w: number, size = BODY): TextRun => ({ text, x, y, w, size });
const column = (name: string, x: number, y: number, n: number): TextRun[] =>
  Array.from({ length: n }, (_, i) => run(`${name}${i + 1}，园区企业持续发力。`, x, y + 14 * i, 100));

describe('positionedText: the running header', () => {
  it('reads the section\'s name set large on a row of the header with the header, not as a headline', () => {
    const body = (name: string, x: number, y: number, n: number): TextRun[] =>
      Array.from({ length: n }, (_, i) => run(`${name}${i + 1}，园区企业持续发力。`, x, y + 14 * i, 150, 9.8));
    const runs = [
      run('园区动态', 37, 75, 120, 30), run('科技部火炬中心合办', 299, 63, 90), run('2022 年 10 月 17 日', 674, 60, 74, 9), run('星期一', 759, 60, 27, 9),
      run('7', 831, 77, 16, 26), run('责任编辑：李争粉 校对：沙欣', 671, 86, 115, 8.5),
      run('泉州高新区（台商区）', 215, 142, 137, 13.8), run('泉台人力资源服务产业园开园', 118, 168, 325, 25),
      run('泉州高新区（台商区）一家企业的智能化生产线。', 191, 300, 300, 8.3), run('图片来源：泉州高新区（台商区）', 404, 310, 124, 8.3),
      run('擦亮“阳光雨”品牌', 729, 139, 98, 12.8), ...body('a', 37, 350, 40), ...body('b', 203, 350, 40),
      run('瞄准光电子信息产业高端环节', 534, 140, 154, 11.8), run('东湖高新区再添', 534, 163, 150, 21.5), run('新项目', 534, 189, 64, 21.5),
      run('▶ 本报通讯员 胡静 吴凡', 534, 229, 106, 9.8), ...body('d', 534, 275, 40),
    ];
    const rec = parseLines({ ...positionedText(runs, { sizes: true }), style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.issue.section).toBe('园区动态');
    expect(rec.articles.flatMap((a) => [a.kicker, a.title, a.subtitle])).not.toContain('园区动态');
  });

  it('reads the section\'s name with the page number set beside it on one baseline as the header, not as a headline over the first column', () => {
    // "园区动态 7" across the top, the date and editor line on the row under it; a headline set beside the first column
    const body = (name: string, x: number, y: number, n: number): TextRun[] =>
      Array.from({ length: n }, (_, i) => run(`${name}${i + 1}，南宁高新区企业持续发力。`, x, y + 14 * i, 150));
    const runs = [
      run('园区动态', 34, 59, 132, 33), run('7', 156, 59, 14, 28), run('2019 年 3 月 18 日', 34, 80, 80, 10.6), run('星期一', 120, 80, 32, 10.6),
      run('责任编辑：李争粉 校对：赵静', 200, 80, 135, 10), run('科技部火炬中心合办', 500, 80, 90, 10),
      ...body('a', 34, 110, 10), run('南宁高新区上半年新增市场主体', 204, 112, 340, 19.4), ...body('b', 204, 142, 8), ...body('c', 375, 142, 8),
    ];
    const texts = positionedText(runs, { sizes: true }).lines.map((l) => l.text);
    expect(texts.indexOf('南宁高新区上半年新增市场主体')).toBeLessThan(texts.indexOf('a1，南宁高新区企业持续发力。'));
    const rec = parseLines({ ...positionedText(runs, { sizes: true }), style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.issue).toMatchObject({ section: '园区动态', page: 7 });
    expect(rec.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([[null, '南宁高新区上半年新增市场主体', null]]);
  });

  it('leaves a short headline under the header band out of it', () => {
    const runs = [run('2022 年 10 月 17 日', 600, 60, 75, 9), run('7', 800, 77, 15, 26), run('擦亮品牌', 600, 200, 60, 13), ...column('a', 0, 120, 40)];
    const texts = positionedText(runs, { sizes: true }).lines.map((l) => l.text);
    expect(texts.indexOf('擦亮品牌')).toBeGreaterThan(texts.indexOf('a1，园区企业持续发力。'));
  });
});

describe('positioned pages: a text cut short before a headline', () => {
  /** A paragraph set in a column of ten-character lines (the first indented two), a run per line. */
  const paragraph = (text: string, x: number, y: number): TextRun[] => {
    const lines = [text.slice(0, 8), ...(text.slice(8).match(/.{1,10}/gu) ?? [])];
    return lines.map((l, i) => run(l, i ? x : x + 20, y + 14 * i, l.length * BODY));
  };
  it('ends the article at a short line that ends no sentence: the headline after it starts an article of its own', () => {
    const a = '下一步，贵阳高新区大数据发展办公室将加大对优秀企业的支持力度，积极协助企业推动优秀产品解决方案和典型案例推广应用，在政策、资金、基金等方面给予倾斜支';
    const b = '重点打造的产业新空间医疗器械生物医药产业园项目近日举行临时党支部成立仪式，让党旗在项目建设一线高高飘扬。';
    const runs = [
      run('贵阳高新区企业入选名单', 0, 20, 100, 20), ...paragraph(a, 0, 50),
      run('党旗飘扬在项目建设一线', 0, 200, 100, 20), ...paragraph(b, 0, 230),
    ];
    const rec = parseLines({ ...positionedText(runs, { sizes: true }), style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((x) => x.title)).toEqual(['贵阳高新区企业入选名单', '党旗飘扬在项目建设一线']);
    expect(rec.articles.map((x) => x.paragraphs.join(''))).toEqual([a, b]);
  });
});
