import { describe, expect, it } from 'vitest';
import { toLines, type RawLine } from '../../../src/lib/ingest/lines.ts';
import { dropRepeatedLines } from '../../../src/lib/ingest/repeats.ts';

const lines = (...rows: [string, number?][]): RawLine[] =>
  rows.map(([text, size], i) => ({ no: i + 1, text, gap: 0, lead: false, ...(size === undefined ? {} : { size }) }));

describe('dropRepeatedLines', () => {
  it('takes out a headline line printed twice in a row', () => {
    const { lines: out, dropped } = dropRepeatedLines(lines(['南宁高新区全力确保'], ['南宁高新区全力确保'], ['一季度经济开门红']));
    expect(out.map((l) => l.text)).toEqual(['南宁高新区全力确保', '一季度经济开门红']);
    expect(dropped).toBe('南宁高新区全力确保');
  });

  it('takes out a short line of title type printed twice, where the type size is known', () => {
    const { lines: out, dropped } = dropRepeatedLines(lines(['营收突破', 2.5], ['千亿元', 2.5], ['千亿元', 2.5], ['本报讯近日，园区', 1]));
    expect(out.map((l) => l.text)).toEqual(['营收突破', '千亿元', '本报讯近日，园区']);
    expect(dropped).toBe('千亿元');
  });

  it('keeps a short line twice when it is no title type or its type is unknown', () => {
    expect(dropRepeatedLines(lines(['千亿元', 1], ['千亿元', 1])).lines).toHaveLength(2);
    expect(dropRepeatedLines(lines(['千亿元'], ['千亿元'])).lines).toHaveLength(2);
  });
});

describe('dropRepeatedLines: each line of a headline printed twice in turn', () => {
  it('takes out the copy of a short last line after a line that was itself printed twice ("A" / "A" / "升级" / "升级")', () => {
    const { lines: out, dropped } = dropRepeatedLines(lines(['长沙经开区工程机械产业链加速“智造”'], ['长沙经开区工程机械产业链加速“智造”'], ['升级'], ['升级'], ['本报讯近日，长沙']));
    expect(out.map((l) => l.text)).toEqual(['长沙经开区工程机械产业链加速“智造”', '升级', '本报讯近日，长沙']);
    expect(dropped).toBe('长沙经开区工程机械产业链加速“智造”升级');
  });

  it('keeps a short line twice when the line before it was printed once', () => {
    expect(dropRepeatedLines(lines(['长沙经开区工程机械产业链'], ['升级'], ['升级'])).lines).toHaveLength(3);
  });
});

describe('dropRepeatedLines: two copies of a headline interleaved', () => {
  // layout text sets the two copies of a fake-bold headline a row apart: "A" / "A B" / "B"
  it('keeps one copy, with its spaces, of a headline whose copies share rows', () => {
    const { lines: out, dropped } = dropRepeatedLines(lines(['宜春丰城高新区向“高”攀'], ['宜春丰城高新区向“高”攀 向“新”行'], ['向“新”行'], ['▶ 文盈']));
    expect(out.map((l) => l.text)).toEqual(['宜春丰城高新区向“高”攀 向“新”行', '▶ 文盈']);
    expect(out[0]!.twice).toBe(true);
    expect(dropped).toBe('宜春丰城高新区向“高”攀向“新”行');
  });

  it('reads "A" / "A B B" as A B', () => {
    const { lines: out } = dropRepeatedLines(lines(['苏州工业园区纳米新材料产业规模突破'], ['苏州工业园区纳米新材料产业规模突破 1500 亿元 1500 亿元']));
    expect(out.map((l) => l.text)).toEqual(['苏州工业园区纳米新材料产业规模突破 1500 亿元']);
  });

  it('leaves a kicker over a title that starts with it', () => {
    expect(dropRepeatedLines(lines(['南宁高新区'], ['南宁高新区举办招聘会'])).lines).toHaveLength(2);
    expect(dropRepeatedLines(lines(['高新区高新区'], ['高新技术企业'])).lines).toHaveLength(2);
  });
});

describe('dropRepeatedLines: a copy glued to the text after it', () => {
  it('keeps one copy of a narrow headline whose copy\'s last line runs into the byline', () => {
    const { lines: out, dropped } = dropRepeatedLines(
      lines(['保定高新'], ['区:3870.5 万元'], ['重奖企业加快发'], ['展'], ['保定高新'], ['区:3870.5 万元'], ['重奖企业加快发'], ['展本报讯(特约通讯员 张辉)近'], ['日,保定高新区召开推进会,']),
    );
    expect(out.map((l) => l.text)).toEqual(['保定高新', '区:3870.5 万元', '重奖企业加快发', '展', '本报讯(特约通讯员 张辉)近', '日,保定高新区召开推进会,']);
    expect(dropped).toBe('保定高新区:3870.5万元重奖企业加快发展');
  });
});

describe('dropRepeatedLines: a copy printed on its own line', () => {
  it('reads "A" / "B B" / "A" as A B, and leaves a caption after it that starts with B whole', () => {
    const { lines: out, dropped } = dropRepeatedLines(
      lines(['77 条“硬核”新政支撑高质量发展'], ['天津滨海高新区 天津滨海高新区'], ['77 条“硬核”新政支撑高质量发展'], ['天津滨海高新区一家企业的智能化生产线。'], ['本报讯(记者 李争粉)近日,天津市']),
    );
    expect(out.map((l) => l.text)).toEqual(['77 条“硬核”新政支撑高质量发展', '天津滨海高新区', '天津滨海高新区一家企业的智能化生产线。', '本报讯(记者 李争粉)近日,天津市']);
    expect(dropped).toBe('天津滨海高新区77条“硬核”新政支撑高质量发展');
  });
});

describe('dropRepeatedLines: a signature of one glyph twice above a headline printed twice', () => {
  it('keeps "乐乐" (a name) whole and drops only the headline\'s copies', () => {
    const raw = ['科科长张振树说。', '', '乐乐', '', '天津滨海高新区', '天津滨海高新区', '入选国家外贸转', '入选国家外贸转'].join('\n');
    const { lines, dropped } = dropRepeatedLines(toLines(raw));
    expect(lines.map((l) => l.text)).toEqual(['科科长张振树说。', '乐乐', '天津滨海高新区', '入选国家外贸转']);
    expect(dropped).toBe('天津滨海高新区入选国家外贸转');
  });
});
