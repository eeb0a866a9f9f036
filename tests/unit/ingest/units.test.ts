import { describe, expect, it } from 'vitest';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { toUnits } from '../../../src/lib/ingest/units.ts';

const line = (no: number, text: string, em: number): RawLine => ({ no, text, gap: 0, lead: false, size: 1, em, measure: 13.7 });
const widths = (lines: RawLine[]) => toUnits(lines, 'wrapped').flatMap((u) => (u.kind === 'text' ? [u.width] : []));

describe('toUnits: widths measured on the page', () => {
  it('keeps the measured width of a line spread glyph by glyph to its measure, not the count of its glyphs', () => {
    // justification set "际装备展近日在昆山国际会" (12 glyphs) a space apart, over the column's 13.7 em
    expect(widths([line(1, '业展会——2023 昆山元宇宙国', 13.2), line(2, '际 装 备 展 近 日 在 昆 山 国 际 会', 13.2)])).toEqual([13.2, 13.2]);
  });

  it('counts the glyphs of a piece of a line, whose measured width holds for the whole line only', () => {
    // the byline "本报讯" is read apart: the rest of the line is 11 glyphs wide
    expect(widths([line(1, '本报讯 近日，园区举行签约仪式', 13.7)])).toEqual([11]);
  });
});

describe('toUnits: table rows', () => {
  const plain = (no: number, text: string, more: Partial<RawLine> = {}): RawLine => ({ no, text, gap: 0, lead: false, ...more });

  it('reads two lines of cells in a row as a table', () => {
    const units = toUnits([plain(1, '指标 数值 同比'), plain(2, '营收 120亿元 12%')], 'wrapped');
    expect(units.map((u) => u.kind === 'text' && u.table === true)).toEqual([true, true]);
  });

  it('takes no headline printed twice for a row of cells, so the lines around it stand alone too', () => {
    // a line spaced around Latin, "光谷 AI 产业园开园" read twice on one line, then its subtitle, spaced around the number
    const units = toUnits([plain(1, '光谷 AI 产业园总建筑面'), plain(2, '光谷 AI 产业园开园', { twice: true }), plain(3, '首批入驻企业 42 家')], 'wrapped');
    expect(units.map((u) => u.kind === 'text' && u.table === true)).toEqual([false, false, false]);
  });
});

describe('toUnits: lines spread glyph by glyph', () => {
  const plain = (no: number, text: string): RawLine => ({ no, text, gap: 0, lead: false });
  const spread = (text: string) => toUnits([plain(1, text)], 'wrapped').map((u) => (u.kind === 'text' ? [u.text, u.spread === true] : []));

  it('reads a justified line ending in a Latin word as spread, the word one glyph', () => {
    expect(spread('在 今 年 举 办 的 Zhongguancun')).toEqual([['在今年举办的Zhongguancun', true]]);
  });

  it('still reads letters spaced one by one as spread, and a line spaced only around its numbers as not', () => {
    expect(spread('I N N O V A T I O N   P A R K')).toEqual([['I N N O V A T I O N P A R K', true]]);
    expect(spread('经济企业 86 家，其中 5G 应用场景项目 12')).toEqual([['经济企业 86 家，其中 5G 应用场景项目 12', false]]);
  });
});

describe('toUnits: names signed alone', () => {
  const plain = (no: number, text: string): RawLine => ({ no, text, gap: 0, lead: false });
  const kinds = (texts: string[]) => toUnits(texts.map((t, i) => plain(i + 1, t)), 'wrapped').map((u) => u.kind);

  it('reads a name alone after a sentence\'s end as a signature', () => {
    expect(kinds(['争先开新局工作部署会议。', '许晨', '光谷 AI 产业园开园'])).toEqual(['text', 'signature', 'text']);
  });

  it('reads no signature in a line whose last word the next line finishes along with its clause (明确)', () => {
    expect(kinds(['争先开新局工作部署会议。', '会议明', '确，要全力攻坚主要经济指标，坚'])).toEqual(['text', 'text', 'text']);
  });
});
