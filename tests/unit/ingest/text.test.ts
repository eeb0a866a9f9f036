import { describe, expect, it } from 'vitest';
import { endsSentence, headlineSpaces, holdsRunningPunctuation, joinWrapped, missOf, opensByFinishingClause, printWidth, repairDoubled, squeezeSpaces } from '../../../src/lib/ingest/text.ts';

describe('printWidth', () => {
  it('counts ideographs and full-width punctuation as 1, digits and Latin as 1/2, spaces as 0', () => {
    expect(printWidth('南宁高新区')).toBe(5);
    expect(printWidth('2020 年，南宁')).toBe(2 + 1 + 1 + 2);
    expect(printWidth('R&D')).toBe(1.5);
  });
});

describe('missOf', () => {
  it('is 0 where the measure lies between the width with punctuation full and squeezed to half', () => {
    // 15.5 em at full width, 14 with its three marks set at half width
    const line = '搭建“辅导+实训”培训体系。烟台';
    expect(missOf(line, 15)).toBe(0);
    expect(missOf(line, 14)).toBe(0);
    expect(missOf(line, 16)).toBe(0.5);
    expect(missOf(line, 12)).toBe(2);
  });
});

describe('holdsRunningPunctuation', () => {
  it('finds running text by its commas, full stops and semicolons, full or half width', () => {
    expect(holdsRunningPunctuation('园区新增企业三百余家，其中')).toBe(true);
    expect(holdsRunningPunctuation('近日,保定高新区召开营')).toBe(true);
    expect(holdsRunningPunctuation('项目清单化;挂图作战')).toBe(true);
  });

  it('finds none in a headline, even one with a colon or quotes', () => {
    expect(holdsRunningPunctuation('保定高新区:3870.5 万元重奖企业')).toBe(false);
    expect(holdsRunningPunctuation('银川高新区获批"企业创新积分制"试点园区')).toBe(false);
  });
});

describe('endsSentence', () => {
  it('sees a sentence end, also behind closing quotes', () => {
    expect(endsSentence('作出更大的贡献。')).toBe(true);
    expect(endsSentence('参谋助手。"')).toBe(true);
    expect(endsSentence('“开门红”')).toBe(false);
    expect(endsSentence('同比增长17.52%……')).toBe(true);
    expect(endsSentence('其中')).toBe(false);
  });
});

describe('spaces', () => {
  it('removes justification spaces in running text, keeps one between Latin words', () => {
    expect(squeezeSpaces('发 明 专 利 授 权 352 件 ，占')).toBe('发明专利授权352件，占');
    expect(squeezeSpaces('支持 SAI 算能中心')).toBe('支持SAI算能中心');
    expect(squeezeSpaces('Open Source 社区')).toBe('Open Source社区');
  });
  it('keeps a space between parallel headline phrases but not after punctuation', () => {
    expect(headlineSpaces('签约项目114个 完成投资501亿元')).toBe('签约项目114个 完成投资501亿元');
    expect(headlineSpaces('突破95分！ 广州市黄埔区创新指数连年攀升')).toBe('突破95分！广州市黄埔区创新指数连年攀升');
    expect(headlineSpaces('保定高新区: 3870.5万元重奖')).toBe('保定高新区:3870.5万元重奖');
  });
  it('joins wrapped pieces without a space unless two Latin letters meet', () => {
    expect(joinWrapped('科学', '城')).toBe('科学城');
    expect(joinWrapped('M-', 'Fab')).toBe('M-Fab');
    expect(joinWrapped('Open', 'Source')).toBe('Open Source');
  });
});

describe('repairDoubled', () => {
  it('repairs runs printed twice', () => {
    expect(repairDoubled('重庆高新区重庆高新区：：科技创新高地加速崛起科技创新高地加速崛起')?.text).toBe('重庆高新区：科技创新高地加速崛起');
  });
  it('repairs glyphs printed twice each and keeps a lone space', () => {
    const r = repairDoubled('宜春丰城高新区向宜春丰城高新区向““高高””攀攀 向向““新新””行行');
    expect(r?.text).toBe('宜春丰城高新区向“高”攀 向“新”行');
    expect([...r!.dropped].length).toBe(17);
  });
  it('leaves text that is not all doubled alone', () => {
    expect(repairDoubled('南宁高新区全力确保')).toBeNull();
    expect(repairDoubled('人人都是')).toBeNull();
  });
});

describe('opensByFinishingClause', () => {
  it('is a line that finishes a clause in a character or two', () => {
    expect(['确，要全力攻坚主要经济指标', '表示，公司在华业务收入', '余项，企业通关时间进一步压缩。'].map(opensByFinishingClause)).toEqual([true, true, true]);
  });

  it('is no line that opens a clause of its own, nor one that opens with punctuation', () => {
    expect(['园区负责人表示，将', '市大学生创业园充分利用', '，此次招聘得到了', '2023 年，园区'].map(opensByFinishingClause)).toEqual([false, false, false, false]);
  });
});
