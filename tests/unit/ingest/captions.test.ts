/**
 * captions.ts on its own: units of small pages written for the test (a
 * 16-character column), the page's elements as classify hands them over.
 */
import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../../src/lib/ingest/captions.ts';
import type { Element } from '../../../src/lib/ingest/classify.ts';
import { toLines } from '../../../src/lib/ingest/lines.ts';
import { toUnits, type TextUnit } from '../../../src/lib/ingest/units.ts';

const elements = (...rows: string[]): (Element | TextUnit)[] =>
  toUnits(toLines(rows.join('\n')), 'wrapped').map((u) => (u.kind === 'text' ? u : u.kind === 'byline' ? { kind: 'byline', unit: u } : { kind: 'signature', unit: u }));
const roles = (pre: (Element | TextUnit)[]) => pre.map((e) => (e.kind === 'block' ? `block:${e.role}` : e.kind));

const PARAGRAPH = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园', '区设立了机器人产业专项基金。'];

describe('findCaptions', () => {
  it('reads a sentence standing alone over a photo credit as its caption, and the credit as the caption\'s', () => {
    const pre = elements(...PARAGRAPH, '北京经开区重点项目建设现场。', '张涛/摄');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'caption']);
  });

  it('reads a bare sentence of three lines over a photo credit as its caption (a narrow photo), but no paragraph\'s end with commas', () => {
    const pre = elements(...PARAGRAPH, '工作人员在成都高新区政', '务服务大厅为企业办理业', '务。', '张涛/摄');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'caption']);
    const end = elements(...PARAGRAPH, '园区还将设立专项基金，支', '持企业开展技术攻关和成果', '转化。', '张涛/摄');
    findCaptions(end);
    expect(roles(end).slice(0, 7)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text']);
  });

  it('leaves a paragraph\'s last lines over a credit to the paragraph, where the line above runs into them', () => {
    // the line above holds no punctuation, as a headline would, but its last word goes on below ("一|百五十")
    const pre = elements('北京经开区已集聚机器人产业链企业一', '百五十余家，园区设立了机器人产业专', '项基金，规模达到二十亿元。', '张涛/摄');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'signature']);
  });

  it('reads a sentence that starts with 图为 as a caption, credited or not', () => {
    const pre = elements(...PARAGRAPH, '图为北京经开区机器人产业园一角。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'text', 'text']);
  });

  it('leaves running text alone', () => {
    const pre = elements(...PARAGRAPH, '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'text', 'text']);
  });

  it('reads a bare sentence as a caption after a paragraph that ends on a full line, where a new paragraph starts', () => {
    const full = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园', '区设立了机器人产业专项基金一百亿。'];
    const pre = elements(...full, '北京经开区重点项目建设现场。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'text', 'text']);
  });

  it('reads a bare sentence as wide as the column as a caption between a paragraph\'s end and a new start (a caption run into the column)', () => {
    const full = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园', '区设立了机器人产业专项基金一百亿。'];
    const pre = elements(...full, '北京经开区一家企业的智能化生产线。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'text', 'text']);
    // one a paragraph goes on from (a full line after it) is the paragraph's
    const goesOn = elements(...full, '北京经开区一家企业的智能化生产线', '建成投产，形成了从核心零部件到整', '机的完整产业链。');
    findCaptions(goesOn);
    expect(roles(goesOn)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text']);
  });

  it('leaves to its paragraph the bare sentence after a quotation that says who spoke', () => {
    const quote = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '“园区将持续优化产业生态，力争到', '年底硬科技产业规模再上新台阶。”'];
    const pre = elements(...quote, '园区有关负责人张明说。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text']);
  });

  it('reads a bare sentence as wide as the column as a caption right before the next article\'s byline', () => {
    const full = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园', '区设立了机器人产业专项基金一百亿。'];
    const pre = elements(...full, '北京经开区一家企业的智能化生产线。', '本报讯近日，南宁高新区召开优化营', '商环境百日攻坚行动动员部署会议。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'byline', 'text', 'text']);
  });

  it('reads a bare sentence as a caption right before a headline as wide as the column that a byline follows', () => {
    const pre = elements(...PARAGRAPH, '北京经开区一家企业的智能化生产线。', '贵阳高新区十二家企业入选百企引领', '本报讯近日从贵阳高新区大数据发展', '办公室获悉，十二家企业入选名单。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'text', 'byline', 'text', 'text']);
  });

  it('reads a bare sentence set wider than the column, after a paragraph that ends on a full line, as a caption before a headline', () => {
    const full = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园', '区设立了机器人产业专项基金一百亿。'];
    const pre = elements(...full, '北京经开区企业研发人员在实验室开展技术攻关。', '贵阳高新区数字经济再提速', '近日，贵阳高新区数字经济核心产业', '增加值同比增长两成。');
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'text', 'block:caption', 'text', 'text', 'text']);
  });

  it('reads a bare sentence set wider than the column, a block of its own, as a caption even after a block cut mid-sentence (blocks read out of order)', () => {
    const cut = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园'];
    const next = ['贵阳高新区数字经济再提速', '', '近日，贵阳高新区数字经济核心产业', '增加值同比增长两成，产业规模持续', '扩大，发展动能不断增强。'];
    const pre = elements(...cut, '', '北京经开区企业研发人员在实验室开展技术攻关。', '', ...next);
    findCaptions(pre);
    expect(roles(pre)).toEqual(['text', 'text', 'text', 'block:caption', 'text', 'text', 'text', 'text']);
    // the same sentence run on from the cut line without a blank line between is the paragraph's
    const run = elements(...cut, '区企业研发人员在实验室开展技术攻关。', '', ...next);
    findCaptions(run);
    expect(roles(run)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text']);
    // and where blank lines part every line (double spacing), a blank line says nothing
    const spaced = elements(...[...cut, '北京经开区企业研发人员在实验室开展技术攻关。', ...next.filter(Boolean)].flatMap((l) => [l, '']));
    findCaptions(spaced);
    expect(roles(spaced)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text']);
  });

  it('reads a 图为 sentence as a caption, unless the source knows it is set in body type (photo news saying what its photo shows)', () => {
    const rows = ['日前，苏州工业园区国际人', '才港正式开港，将为海内外人才', '提供“一站式”服务。', '图为外籍人才在服务窗口咨', '询办理业务。'];
    const plain = elements(...rows);
    findCaptions(plain);
    expect(roles(plain)).toEqual(['text', 'text', 'text', 'block:caption']);
    const sized = elements(...rows).map((e) => (e.kind === 'text' ? { ...e, size: 1 } : e));
    findCaptions(sized);
    expect(roles(sized)).toEqual(['text', 'text', 'text', 'text', 'text']);
  });
});
