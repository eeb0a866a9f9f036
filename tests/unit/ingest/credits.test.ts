import { describe, expect, it } from 'vitest';
import { splitGluedCredits } from '../../../src/lib/ingest/credits.ts';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { parsePage } from '../../../src/lib/ingest/page.ts';

const line = (text: string, no = 1): RawLine => ({ no, text, gap: 0, lead: false });

describe('splitGluedCredits', () => {
  it('cuts a credit set on the baseline of the last line of a photo text, leaving that line text', () => {
    // read by position, "能。" and the right-aligned credit share one line
    const out = splitGluedCredits([line('宇宙应用，促进产研对接、产需对接、'), line('能。史赛 胡启伟/摄', 2)]);
    expect(out.map((l) => l.text)).toEqual(['宇宙应用，促进产研对接、产需对接、', '能。', '史赛 胡启伟/摄']);
    expect(out.map((l) => l.no)).toEqual([1, 2, 2]);
    expect(out.some((l) => l.caption)).toBe(false);
  });

  it('cuts names set on from the last sentence over a photo credit onto a line of their own', () => {
    const out = splitGluedCredits([line('区航空航天产业加快发展，已'), line('集聚相关企业200余家。张涛', 2), line('吴昊/摄', 3), line('以创新驱动赋能高质量发展', 4)]);
    expect(out.map((l) => l.text)).toEqual(['区航空航天产业加快发展，已', '集聚相关企业200余家。', '张涛', '吴昊/摄', '以创新驱动赋能高质量发展']);
  });

  it('leaves them where the text after the credit reads on from them (a photo set inside the sentence)', () => {
    const rows = [line('园区企业研发投入持续增长。园区'), line('吴昊/摄', 2), line('企业今年新增专利一百余件，园区将继续加大投入。', 3)];
    expect(splitGluedCredits(rows).map((l) => l.text)).toEqual(rows.map((l) => l.text));
  });

  it('cuts a credit glued to the next headline, the sentence before it a caption', () => {
    const out = splitGluedCredits([line('重庆高新区企业研发人员在实验室开展技术攻关。 郑雪/摄南宁高新区举办招聘会')]);
    expect(out.map((l) => l.text)).toEqual(['重庆高新区企业研发人员在实验室开展技术攻关。 郑雪/摄', '南宁高新区举办招聘会']);
  });

  it('leaves a credit alone on its line, and a line that only names a photographer mid-sentence', () => {
    const lines = [line('史赛 胡启伟/摄'), line('记者 李明/摄影报道的展会，吸引了')];
    expect(splitGluedCredits(lines).map((l) => l.text)).toEqual(['史赛 胡启伟/摄', '记者 李明/摄影报道的展会，吸引了']);
  });
});

describe('splitGluedCredits: a credit wrapped with its text', () => {
  it('puts the first characters of the name, left at the end of the last text line, back on the credit', () => {
    const out = splitGluedCredits([line('对接、产需对接、产销对接，为'), line('元宇宙产业发展蓄势赋能。 史', 2), line('赛 胡启伟/摄', 3)]);
    expect(out.map((l) => l.text)).toEqual(['对接、产需对接、产销对接，为', '元宇宙产业发展蓄势赋能。', '史赛 胡启伟/摄']);
    // the credit wrapped on lines of its own, inside a name
    expect(splitGluedCredits([line('为元宇宙产业发展蓄势赋能。'), line('史赛 胡', 2), line('启伟/摄', 3)]).map((l) => l.text)).toEqual(['为元宇宙产业发展蓄势赋能。', '史赛 胡启伟/摄']);
    // set right after the full stop, with no space
    expect(splitGluedCredits([line('对接，为元宇宙产业发展蓄势赋能。史'), line('赛 胡启伟/摄', 2)]).map((l) => l.text)).toEqual(['对接，为元宇宙产业发展蓄势赋能。', '史赛 胡启伟/摄']);
    // a whole name, then the first character of the next, at the end of the line
    expect(splitGluedCredits([line('聚相关企业 200 余家。张涛 吴'), line('昊/摄', 2)]).map((l) => l.text)).toEqual(['聚相关企业 200 余家。', '张涛 吴昊/摄']);
  });

  it('leaves a sentence that goes on in another sentence, and a signature over a credit', () => {
    const lines = [line('会议要求各部门加强协作。 今'), line('年以来/摄影展')];
    expect(splitGluedCredits(lines).map((l) => l.text)).toEqual(['会议要求各部门加强协作。 今', '年以来/摄影展']);
    // a name of two characters over a credit stands on its own line, as where it was printed apart
    const signed = [line('企业的培育力度。 韦华'), line('张三/摄')];
    expect(splitGluedCredits(signed).map((l) => l.text)).toEqual(['企业的培育力度。', '韦华', '张三/摄']);
    const alone = [line('企业的培育力度。'), line('韦华'), line('张三/摄')];
    expect(splitGluedCredits(alone).map((l) => l.text)).toEqual(['企业的培育力度。', '韦华', '张三/摄']);
  });

  it('still has such a name sign the article, the credit under it being its photo\'s', () => {
    const body = ['本报讯 近日，南宁高新区召开一季度经济工作部', '署会议，要求全力攻坚主要经济指标，推动工', '业生产增效，加大对科技型中小企业的培育力'];
    const rec = parsePage([...body, '企业的培育力度。 韦华', '张三/摄', '烟台高新区举办招聘会'].join('\n'), { file: 'x.txt' });
    expect(rec.articles.map((a) => a.authors)).toEqual([['韦华']]);
    expect(rec.captions.map((c) => c.text)).toEqual(['张三/摄']);
  });
});

describe('splitGluedCredits: a caption read onto the end of a body line', () => {
  it('cuts "图为…。" after a finished sentence off onto a caption line', () => {
    const out = splitGluedCredits([line('业生产效率平均提升 23%。 图为贵阳高新区核心区一角。'), line('图片来源：贵阳高新区', 2)]);
    expect(out.map((l) => l.text)).toEqual(['业生产效率平均提升 23%。', '图为贵阳高新区核心区一角。', '图片来源：贵阳高新区']);
    expect(out[1]!.caption).toBe(true);
    expect(out[0]!.caption).toBeUndefined();
  });

  it('cuts a bare sentence after a finished one off onto a caption line where a photo credit follows', () => {
    // pdf.js joins a column's line and a caption set beside it on one baseline
    const out = splitGluedCredits([line('项，企业通关时间进一步压缩。 厦门自贸片区重点项目建设现场。'), line('图片来源：厦门自贸片区', 2), line('片区管委会有关负责人表示，将', 3)]);
    expect(out.map((l) => l.text)).toEqual(['项，企业通关时间进一步压缩。', '厦门自贸片区重点项目建设现场。', '图片来源：厦门自贸片区', '片区管委会有关负责人表示，将']);
    expect(out[1]!.caption).toBe(true);
  });

  it('leaves two sentences of one line together where no credit follows', () => {
    const rows = [line('项，企业通关时间进一步压缩。 园区将继续深化改革创新。'), line('片区管委会有关负责人表示，将', 2)];
    expect(splitGluedCredits(rows).map((l) => l.text)).toEqual(rows.map((l) => l.text));
  });

  it('leaves photo news whose text says 图为 mid-line, running on to the next line', () => {
    const rows = [line('为海内外人才提供“一站式”服务。图为外籍人才在'), line('服务窗口咨询办理业务。 周洁/摄', 2)];
    expect(splitGluedCredits(rows)[0]!.text).toBe('为海内外人才提供“一站式”服务。图为外籍人才在');
  });
});

describe('splitGluedCredits: a line spread glyph by glyph read onto a signed line', () => {
  it('cuts it off after the last sentence and the signature', () => {
    const out = splitGluedCredits([line('顶梁柱、压舱石。 黄鑫 目 前 全 国 规 模 最 大 的 元 宇 宙 专 业 展 会 ——'), line('2023 昆山元宇宙国际装备展近日在昆山国际', 2)]);
    expect(out.map((l) => l.text)).toEqual(['顶梁柱、压舱石。 黄鑫', '目 前 全 国 规 模 最 大 的 元 宇 宙 专 业 展 会 ——', '2023 昆山元宇宙国际装备展近日在昆山国际']);
  });

  it('leaves a line spread glyph by glyph from its start, and a few glyphs spaced after a sentence', () => {
    const rows = [line('园 区 企 业 星 辰 依 托 联 发'), line('增长。 据 了 解 ，'), line('务 。 图 为 外 籍 人 才 在 服 务 窗 口 咨 询 办 理 业')];
    expect(splitGluedCredits(rows).map((l) => l.text)).toEqual(rows.map((l) => l.text));
  });
});

describe('splitGluedCredits: the next headline read onto a signed line', () => {
  it('cuts a headline after the last sentence and its signature off onto a line of its own', () => {
    const out = splitGluedCredits([line('械产业集群。（罗文 曾琪） 苏州工业园区国际人才港开港'), line('日前，苏州工业园区国际人才港正式开港。', 2)]);
    expect(out.map((l) => l.text)).toEqual(['械产业集群。（罗文 曾琪）', '苏州工业园区国际人才港开港', '日前，苏州工业园区国际人才港正式开港。']);
  });

  it('leaves running text after a bracket', () => {
    const rows = [line('园区举办活动。（据新华社） 会议要求，各部门加强协作。')];
    expect(splitGluedCredits(rows).map((l) => l.text)).toEqual(['园区举办活动。（据新华社） 会议要求，各部门加强协作。']);
  });
});

describe('splitGluedCredits: a credit whose mark wrapped alone', () => {
  it('puts "摄" back after the slash the line before ends with, then cuts the credit off the sentence', () => {
    const out = splitGluedCredits([line('来，成都高新区航空航天产业加快发展，'), line('已集聚相关企业 200 余家。张涛 吴昊/', 2), line('摄', 3)]);
    expect(out.map((l) => l.text)).toEqual(['来，成都高新区航空航天产业加快发展，', '已集聚相关企业 200 余家。', '张涛 吴昊/摄']);
  });

  it('puts "/摄" back after the names, and leaves a "摄" that follows no names', () => {
    expect(splitGluedCredits([line('园区企业研发投入持续增长。张涛'), line('/摄', 2)]).map((l) => l.text)).toEqual(['园区企业研发投入持续增长。', '张涛/摄']);
    const alone = [line('园区企业研发投入持续增长。'), line('摄', 2)];
    expect(splitGluedCredits(alone).map((l) => l.text)).toEqual(['园区企业研发投入持续增长。', '摄']);
  });
});

describe('splitGluedCredits: a credit of two names broken inside the first', () => {
  it('puts "张" / "涛 吴昊/摄" back together after a finished sentence', () => {
    const out = splitGluedCredits([line('集聚相关企业 200 余家。'), line('张', 2), line('涛 吴昊/摄', 3)]);
    expect(out.map((l) => l.text)).toEqual(['集聚相关企业 200 余家。', '张涛 吴昊/摄']);
  });
});
