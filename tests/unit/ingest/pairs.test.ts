import { describe, expect, it } from 'vitest';
import { dictionaryWordAcross, printedPairs, readsOn } from '../../../src/lib/ingest/pairs.ts';

describe('dictionaryWordAcross', () => {
  it('finds a word cut at the end of a line and finished on the next', () => {
    expect(dictionaryWordAcross('将持续完善跨境数字贸易生态，打', '造面向东盟的数字经济合作示范')).toBe(true);
    expect(dictionaryWordAcross('提高政治站位，强化责任担当，努', '力形成工作合力')).toBe(true);
  });

  it('finds none where the join falls between two words', () => {
    expect(dictionaryWordAcross('目前已有 60 余家企业通过该中心', '造面向东盟的数字经济合作示范')).toBe(false);
    expect(dictionaryWordAcross('会议要求，各部门要', '提高政治站位')).toBe(false);
  });

  it('looks only at a join between two Chinese characters', () => {
    expect(dictionaryWordAcross('项目审批效率明显提升，', '市场主体活力不断增强')).toBe(false);
    expect(dictionaryWordAcross('园区营业收入 grew by 12', '%，创历史新高')).toBe(false);
  });
});

describe('readsOn', () => {
  it('is told by the pair of characters printed together elsewhere on the page', () => {
    const pairs = printedPairs(['园区企业研发投入同比增长', '推动园区高质量发展']);
    expect(readsOn('新建成一批园', '区公共服务平台', pairs)).toBe(true);
    expect(readsOn('新建成一批平', '区公共服务平台', pairs)).toBe(false);
  });

  it('is told by a dictionary word across the join, printed nowhere else', () => {
    expect(readsOn('将持续完善跨境数字贸易生态，打', '造面向东盟的数字经济合作示范', new Set())).toBe(true);
  });
});
