import { describe, expect, it } from 'vitest';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { rejoinBylinesAndSignatures } from '../../../src/lib/ingest/rejoin.ts';

const lines = (...texts: string[]): RawLine[] => texts.map((text, i) => ({ no: i + 1, text, gap: 0, lead: false }));
const texts = (...t: string[]) => rejoinBylinesAndSignatures(lines(...t)).map((l) => l.text);

describe('rejoinBylinesAndSignatures', () => {
  it('closes a byline bracket broken inside a name without a space', () => {
    expect(texts('本报讯（记者 马丽', '君） 记者日前从园区获悉')).toEqual(['本报讯（记者 马丽君）', '记者日前从园区获悉']);
  });

  it('closes a signature bracket broken between two names with a space, so they stay two names', () => {
    expect(texts('示范区的核心承载区。（王敏', '刘佳）')).toEqual(['示范区的核心承载区。（王敏 刘佳）']);
  });

  it('puts the end of a ▶ byline\'s last name, broken onto the next line, back on the byline', () => {
    expect(texts('▶ 本报记者 李争粉 通讯员 赵', '晨阳', '近年来，西安高新区坚持以')).toEqual(['▶ 本报记者 李争粉 通讯员 赵晨阳', '近年来，西安高新区坚持以']);
  });

  it('leaves a ▶ byline whose names are whole, and a short line of text under it', () => {
    expect(texts('▶ 本报记者 王敏', '近日', '西安高新区坚持以')).toEqual(['▶ 本报记者 王敏', '近日', '西安高新区坚持以']);
  });

  it('leaves a bracket of running text open', () => {
    expect(texts('园区设立了专项基金（主要用于', '支持企业研发）')).toEqual(['园区设立了专项基金（主要用于', '支持企业研发）']);
  });
});

describe('rejoinBylinesAndSignatures: a signature read end first', () => {
  it('puts "琳）" / "（赵" back together as one signature where the end was read first', () => {
    expect(texts('商贸物流等领域开展示范应用。', '琳）', '（赵', '北京经开区重点项目建设现场。')).toEqual(['商贸物流等领域开展示范应用。', '（赵琳）', '北京经开区重点项目建设现场。']);
  });

  it('leaves brackets that hold no name', () => {
    expect(texts('图）', '（上')).toEqual(['图）', '（上']);
  });
});

describe('rejoinBylinesAndSignatures: a name spread out by justification', () => {
  it('closes a byline bracket whose name a justified line set glyph by glyph', () => {
    expect(texts('本报讯(特约通讯员', '张 辉 )近 日 ,保 定 高 新 区')).toEqual(['本报讯(特约通讯员张 辉 )', '近 日 ,保 定 高 新 区']);
  });
});
