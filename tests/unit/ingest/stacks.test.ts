import { describe, expect, it } from 'vitest';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { parsePage } from '../../../src/lib/ingest/page.ts';
import { joinGlyphStacks } from '../../../src/lib/ingest/stacks.ts';

const lines = (...rows: string[]): RawLine[] => rows.map((text, i) => ({ no: i + 1, text, gap: 0, lead: false }));

describe('joinGlyphStacks', () => {
  it('joins a vertical headline read glyph by glyph, digits included, into one line set apart', () => {
    const out = joinGlyphStacks(lines('（覃圣炜）', ...'南宁高新区新增市场主体4165户', '创新园区'));
    expect(out.map((l) => l.text)).toEqual(['（覃圣炜）', '南宁高新区新增市场主体4165户', '创新园区']);
    expect(out[1]).toMatchObject({ no: 2, vertical: true, gap: 1 });
    expect(out[2]!.gap).toBe(1);
  });

  it('takes back its first glyph from the end of the text line it shares a baseline with', () => {
    const out = joinGlyphStacks(lines('类）38.5%。（黎集怡 冯志炜） 突', ...'破95分！广州市黄埔区', '本报讯'));
    expect(out.map((l) => l.text)).toEqual(['类）38.5%。（黎集怡 冯志炜）', '突破95分！广州市黄埔区', '本报讯']);
  });

  it('takes back its last glyph from the start of the text line it shares a baseline with', () => {
    const out = joinGlyphStacks(lines(...'厦门火炬高新区营收突破千亿', '元 成都高新区一家无人机企业的技术人员正在调试新一代工业级无人机。今年以', '来，成都高新区航空航天产业加快发展。'));
    expect(out.map((l) => l.text)).toEqual(['厦门火炬高新区营收突破千亿元', '成都高新区一家无人机企业的技术人员正在调试新一代工业级无人机。今年以', '来，成都高新区航空航天产业加快发展。']);
    expect(out[1]!.gap).toBe(1);
  });

  it('leaves a line spread glyph by glyph after a stack whole', () => {
    const out = joinGlyphStacks(lines(...'厦门火炬高新区营收突破千亿元', '园 区 企 业 星 辰 依 托 联 发'));
    expect(out.map((l) => l.text)).toEqual(['厦门火炬高新区营收突破千亿元', '园 区 企 业 星 辰 依 托 联 发']);
  });

  it('reads the two stacks of a vertical headline as one line, the right one first when the dump printed the left one first', () => {
    // the page prints 一季 in its text, and nothing runs from ” into 南
    const body = '本报讯日前，南宁高新区召开2021年一季度经济增长提速争先开新局工作部署会议。';
    const rows = [...lines(...'季度经济“开门红”'), ...lines(...'南宁高新区全力确保一').map((l, i) => (i === 0 ? { ...l, gap: 1 } : l)), ...lines(body).map((l) => ({ ...l, gap: 1 }))];
    const out = joinGlyphStacks(rows);
    expect(out.map((l) => l.text)).toEqual(['南宁高新区全力确保一季度经济“开门红”', body]);
    expect(out[0]!.vertical).toBe(true);
  });

  it('keeps two stacks in the order printed when no word runs across either way', () => {
    const rows = [...lines(...'南宁高新区全力'), ...lines(...'确保开门红').map((l, i) => (i === 0 ? { ...l, gap: 1 } : l))];
    expect(joinGlyphStacks(rows).map((l) => l.text)).toEqual(['南宁高新区全力确保开门红']);
  });

  it('leaves a fake-bold glyph printed twice and short lines alone', () => {
    const rows = lines('研发中心数量创新', '高', '高', '全年新增外资研发中心15家');
    expect(joinGlyphStacks(rows)).toEqual(rows);
  });

  it('does not join across a blank line, nor lines a positioned source measured', () => {
    const apart = lines('园', '区', '动', '态').map((l, i) => (i === 2 ? { ...l, gap: 1 } : l));
    expect(joinGlyphStacks(apart)).toEqual(apart);
    const measured = lines('园', '区', '动', '态', '五').map((l) => ({ ...l, em: 1 }));
    expect(joinGlyphStacks(measured)).toEqual(measured);
  });
});

describe('parsePage: a vertical headline in a text dump', () => {
  const body = ['本报讯近日，银川高新区获批“企业创新积分制”试点园区，', '将以积分评价引导创新资源向企业集聚。', '园区将完善积分评价指标体系，为企业', '精准画像，推动金融资源精准投放。（眭永华）'];
  it('is the headline of the article it stands after, not a caption or a page number', () => {
    const raw = ['创新园区', '', '2023年1月23日 星期一', '', ...body, ...'银川高新区获批试点园区5', '工作人员在银川高新区政务服务大厅为企业办理业务。'].join('\n');
    const rec = parsePage(raw, { file: 'v.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['银川高新区获批试点园区5']);
    expect(rec.issue.page).toBeNull();
  });
});
