/**
 * The corpus scorer's own measure beside score-gold's: gold paragraphs read
 * whole into one article. Records and gold written here by hand.
 */
import { describe, expect, it } from 'vitest';
import { scoreGoldPage, summarize, type GoldPage } from '../../../src/lib/quality/gold.ts';
import type { PageRecord } from '../../../src/lib/types.ts';

const P1 = '南宁高新区充分发挥面向东盟的区位优势，大力发展跨境数字贸易。';
const P2 = '园区建设了中国—东盟跨境数字贸易服务中心，为企业提供海外仓等服务。';
const P3 = '南宁高新区相关负责人表示，将持续完善跨境数字贸易生态。';

const goldArticle = { kicker: null, title: '南宁高新区跨境数字贸易加速发展', subtitle: null, byline: null, authors: [], zones: ['南宁高新区'], subheads: [], paragraphs: [P1, P2, P3] };
const gold = { seed: 't.txt', issue: { date: null, page: null }, articles: [goldArticle], captions: [], fragments: [], furniture: [] } as unknown as GoldPage;

const record = (bodies: string[][]): PageRecord =>
  ({ articles: bodies.map((paragraphs) => ({ ...goldArticle, paragraphs })), captions: [], fragments: [], furniture: [], issue: { date: null, page: null } }) as unknown as PageRecord;

describe('scoreGoldPage: paragraphs read whole', () => {
  it('counts every paragraph of an article read right, however its paragraphs are broken', () => {
    const s = scoreGoldPage(record([[P1 + P2, P3]]), gold, '');
    expect([s.paragraphs, s.paragraphsWhole]).toEqual([3, 3]);
  });

  it('counts a paragraph whose lines were read out of order as not whole', () => {
    const mixed = P2.slice(0, 10) + P3.slice(0, 8) + P2.slice(10);
    const s = scoreGoldPage(record([[P1, mixed, P3.slice(8)]]), gold, '');
    expect([s.paragraphs, s.paragraphsWhole]).toEqual([3, 1]);
  });

  it('counts whole paragraphs given to another article as whole (the article is wrong, not the lines)', () => {
    const s = scoreGoldPage(record([[P1], [P2, P3]]), gold, '');
    expect(s.paragraphsWhole).toBe(3);
    expect(s.matched).toBe(0);
    expect(summarize([s]).paragraphsWhole).toBe(1);
  });
});
