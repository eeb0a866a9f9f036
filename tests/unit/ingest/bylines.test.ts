import { describe, expect, it } from 'vitest';
import { parseByline, parseSignature, signatureOnly } from '../../../src/lib/ingest/bylines.ts';

describe('parseByline', () => {
  it('reads 本报讯 alone and keeps the rest of the line as body', () => {
    expect(parseByline('本报讯 近日从某高新区传来')).toEqual({ byline: '本报讯', authors: [], rest: '近日从某高新区传来' });
  });
  it('reads roles and names in brackets of either width, normalising the gap before the bracket', () => {
    expect(parseByline('本报讯 （记者 张伟） 2021 年')).toEqual({ byline: '本报讯（记者 张伟）', authors: ['张伟'], rest: '2021 年' });
    expect(parseByline('本报讯(特约通讯员 张辉)近')).toMatchObject({ byline: '本报讯(特约通讯员 张辉)', authors: ['张辉'], rest: '近' });
  });
  it('reads ▶ bylines with several people and roles', () => {
    expect(parseByline('▶ 本报记者 叶伟 特约通讯员 赵军奇')).toMatchObject({ byline: '▶ 本报记者 叶伟 特约通讯员 赵军奇', authors: ['叶伟', '赵军奇'] });
    expect(parseByline('▶ 绪言 吴丛 陈丽丽')?.authors).toEqual(['绪言', '吴丛', '陈丽丽']);
  });
  it('reads a plain line of names with a role word', () => {
    expect(parseByline('成雪 本报记者 叶伟')?.authors).toEqual(['成雪', '叶伟']);
  });
  it('does not take running text for a byline', () => {
    expect(parseByline('本报记者近日走访了园区。')).toBeNull();
    expect(parseByline('▶ 近日，园区举行了活动。')).toBeNull();
  });
});

describe('signatures', () => {
  it('takes names after the last sentence', () => {
    expect(parseSignature('建设投产。 易颖')).toEqual({ text: '建设投产。', names: ['易颖'], printed: '易颖' });
    expect(parseSignature('广州市（A类）38.5%。 黎集怡 冯志炜')?.names).toEqual(['黎集怡', '冯志炜']);
    expect(parseSignature('作出更大贡献。 朱文坛/摄')).toMatchObject({ names: ['朱文坛'], printed: '朱文坛/摄' });
  });
  it('does not take a second headline phrase for names', () => {
    expect(parseSignature('突破95分！ 广州市黄埔区创新指数连年攀升')).toBeNull();
    expect(parseSignature('建设投产 易颖')).toBeNull();
  });
  it('reads a line of names only', () => {
    expect(signatureOnly('史赛 胡启伟')).toEqual(['史赛', '胡启伟']);
    expect(signatureOnly('潍坊高新区')).toBeNull();
  });
});

describe('signature forms', () => {
  it('reads photo credits with or without a slash and names in brackets', () => {
    expect(parseSignature('高高飘扬。 朱文坛 摄')).toMatchObject({ names: ['朱文坛'], printed: '朱文坛 摄' });
    expect(parseSignature('高高飘扬。（李明 王芳）')).toMatchObject({ names: ['李明', '王芳'], printed: '（李明 王芳）' });
    expect(signatureOnly('（李明）')).toEqual(['李明']);
    expect(signatureOnly('李明')).toBeNull();
  });
});
