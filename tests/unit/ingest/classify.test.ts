import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../../src/lib/ingest/classify.ts';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { toUnits } from '../../../src/lib/ingest/units.ts';
import { parsePage } from '../../../src/lib/ingest/page.ts';
import { dropRepeatedLines } from '../../../src/lib/ingest/repeats.ts';
import { joinLinePieces } from '../../../src/lib/ingest/pieces.ts';
import { wrapParagraph } from '../../../src/lib/synth/wrap.ts';

/** Raw lines of a text dump, one per row, no blank lines. */
const text = (...rows: string[]): RawLine[] => rows.map((t, i) => ({ no: i + 1, text: t, gap: 0, lead: false }));

/** Lines of a PDF page: text with its type size against the body. */
const page = (...rows: [string, number][]): RawLine[] =>
  rows.map(([text, size], i) => ({ no: i + 1, text, gap: 0, lead: false, size, em: [...text].length, measure: 16 }));
const kinds = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => e.kind);

describe('classify: photo credits by type size', () => {
  const text: [string, number][] = [
    ['南宁高新区举办科技成果对接会', 2], ['近日，南宁高新区举办科技成果转', 1], ['移转化对接会。来自区内外的40余', 1],
    ['家高校院所参加，签约项目17个。', 1],
  ];
  it('reads a credit set in caption type as a caption, never a signature', () => {
    expect(kinds(page(...text, ['李明/摄', 0.85]))).toEqual(['head', 'body', 'body', 'body', 'caption']);
  });

  it('reads a credit set in body type after the text as its signature', () => {
    expect(kinds(page(...text, ['李明/摄', 1]))).toEqual(['head', 'body', 'body', 'body', 'signature']);
  });
});

describe('classify: captions printed without a credit, where type sizes are unknown', () => {
  /** Lines of extracted text, one printed line each (a 16-character column). */
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  const before = ['北京经开区已集聚机器人产业链企业', '一百五十余家，形成了从核心零部件到', '整机、从研发到应用的完整产业链。园', '区设立了机器人产业专项基金。'];

  it('reads a bare sentence between a paragraph\'s end and an indented line as a caption', () => {
    const lines = text(...before, '北京经开区重点项目建设现场。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'caption', 'body', 'body']);
  });

  it('keeps a bare sentence that opens a paragraph going on in a full line', () => {
    const lines = text(...before, '搭建指导帮扶孵化体系。', '邀请青年创业导师、金融机构负责人、', '青年企业家和专家学者组建导师团。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('keeps a bare sentence that opens a paragraph going on in a full line without punctuation, beside lines widened by theirs', () => {
    // the column is 16 characters; lines with commas count one more, which the print squeezes
    const lines = text(...before, '搭建“辅导+实训”培训体系。', '烟台市大学生创业园充分利用校地优', '质资源，以电子信息产业为核心积极', '引进优质教育机构，开设大数据、人', '工智能等中短期培训班。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('keeps a sentence with inner punctuation as running text', () => {
    const lines = text(...before, '据悉，园区将继续加大投入。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });
  it('keeps a paragraph\'s first line with a comma, measured narrow for its digits, as running text', () => {
    // "2020 年 5 月" prints wider than its half-width digits count: the line reads short of an indented first line
    const lines = text(...before, '2020 年 5 月，北京经开', '区获批机器人产业首批试点园区，以建设', '产业生态为试点目标。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('reads a bare sentence of two lines, the first wider than the column, as a caption set to its photo', () => {
    const lines = text(...before, '北京经开区企业研发人员在实验室开展技术', '攻关。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'caption', 'body', 'body']);
  });

  it('keeps a bare sentence of two lines at the column measure as a short paragraph', () => {
    const lines = text(...before, '北京经开区企业研发人员在实验室开', '展技术攻关。', '北京经开区有关负责人表示，园区', '将加快建设机器人应用场景开放平台。');
    expect(roles(lines).slice(4, 6)).toEqual(['body', 'body']);
  });
});

describe('classify: an inset headline read inside a sentence, where type sizes are unknown', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 16-character column: the paragraph's first line indented by two
  const column = ['近日，合肥高新区发布人才新政十', '条，从人才引进、创业扶持、安居保障、', '子女教育等方面推出一系列举措，单个', '顶尖人才团队最高可获一亿元综合支持。'];

  it('reads two short lines without punctuation between two lines of one sentence as a headline', () => {
    const lines = text(column[0]!, column[1]!, '合肥高新区发布人才', '新政十条', column[2]!, column[3]!);
    expect(roles(lines)).toEqual(['body', 'body', 'head', 'head', 'body', 'body']);
  });

  it('reads a headline whose first line names its zone with a colon as a headline too', () => {
    const lines = text(column[0]!, column[1]!, '包头稀土高新区：党建领航', '打通服务最后一米', column[2]!, column[3]!);
    expect(roles(lines)).toEqual(['body', 'body', 'head', 'head', 'body', 'body']);
    // a colon in running text stops the run
    const running = text(column[0]!, column[1]!, '会上指出：', '打通服务最后一米', column[2]!, column[3]!);
    expect(roles(running).slice(2, 3)).toEqual(['body']);
  });

  it('starts the headline where its stack of narrow lines starts, after sentence lines that happen to hold no punctuation', () => {
    const lines = text(column[0]!, column[1]!, '子女教育等方面推出一系列举措单个', '顶尖人才团队最高可', '合肥高新', '区发布人', '才新政', '获一亿元综合支持，园区还将出台', column[3]!);
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'head', 'head', 'head', 'body', 'body']);
  });

  it('reads a headline whose first line runs the full column as a headline too', () => {
    const lines = text(column[0]!, column[1]!, '合肥高新区发布人才新政十条助', '力产业发展', column[2]!, column[3]!);
    expect(roles(lines)).toEqual(['body', 'body', 'head', 'head', 'body', 'body']);
  });

  it('keeps a full line without punctuation before a short one as running text when more running text follows it', () => {
    const lines = text(column[0]!, column[1]!, '子女教育等方面推出一系列举措', '人才团队', '最高可获一亿元综合支持。');
    expect(roles(lines).slice(0, 3)).toEqual(['body', 'body', 'body']);
  });

  it('leaves the last character of the line before, printed on a line of its own, to that line', () => {
    const narrow = ['转移服务平台，西交大技术转', '移中心石嘴山分中心已经成为', '园区企业与西安高校的对接桥', '梁。通过国家双创升级示范园'];
    const lines = text(...narrow, '区', '石嘴山高新', '区举办双创', '升级工作推', '进会', '建设，充分发挥中央专项资金', '引导作用，营造创新创业环境');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'head', 'head', 'head', 'head', 'body', 'body']);
  });

  it('keeps a paragraph\'s short last line without punctuation as running text', () => {
    const lines = text(column[0]!, column[1]!, '子女教育等方面推出一系列举措', '  单个顶尖人才团队最高可获一亿元', '综合支持。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body']);
  });
});

describe('classify: a headline wrapped at about the column width, where type sizes are unknown', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 17-character column
  const before = ['北京经开区已集聚机器人产业链企业百', '五十余家，形成了从核心零部件到整机', '的完整产业链条，集聚效应日益显现。'];

  it('reads two lines without punctuation after a finished sentence, the second short and unfinished, as a headline', () => {
    // as pdftotext -raw reads it: an article's end, its signature, then a photo-news item in a narrower column
    const end = ['务招商引资，以此作为筑牢济', '南经济高质量发展的顶梁柱、', '压舱石。', '黄鑫'];
    const photoNews = ['近日，南宁高新区举办 2023 年', '科技成果转移转化对接会，来', '自区内外的 40 余家高校院所、', '80 多家企业参加。对接会现场', '签约合作项目 17 个。'];
    expect(roles(text(...end, '南宁高新区举办科技成', '果对接会', ...photoNews))).toEqual([
      'body', 'body', 'body', 'signature', 'head', 'head', 'body', 'body', 'body', 'body', 'body',
    ]);
  });

  it('keeps a paragraph that opens with a full line without punctuation as running text', () => {
    const lines = text(...before, '南宁高新区举办科技成果转移转化对接', '会，来自区内外的四十余家高校院所参', '加，现场签约合作项目十七个。');
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });

});

describe('classify: a headline standing as a block of its own, where an extractor parts blocks by blank lines', () => {
  /** Rows with blank lines where the extractor put them ('' starts a new block). */
  const blocks = (...rows: string[]): RawLine[] => {
    const out: RawLine[] = [];
    let gap = 0;
    rows.forEach((t) => (t ? (out.push({ no: out.length + 1, text: t, gap, lead: false }), (gap = 0)) : gap++));
    return out;
  };
  const roles = (lines: RawLine[], positioned = false) => classify(toUnits(lines, 'wrapped'), 'wrapped', positioned).elements.map((e) => e.kind);
  // a 17-character column, read in blocks (pdfminer): a headline block between a block of another article and a block
  // that goes on with a sentence cut elsewhere
  const other = ['北京经开区已集聚机器人产业链企业百', '五十余家，形成了从核心零部件到整机', '的完整产业链条，集聚效应日益显现。'];
  const headline = ['南宁高新区全力确保一季度经济', '“开门红”'];
  const cut = ['玉”政策体系，出台四个“黄金十条”、', '两个“美玉十条”，并升级至二点零版；', '形成了具有全国影响力的产业政策体系。'];

  it('reads two bare lines standing apart, the last short, as a headline, quotes and all, whatever its first line\'s width', () => {
    expect(roles(blocks(...other, '', ...headline, '', ...cut))).toEqual(['body', 'body', 'body', 'head', 'head', 'body', 'body', 'body']);
  });

  it('leaves them to the running text where positions were read (blank lines are the page\'s spacing), or where a line holds a comma', () => {
    expect(roles(blocks(...other, '', ...headline, '', ...cut), true)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
    const clause = ['南宁高新区全力确保一季度经济，', '“开门红”'];
    expect(roles(blocks(...other, '', ...clause, '', ...cut))).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });
});

describe('classify: a headline printed twice (fake bold), read inside a column of running text', () => {
  const roles = (lines: RawLine[]) =>
    classify(toUnits(dropRepeatedLines(lines).lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  const column = ['搭建“指导+帮扶”孵化体系。邀请', '青年创业导师、金融机构负责人、', '青年企业家、专家学者组建创新创业导', '师服务团，在技能培训、团队构建等方面', '提供全程跟踪指导。'];

  it('is a headline even where its lines run nearly the column measure', () => {
    const lines = text(column[0]!, column[1]!, '烟台高新区以创新创业微生态助', '力企业腾飞', '烟台高新区以创新创业微生态助', '力企业腾飞', column[2]!, column[3]!, column[4]!);
    expect(roles(lines)).toEqual(['body', 'body', 'head', 'head', 'body', 'body', 'body']);
  });

  it('printed once, a line as wide as the column stays running text', () => {
    const lines = text(column[0]!, column[1]!, '烟台高新区以创新创业微生态助', column[2]!, column[3]!, column[4]!);
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });
});

describe('classify: a paragraph cut short by a headline set across its column', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 12-character column; the headline runs across two columns
  const paragraph = ['该报告显示，高新区在', '创新资源、企业创新、创新绩', '效、创新环境四大方面均较', '上年明显提高，十大指标中', '研发人员'];
  const after = ['数、每万名从业人员高新技', '术企业数、劳动生产率等。'];

  it('keeps the paragraph as running text, its short last line too', () => {
    const lines = text('续三年居全市第一。', ...paragraph, '突破95分！某某高新区创新指数连年攀升', ...after);
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'head', 'body', 'body']);
  });

  it('still reads two short lines without punctuation before a headline as headline lines', () => {
    const lines = text('续三年居全市第一。', '创新生态持续优化', '人才集聚效应凸显', '某某高新区创新指数连年攀升', ...after);
    expect(roles(lines).slice(1, 4)).toEqual(['head', 'head', 'head']);
  });
});

describe('classify: a text cut at the foot of its column, right before the next article\'s headline and byline', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 13-character column: the last sentence stops mid-word ("倾斜支") where the column ended
  const paragraph = ['下一步，贵阳高新区大数据发', '展办公室将加大对优秀企业的', '支持力度，推动优秀产品和典型', '案例推广应用，在政策、资金、', '基金等方面给予倾斜支'];
  const next = ['▶ 本报记者 叶伟', '近日，重庆路友光电有限公', '司负责人收到了来自重庆高新', '区的两份“礼物”。'];

  it('keeps the cut line with its paragraph where the headline after it is wider than the column', () => {
    expect(roles(text(...paragraph, '重庆高新区：科技创新高地加速崛起', ...next)).slice(0, 7)).toEqual(['body', 'body', 'body', 'body', 'body', 'head', 'byline']);
  });

  it('still reads two short lines over a byline as a headline where neither is wider than the column', () => {
    expect(roles(text(...paragraph.slice(0, 4), '重庆高新区：科技创新', '高地加速崛起', ...next)).slice(3, 7)).toEqual(['body', 'head', 'head', 'byline']);
  });
});

describe('classify: a paragraph whose last sentence is left open (a signature cut across lines) before a headline', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 14-character column; one line runs over, as justified lines with quotes do
  const paragraph = ['据悉，高新区扎实开展优化营', '商环境三年大行动，取得了明显', '成效。今年以来，面对疫情考验，', '高新区积极推进“网上办”“掌上办”，', '“邮寄办”等措施，新增市场主体', '4165 户。（阮晓莹', '覃圣炜）'];
  const next = ['厦门火炬高新区“火炬＋”企业服务品牌再升级', '近日，厦门火炬高新区发布', '“火炬＋”企业服务品牌升级方', '案，推出涵盖政务、金融、人才', '等领域的 30 项服务举措。'];

  it('stays running text: a full stop inside a line is no headline', () => {
    // the signature broken across its last two lines is read back whole, as the signature
    expect(roles(text('双胜利而努力奋斗。', ...paragraph, ...next)).slice(0, 9)).toEqual([...Array(7).fill('body'), 'signature', 'head']);
  });
});

describe('classify: the running text a headline drawn twice cuts off', () => {
  const roles = (lines: RawLine[]) =>
    classify(toUnits(dropRepeatedLines(lines).lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 12-character column
  const before = ['厦门火炬高新区以厦门', '软件园为核心载体，重点发', '展数字内容、行业应用软件、', '信息安全等细分领域，集聚'];
  const headline = ['厦门火炬高新区软件', '信息业营收突破千亿', '元'];
  const after = ['0 家，其中营收超十亿元企', '业 12 家。'];

  it('is running text: the line drawn once before the doubled lines goes on after them', () => {
    const lines = text(...before, '软件企业超过 300', ...headline, ...headline, ...after);
    expect(roles(lines)).toEqual(['body', 'body', 'body', 'body', 'body', 'head', 'head', 'head', 'body', 'body']);
  });
});

describe('classify: a column narrower than the page\'s measure', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  // a 15-character column, then an article set in a 10-character one
  const wide = [
    '党建引领促发展，凝心聚力谱新篇。', '2022 年，高新区管委会坚持以党', '的建设统领各项工作，激发全体党员', '干部干事创业的热情，推动党的组织',
    '深度嵌入科技创新领域，着力写好科', '学城“科产城”三篇文章，切实以高', '质量党建助推科学城高水平科技创新', '，在新时代新征程全面建设社会主义', '现代化中贡献科学城力量。',
  ];
  const narrow = [
    '本报讯（记者 张伟）近日，商务部公布了', '2020 年新认定国家外贸', '转型升级基地名单，天', '津滨海高新区国家外贸', '转型升级基地（医疗器', '械）凭借产业聚集和特',
    '色带动效应优势成功获', '评。', '据了解，国家外贸', '转型升级基地是国家重', '点扶持和发展的集生', '产、出口功能为一体的', '产业集聚体，是推动外', '贸转型升级的重要举措。',
  ];

  it('reads its full lines as running text, not as a stack of short headline lines', () => {
    expect(roles(text(...wide, ...wide, ...wide, ...narrow)).slice(-14)).toEqual(Array(14).fill('body'));
  });

  it('measures the narrow column by the lines after its first ones, where the wide column ends just before', () => {
    // a typeset corpus page as pdftotext -raw reads it: a 13-character column ends, a 9-character one starts
    // with lines without punctuation, which read against the wide column's measure would be an inset headline
    const raw = readFileSync(join(import.meta.dirname, '../../fixtures/corpus/dev/pdftotext-raw/dev-0002-p1.txt'), 'utf8').split('\n');
    const lines = joinLinePieces(dropRepeatedLines(text(...raw)).lines);
    const kindOf = (t: string) => {
      const e = classify(toUnits(lines, 'wrapped'), 'wrapped').elements.find((x) => 'unit' in x && (x.unit as { text?: string }).text === t);
      return e?.kind;
    };
    for (const t of ['宁高新区召开 2021', '年一季度经济增长', '提速争先开新局工']) expect(kindOf(t)).toBe('body');
  });
});

describe('classify: the section name is read once, from the running header', () => {
  const kindsOf = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => e.kind);

  it('reads short lines under a header that named the section as headline lines, not as a second section', () => {
    const rows = text(
      '创新园区 5', '2022.10.31 星期一 ■ 编辑：刘洋 ■ 组版：赵静', '成都高新区', '打造生物医', '药创新高地', '创新药临床批件数量', '居全国园区前列',
      '本报讯（通讯员 杨帆）今年以来，成都', '高新区生物医药产业持续发展，创新药', '临床批件数量居全国园区前列。',
    );
    expect(kindsOf(rows).slice(0, 7)).toEqual(['furniture', 'furniture', 'head', 'head', 'head', 'head', 'head']);
  });

  it('reads a short name right after the running header, which named no section, as the section', () => {
    // a PDF read by position: the header's pieces first, then the section name set apart, then the first headline
    const rows = text(
      'INNOVATION PARK', '7', '2024.10.28', '星期一', '■ 编辑：刘洋 电话：（010）68071943 ■ 组版：孙悦', '园区动态', '南宁高新区上半年新增市场主体',
      '4165 户', '本报讯 上半年，南宁高新区新增市场主体', '4165 户，同比增长百分之十二，其中企业',
      '占比超过七成。',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements[5]).toMatchObject({ kind: 'furniture', facts: { section: '园区动态' } });
    expect(elements[6]!.kind).toBe('head');
  });

  it('reads a section name with the page number on its line after the header pieces ("园区动态7")', () => {
    const rows = text('2022.7.25', '星期一', '责任编辑：叶伟 校对：何佳', '科技部火炬中心合办', '园区动态7', '西安高新区上线企业诉求“直通车”', '本报讯近日，西安高新区企业诉求“直通车”平台', '正式上线。');
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements[4]).toMatchObject({ kind: 'furniture', facts: { section: '园区动态', page: 7 } });
  });

  it('never reads the rest of a byline line near the header as the page number', () => {
    const rows = text('创新园区', 'INNOVATION PARK', '5', '2022 年 12 月 5 日', '星期一', '包头稀土高新区：党建领航打通服务企', '业“最后一米”',
      '本报讯（特约通讯员 李宝乐）6', '月 25 日，包头稀土高新区召开党建联席会议，', '提出各包联单位要走近企业家。');
    const pages = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.flatMap((e) => (e.kind === 'furniture' && e.facts.page !== undefined ? [e.facts.page] : []));
    expect(pages).toEqual([5]);
  });
});

describe('classify: doubled headline type', () => {
  it('never takes a year alone on its line ("2020", a -raw piece) for a headline printed twice', () => {
    const rows = text(
      '本报讯 近日，中关村软件园发布年度报告，', '园区企业数量和产值均创历史新高，其中', '软件和信息服务业收入同比增长两成以上。',
      '为推动大中小企业融通发展，', '2020', '年中关村软件园先后 4 次组织创新加速营，', '让优秀技术团队与领军企业面对面交流，',
      '促成合作项目三十余个，带动投资十亿元。',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    // read twice it would lose half its digits ("20") and become a title
    expect(elements.filter((e) => e.kind === 'head' && e.doubled)).toEqual([]);
  });

  it('still reads a headline printed twice on one line as one', () => {
    const rows = text('南宁高新区举办招聘会南宁高新区举办招聘会', '本报讯 近日，南宁高新区举办招聘会，', '吸引求职者三千余人。');
    expect(classify(toUnits(rows, 'wrapped'), 'wrapped').elements[0]).toMatchObject({ kind: 'head', text: '南宁高新区举办招聘会' });
  });
});

describe('classify: a sentence over a photo credit', () => {
  const sized = (rows: [string, number][]): RawLine[] => rows.map(([t, size], i) => ({ no: i + 1, text: t, gap: 0, lead: false, size, em: [...t].length * size, measure: 11 }));

  it('where type sizes are known, the end of a sentence of body type under a line cut mid-sentence is running text, not a caption', () => {
    const rows = sized([
      ['合肥高新区发布人才新政十条', 1.6], ['本报讯 近日，合肥高新区发布', 1], ['新政明确，对新引进的', 1], ['博士和博士后，合肥高新区', 1],
      ['将分别给予生活补贴；对', 1], ['在园区创办科技型企业的', 1], ['青年人才，给予最高 500 万元支持。', 1],
      ['图片来源：合肥高新区', 0.85], ['合肥高新区企业展示最新研发成果。', 0.85],
    ]);
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const captions = elements.flatMap((e) => (e.kind === 'block' && e.role === 'caption' ? e.units.map((u) => u.text) : e.kind === 'caption' ? [e.text] : []));
    expect(captions).not.toContain('青年人才，给予最高 500 万元支持。');
  });
});

describe('classify: a one-line caption standing alone', () => {
  it('after the last paragraph of an article, right before the next headline', () => {
    const rows = text(
      '南宁高新区相关负责人表示，下一', '步将继续加大研发投入补助和首', '次认定奖励力度，力争全年新增', '高新技术企业突破 160 家，为建', '设面向东盟的科技创新高地提供',
      '有力支撑。', '南宁高新区重点项目建设现场。', '南宁高新区上半年新增市场主体 4165 户', '本报讯近日,南宁高新区召', '开优化营商环境百日攻坚行动动',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const caption = elements.find((e) => e.kind === 'block' && e.role === 'caption');
    expect(caption && caption.kind === 'block' ? caption.units.map((u) => u.text) : null).toEqual(['南宁高新区重点项目建设现场。']);
  });
});

describe('classify: a caption of two lines set wider than its column', () => {
  it('is told by the characters it prints, beside lines that only look as wide for their quotes and commas', () => {
    const rows = text(
      '械制造、旅游服务等行业,', '上,吸引了大批周边居民和', '高校毕业生前来应聘。据统', '计,此次招聘活动共有 1000', '余人入场洽谈,达成初步就',
      '业意向 300 余人。', '工作人员在烟台高新区政务服', '务大厅为企业办理业务。', '此次招聘会,烟台高新', '区人力资源和社会保障局',
      '除了“送岗位”,还同时“送', '政策”“送服务”。会场专', '门设置了职业指导、就业政', '策、劳动法规、社保医保等',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const caption = elements.find((e) => e.kind === 'block' && e.role === 'caption');
    expect(caption && caption.kind === 'block' ? caption.units.map((u) => u.text) : null).toEqual(['工作人员在烟台高新区政务服', '务大厅为企业办理业务。']);
  });

  it('after the last paragraph of an article, before the next headline (wider than any column line)', () => {
    const rows = text(
      '心仓”等 8 项举措在全国复制推', '广。片区国际贸易“单一窗口”已', '上线服务功能 90 余项，企业通关', '时间进一步压缩。', '示，将继续对标高标准国际经贸',
      '规则，打造更具吸引力的营商环', '境。', '工作人员在厦门自贸片区政务服务大', '厅为企业办理业务。', '济宁高新区:真抓实干赋能高质量发展',
      '▶ 绪言 吴丛 陈丽丽', '第三季度是今年各项工作的', '集中发力期,济宁高新区牢牢把', '握“当标兵、作示范、争一流”总',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const caption = elements.find((e) => e.kind === 'block' && e.role === 'caption');
    expect(caption && caption.kind === 'block' ? caption.units.map((u) => u.text) : null).toEqual(['工作人员在厦门自贸片区政务服务大', '厅为企业办理业务。']);
  });
});

describe('classify: a caption of two lines after an article\'s signature', () => {
  const rows = (caption: string[]) => text(
    '南宁高新区将加快构建跨境数', '字贸易生态，打造面向东盟', '的数字经济合作示范区。', '文/阮晓莹', ...caption,
    '济宁高新区:真抓实干赋能高质量发展', '▶ 绪言 吴丛 陈丽丽', '第三季度是今年各项工作的', '集中发力期,济宁高新区牢牢把',
  );
  const captions = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.flatMap((e) => (e.kind === 'block' && e.role === 'caption' ? [e.units.map((u) => u.text)] : []));

  it('is a caption though no wider than the column: nothing runs on after a signature', () => {
    expect(captions(rows(['南宁高新区企业展示最新研发', '成果。']))).toEqual([['南宁高新区企业展示最新研发', '成果。']]);
  });

  it('is no caption after a photo credit, nor when it is no bare sentence', () => {
    expect(captions(rows(['园区企业展示最新研发成果，', '反响热烈。']))).toEqual([]);
    const afterCredit = rows(['南宁高新区企业展示最新研发', '成果。']).map((l) => (l.text === '文/阮晓莹' ? { ...l, text: '李明/摄' } : l));
    expect(captions(afterCredit).flat()).not.toContain('成果。');
  });
});

describe('classify: the page number on a page read row by row', () => {
  it('is a bare number in a block of its own anywhere, where blank lines set most lines apart', () => {
    const body = Array.from({ length: 30 }, (_, k) => `园区第${k}行的正文内容，继续排满本行`);
    const rows: RawLine[] = [
      '创新园区', '2024.1.22', '科技部火炬中心合办', '星期一', '■ 编辑：刘洋 ■ 组版：王蕾', ...body.slice(0, 26), '5', '成都高新区企业展示最新研发成果。', ...body.slice(26),
    ].map((t, i) => ({ no: i + 1, text: t, gap: 1, lead: false }));
    rows[rows.findIndex((r) => r.text === '5') + 1]!.gap = 0; // read right before the caption, no blank line between
    const pages = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.flatMap((e) => (e.kind === 'furniture' && e.facts.page !== undefined ? [e.facts.page] : []));
    expect(pages).toEqual([5]);
  });
});

describe('classify: one page number per page', () => {
  it('reads a year alone on its line (a -raw piece) near the header as text once the header gave the page', () => {
    const rows = text('创新园区 5', '2022.3.17 星期四 编辑：周晓 组版：何佳', '贵阳高新区 7 项经济指标“飘红”', '本报讯近日从贵阳高新区传来消息，', '2020', '年 1-11 月贵阳高新区 7 项经济指标排名贵阳', '市前列，其中，重大工程和重点项目实现增长。');
    const pages = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.flatMap((e) => (e.kind === 'furniture' && e.facts.page !== undefined ? [e.facts.page] : []));
    expect(pages).toEqual([5]);
  });
});

describe('classify: the page number on a page read in blocks', () => {
  it('is a bare number set apart by blank lines before a photo credit, below the header\'s rows', () => {
    const body = Array.from({ length: 30 }, (_, k) => `园区第${k}行的正文内容，继续排满本行`);
    const rows: RawLine[] = ['创新园区', '2024.1.22', '科技部火炬中心合办', '星期一', '■ 编辑：刘洋 ■ 组版：王蕾', ...body.slice(0, 26), '6', '周洁/摄', ...body.slice(26)]
      .map((t, i) => ({ no: i + 1, text: t, gap: i < 5 || /^(6|周洁\/摄)$/.test(t) ? 1 : 0, lead: false }));
    const pages = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.flatMap((e) => (e.kind === 'furniture' && e.facts.page !== undefined ? [e.facts.page] : []));
    expect(pages).toEqual([6]);
  });
});

describe('classify: photo news right after a signed article', () => {
  it('reads its first full line, which runs on into running text to a photo credit, as text, not a headline', () => {
    const rows = text(
      '至目前,厦门软件园入驻企业总', '数超过 6600 家,371 家企业入选厦', '门市“三高”企业库,各类上市企', '业 56 家。', '（郭伟 李幼君）',
      '目前全国规模最大的元宇宙专业', '展会——2023 昆山元宇宙国际装', '备展近日在昆山国际会展中心举', '行。为期 3 天的展会，吸引了国内',
      '外 130 多家企业参加。', '史赛 胡启伟/摄', '厦门火炬高新区软件信息业营收突破千亿元', '本报讯记者近日从厦门火炬',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const first = elements.find((e) => (e.kind === 'head' || e.kind === 'body') && e.unit.text === '目前全国规模最大的元宇宙专业');
    expect(first?.kind).toBe('body');
  });
  it('counts a line with digits and spaces a little short of the measure as full', () => {
    const rows = text(
      '正是在此通用底盘之上打造，整车没有', '驾驶舱、方向盘、脚踏板及后视镜等传', '统部件，车辆按照对称标准设计，无车', '头、车尾之分，可实现双向移动。该产',
      '品深受国内外客户欢迎，已获得来自西', '班牙、印度、韩国等多个国家的订单。', '文/杨蕾', '目前全国规模最大的元宇宙专业展会', '——2023 昆山元宇宙国际装备展近日', '在昆山国际会展中心举行。为期 3 天的',
      '展会，吸引了国内外 130 多家企业参', '加。该展会集中展示最先进的元宇宙装', '备、最前沿的元宇宙技术、最潮流的元', '能。', '史赛 胡启伟/摄', '西安高新区与成都高新区签署协同创新合作协议',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const first = elements.find((e) => (e.kind === 'head' || e.kind === 'body') && e.unit.text === '目前全国规模最大的元宇宙专业展会');
    expect(first?.kind).toBe('body');
  });
});

describe('classify: photo news set wider than the columns, its credit on its last line', () => {
  it('reads both lines as one photo-news block, however much shorter the last line ends', () => {
    const rows = text(
      '下一步，西部科学城将以四强党支部为目标，', '持续深化三比一做党建活动，发挥基层党组织', '战斗堡垒和党员先锋模范作用，持续激励党员', '干部敢闯敢干、唯实争先，保持奋进者姿态、',
      '创造性张力，当好三个表率，加快党的组织深', '度嵌入科技创新领域，着力写好科学城科产城', '三篇文章，切实以高质量党建助推科学城高水', '平科技创新，在新时代新征程全面建设社会主', '义现代化新重庆中贡献科学城力量。', '南宁高新区举办科技成果对接会',
      '近日，南宁高新区举办 2023 年科技成果转移转化对接会，来自区内外的 40 余家高校院所、80 多家企',
      '业参加。对接会现场签约合作项目 17 个，签约金额约 3.6 亿元。 李明/摄',
    );
    const blocks = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.filter((e) => e.kind === 'block');
    expect(blocks.map((b) => b.kind === 'block' && [b.role, b.units.map((u) => u.no)])).toEqual([['photo', [11, 12]]]);
  });

  it('runs on past a sentence that ends its first line into the lines of the next sentence', () => {
    const rows = text(
      '下一步，西部科学城将以四强党支部为目标，', '持续深化三比一做党建活动，发挥基层党组织', '战斗堡垒和党员先锋模范作用，持续激励党员', '干部敢闯敢干、唯实争先，保持奋进者姿态、',
      '创造性张力，当好三个表率，加快党的组织深', '度嵌入科技创新领域，着力写好科学城科产城', '三篇文章，切实以高质量党建助推科学城高水', '平科技创新，在新时代新征程全面建设社会主', '义现代化新重庆中贡献科学城力量。',
      '目前全国规模最大的元宇宙专业展会——2023 昆山元宇宙国际装备展近日在昆山国际会展中心举行。',
      '为期 3 天的展会，吸引了国内外 130 多家企业参加。该展会集中展示最先进的元宇宙装备、最前沿的元',
      '宇宙技术、最潮流的元宇宙应用，促进产研对接、产需对接、产销对接，为元宇宙产业发展蓄势赋能。', '史赛 胡启伟/摄',
    );
    const blocks = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.filter((e) => e.kind === 'block');
    expect(blocks.map((b) => b.kind === 'block' && [b.role, b.units.map((u) => u.no)])).toEqual([['photo', [10, 11, 12]]]);
  });
});

describe('classify: photo news after a signed article, its first line punctuated only', () => {
  it('reads its first line, which holds a dash and runs on to a credit, as text', () => {
    const rows = text('合肥高新区人才工作部门负责人介绍，园区', '现有各类人才超过 18 万人，新政实施后预计每年', '将新增引进高层次人才 1000 人以上。', '许晨',
      '目前全国规模最大的元宇宙专业展会——2023 昆', '山元宇宙国际装备展近日在昆山国际会展中心举', '行。为期 3 天的展会，吸引了国内外 130 多家企业', '参加。该展会集中展示最先进的元宇宙装备、最前',
      '沿的元宇宙技术、最潮流的元宇宙应用，促进产研', '对接、产需对接、产销对接，为元宇宙产业发展蓄', '势赋能。', '史赛 胡启伟/摄');
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements.find((e) => (e.kind === 'head' || e.kind === 'body') && e.unit.no === 5)?.kind).toBe('body');
  });
});

describe('classify: a paragraph printed without its full stop', () => {
  it('keeps its short last line, after a full line left open, as text even before an indented paragraph', () => {
    const chunk = (t: string) => t.match(/.{1,16}/gu)!;
    // 48 characters: three full lines of a 16-character column, the last one left open
    const open = chunk('邓松说，为引导党员干部持续办实事好事，科技创新局党支部领导班子成员做表率，带队赴科研院所开展党的');
    const next = ['据悉，重庆高新区科技创新局党', ...chunk('支部以争创模范机关为目标，聚焦主责主业，发挥党组织战斗堡垒作用。')];
    const rows = text(...open, '二十大精神', ...next);
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const tail = elements.find((e) => (e.kind === 'head' || e.kind === 'body') && e.unit.text === '二十大精神');
    expect(tail?.kind).toBe('body');
  });
});

describe('classify: a line spread glyph by glyph to the measure', () => {
  it('is running text, even as a paragraph\'s first line with no punctuation', () => {
    const rows = text('数进行测算，深入分析园区', '创新发展的内在变化。', '创 新 指 数 报 告 显', '示，无锡高新区创新发展总', '指数整体呈持续增长的趋势。');
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const spread = elements.find((e) => (e.kind === 'head' || e.kind === 'body') && e.unit.no === 3);
    expect(spread?.kind).toBe('body');
  });

  it('keeps the bare first line of a paragraph before it running text: the spread line runs the full measure, no indented start after a subhead', () => {
    // (a 17-character column; the spread line holds 15 characters, as many as an indented first line)
    const rows = text('高新区今年以来持续优化营商环境，推', '动一批重点项目落地见效，园区全力推', '进科技型中小企业梯度培育工程建设，', '年新增企业三百余家，其中科技型企业', '超过一百家，带动就业五千余人。', '园区还与多所高校共建软件人才', '实 训 基 地 ， 每 年 输 送 专 业 技 术 人 才', '五千余人，有效缓解了企业用工需求，', '园区负责人表示，将继续加大招商力度', '深化“放管服”改革。');
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    const first = elements.find((e) => (e.kind === 'head' || e.kind === 'body') && e.unit.no === 6);
    expect(first?.kind).toBe('body');
  });
});

describe('classify: body type before a photo credit', () => {
  it('is no caption where the source gives type sizes, though it is a sentence of its own', () => {
    const rows: RawLine[] = [
      { no: 1, text: '现了该领域国产药物的突破。', gap: 0, lead: false, size: 1, em: 13, measure: 19 },
      { no: 2, text: '成都高新区相关负责人表示，园区将加', gap: 1, lead: false, size: 1, em: 17, measure: 19 },
      { no: 3, text: '快建设国际生物城，集聚更多全球创新资源。', gap: 0, lead: false, size: 1, em: 19, measure: 19 },
      { no: 4, text: '图片来源：成都高新区', gap: 1, lead: false, size: 0.85, em: 8.5, measure: 19 },
    ];
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements.filter((e) => e.kind === 'body').map((e) => e.kind === 'body' && e.unit.no)).toEqual([1, 2, 3]);
  });
});

describe('classify: a kicker drawn once over a title drawn twice, both read inside a sentence', () => {
  it('takes the kicker for a headline line when the text after the title reads on from the line before the kicker', () => {
    // a pdf.js dump of a typeset page: the title is drawn twice (fake bold), its kicker once
    const raw = ['本报讯（记者 戈清平）记者从中', '国（福建）自由贸易试验区厦门片区', '管委会获悉，今年前三季度厦门自贸', '片区新增市场主体 10326 户，同比', '增长 9.8%，其中新增外资企业 412', '家。',
      '厦门自贸片区持续推进制度创', '新，今年新推出创新举措 36 项，其', '制度创新成果持续释放', '厦门自贸片区新增市场主体逾万户厦门自贸片区新增市场主体逾万户', '中“跨境电商零售进口退货中心仓”等',
      '8 项举措在全国复制推广。片区国际', '贸易“单一窗口”已上线服务功能 90', '余项，企业通关时间进一步压缩。'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    // (text alone cannot tell a kicker from a title's first line: the two lines are the headline, either way)
    expect(rec.articles.map((a) => (a.kicker ?? '') + a.title)).toEqual(['制度创新成果持续释放厦门自贸片区新增市场主体逾万户']);
    expect(rec.articles[0]!.paragraphs[1]).toContain('其中“跨境电商');
  });
});

describe('classify: a page read in blocks between blank lines (pdftotext, pdfminer at newspaper leading)', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  /** Blocks of lines, a blank line between blocks. */
  const blocks = (...bs: string[][]): RawLine[] => {
    let no = 0;
    return bs.flatMap((b, k) => b.map((t, i) => ({ no: (no += i === 0 && k > 0 ? 2 : 1), text: t, gap: i === 0 && k > 0 ? 1 : 0, lead: false })));
  };
  const body = ['本报讯近日，科技部火炬中', '心发布关于同意扬州高新技术', '产业开发区等七十四家高新区', '企业创新积分制实施方案的通知，', '银川高新区成功入选试点。'];

  it('reads a wide title alone in its block over a one-line caption as headline and caption, not one photo text', () => {
    const lines = blocks(['银川高新区获批“企业创新积分制”试点园区'], ['银川高新区企业研发人员在实验室开展技术攻关。'], body);
    expect(roles(lines).slice(0, 2)).toEqual(['head', 'caption']);
  });

  it('reads a full line after a photo credit that a sentence left open runs through as running text, not a headline', () => {
    const open = ['按照实施方案，银川高新', '区将重点围绕循环经济、现代纺', '织、绿色食品等三大产业，优先选'];
    const lines = blocks(body, [...open], ['周洁/摄'], ['取在税务部门有研发费用加计扣', '除的企业开展试点工作。']);
    expect(roles(lines).slice(-4)).toEqual(['body', 'signature', 'body', 'body']);
  });
});

describe('classify: a column set wider than the page\'s usual measure, where widths are counted', () => {
  // most of the page in 20-character columns, one article in 24-character ones
  const NARROW = '近日，南宁高新区举办科技成果转化对接会，来自区内外的四十余家高校院所参加，签约项目十七个，签约金额约三点六亿元，一批成果在园区落地转化。南宁高新区有关负责人表示，园区将持续完善科技成果转化服务体系，推动更多创新成果在园区落地，为企业提供从研发到产业化的全流程服务，打造面向东盟的科技创新高地，助力区域经济高质量发展和产业转型升级。';
  const narrow = ['南宁高新区举办科技成果对接会', ...wrapParagraph(NARROW, 20)];
  const wide = ['西安高新区硬科技产业集群加速成势', '▶ 本报记者 李争粉 通讯员 赵晨阳', '近年来，西安高新区坚持以硬科技为引领，围绕半', '导体、光子、智能终端、新能源汽车等产业方向精准发', '力，一批具有核心竞争力的产业集群加速成势。', '在半导体产业领域，西安高新区依托龙头企业持续', '延链补链，吸引上下游配套企业 200 余家落户，形成了', '涵盖设计、制造、封装测试、材料装备的完整产业链条。', '今年上半年，园区半导体产业产值同比增长 17.6%。', '新能源汽车产业同样表现亮眼。园区整车企业带动', '动力电池、电机电控、汽车电子等配套项目相继开工，本', '地配套率较两年前提高了 12 个百分点。'];

  it('reads a paragraph\'s full last line, as wide as the cut line before it, as its text, not a caption', () => {
    const rec = parsePage([...narrow, ...wide].join('\n'), { file: 't.txt' });
    const xian = rec.articles.find((a) => a.title === '西安高新区硬科技产业集群加速成势')!;
    expect(xian.paragraphs[1]).toBe('在半导体产业领域，西安高新区依托龙头企业持续延链补链，吸引上下游配套企业200余家落户，形成了涵盖设计、制造、封装测试、材料装备的完整产业链条。今年上半年，园区半导体产业产值同比增长17.6%。');
    expect(rec.captions).toEqual([]);
  });
});

describe('classify: a paragraph\'s end over a photo credit', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));

  it('keeps the last lines of a paragraph over a credit in the text when the line above them runs on from running text', () => {
    // "…实现产值" holds no punctuation, as a headline would not, but it goes on from the line above it
    const lines = text('长沙经开区工程机械产业链加速“智造”升级', '本报讯近日，长沙经开区工程机械产', '业链推进大会召开。记者在会上了解到，长', '沙经开区工程机械产业今年预计实现产值', '超过 1800 亿元，产业链本地配套率达到', '65%。', '图片来源：长沙经开区', '长沙经开区以龙头企业为牵引，推动', '上下游企业开展协同研发和智能化改造，', '目前已建成“灯塔工厂”2 家、智能制造示范', '车间 40 余个。');
    expect(roles(lines)).toEqual(['head', 'byline', 'body', 'body', 'body', 'body', 'body', 'caption', 'body', 'body', 'body', 'body']);
  });
});

describe('classify: a full line after a photo credit', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  const before = ['本报讯近日，由中国科学技术发展', '战略研究院、广州生产力促进中心等单', '位联合发布的《广州城市创新指数报', '告 2020》显示，黄埔区创新指数综合得', '分为 95.49 分，居广州市首位。'];

  it('reads a full line with commas after a credit as running text (no headline holds a comma)', () => {
    const lines = text(...before, '孙宇/摄', '该报告显示，黄埔区在创新资源、企', '业创新、创新绩效、创新环境四大方面均', '较上年明显提高。');
    expect(roles(lines).slice(-3)).toEqual(['body', 'body', 'body']);
  });

  it('still reads a full bare line after a signature as a headline', () => {
    const lines = text(...before, '（孙宇）', '黄埔区创新指数连年攀升居广州首', '本报讯 近日，黄埔区发布创新指数。');
    expect(roles(lines).at(-3)).toBe('head');
  });
});

describe('classify: photo news after a signed article', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => (e.kind === 'block' ? e.role : e.kind));
  const signed = ['报告指出，无锡高新区需再接再厉，发', '挥园区品牌优势，对标先进寻找差距，', '补齐短板全面提升。', '文/奚小雁'];

  it('reads its first line as text though it holds no comma, the next a full stop only, and its last line is full', () => {
    const photo = ['成都高新区一家无人机企业的技术人员', '正在调试新一代工业级无人机。今年以', '来，成都高新区航空航天产业加快发展，', '已集聚相关企业两百余家，势头良好。'];
    expect(roles(text(...signed, ...photo, '张涛 吴昊/摄')).slice(4)).toEqual(['body', 'body', 'body', 'body', 'signature']);
  });
});

describe('classify: a number at the top of the page', () => {
  it('reads a year broken off its sentence ("2020" / "年人才…") as text, not as a doubled page number', () => {
    const raw = ['烟台高新区线下大型就业招聘会', '本报讯 近日，烟台高新区举办线下大型', '就业招聘会。此次招聘活动是园区', '2020', '年人才就业招聘系列活动的重要组成部分。', '创新园区', 'INNOVATION PARK', '5', '2023.1.16 星期一', '责任编辑：刘洋 校对：沙欣'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.issue.page).toBe(5);
    expect(rec.articles[0]!.paragraphs.join('')).toContain('园区2020');
  });

  it('still reads the page number over the glyphs of a vertical headline, though the first is a counter ("家")', () => {
    const body = ['本报讯 近日，天津滨海高新区入选国家外', '贸转型升级基地，园区企业积极参与。'];
    const raw = ['创新园区', 'INNOVATION PARK', '2023.1.16 星期一', '', '5', '', '家天', '外津', '贸滨', '', ...body].join('\n');
    expect(parsePage(raw, { file: 't.txt' }).issue.page).toBe(5);
  });
});

describe('classify: the page number read inside the text', () => {
  it('reads a lone number as the page number though the line after it happens to start with a counter ("月")', () => {
    const raw = ['创新园区', '2020年4月27日', '星期一', '', '西安高新区上线企业诉求“直通车”', '', '本报讯 近日，西安高新区企业诉求平台上线。', '据了解，平台试运行一个', '', '5', '', '月以来，已受理企业诉求三百余件。'].join('\n');
    expect(parsePage(raw, { file: 't.txt' }).issue.page).toBe(5);
  });
});

describe('classify: a headline read as the last lines of the text before its byline', () => {
  const before = ['贵阳高新区12家企业入选百企引领名单', '本报讯 近日从贵阳高新区大数据发展办', '公室获悉，下一步，园区将加大对优秀', '企业的支持力度，积极协助企业推广，在'];
  it('reads two or more bare lines right above a byline, after running text, as a headline', () => {
    const lines = text(...before, '政策、资金、基金等方面给予倾斜支', '数字经济核心产业增加值增长 21%', '贵阳高新区“数”说', '发展新动能', '本报讯今年以来，贵阳高新区以大数据为', '引领，加快推进数字产业化和产业数字化，', '数字经济核心产业增加值同比增长。');
    expect(kinds(lines).slice(5, 11)).toEqual(['body', 'head', 'head', 'head', 'byline', 'body']);
  });

  it('leaves a single bare line there in the text (a paragraph\'s last line printed without its stop)', () => {
    const lines = text(...before, '政策、资金、基金等方面给予倾斜支持', '本报讯今年以来，贵阳高新区以大数据为', '引领，加快推进数字产业化和产业数字化，', '数字经济核心产业增加值同比增长。');
    expect(kinds(lines).slice(5, 8)).toEqual(['body', 'byline', 'body']);
  });

  it('reads one unfinished line between a headline and its byline as the subtitle, though it holds a comma', () => {
    const lines = text('济南高新区知识产权融资硕果累累', '建立"闭环服务"模式,累计融资 13.98 亿元', '本报讯近日,国家知识产权局、中国银保监会、国', '家发改委联合发布全国首批知识产权质押融资及保', '险典型案例,济南高新区案例成功入选。');
    expect(kinds(lines).slice(0, 3)).toEqual(['head', 'head', 'byline']);
  });
});

describe('classify: a headline set inside a paragraph\'s first sentence', () => {
  it('reads the paragraph\'s first line, read before the headline, as text when the line after the headline reads on from it', () => {
    // 16-character lines; "表|示" is printed together elsewhere on the page
    const first = wrapParagraph('近日，西安高新区与成都高新区在西安签署协同创新合作协议，负责人表示，两区将在科技成果转化、产业链协同、人才交流等方面开展深度合作。', 16);
    const rest = wrapParagraph('示，两区产业结构互补性强，西安高新区在半导体、光子等领域具有优势，成都高新区在电子信息、生物医药等领域基础雄厚。', 16, 0);
    const lines = text(...first, '西安高新区管委会负责人表', '西安高新区与成都高新区签署协同创新合作协议', ...rest);
    const k = kinds(lines);
    expect(k.slice(first.length, first.length + 3)).toEqual(['body', 'head', 'body']);
  });
});

describe('classify: a page setting a long narrow column beside articles set wider', () => {
  // 13-character columns (fewer lines, more text) and a 9-character one (more lines)
  const wide = wrapParagraph('近日，记者从中关村科技园区管委会获悉，目前中关村已集聚人工智能大模型相关企业超过一百二十家，发布的大模型数量约占全国的四成，人工智能产业呈现集群化发展态势，多家园区企业集中发布了面向医疗、教育、工业设计等领域的行业大模型，累计为中小企业提供算力补贴超过两亿元，并开放数据集。', 13);
  const narrow = wrapParagraph('近日，科技部火炬中心发布通知，公布了全国第三批企业创新积分制实施名单，银川高新区成功入选，成为宁夏回族自治区首个获批试点的国家高新区，下一步，银川高新区将充分利用企业创新积分制政策工具，切实发挥好积分制的作用，推动更多创新要素向企业集聚，全力打造西部创新高地。', 9);
  const lines = text('中关村人工智能大模型企业集聚发展', ...wide, '银川高新区获批企业创新积分制试点园区', ...narrow);

  it('takes the measure most of the text is set in as the page\'s, not the most common line width', () => {
    expect(narrow.length).toBeGreaterThan(wide.length);
    expect(classify(toUnits(lines, 'wrapped'), 'wrapped').pageMeasure).toBe(13);
  });

  it('reads the wider article\'s lines as running text', () => {
    expect(kinds(lines).slice(1, wide.length + 1).every((k) => k === 'body')).toBe(true);
  });
});

describe('classify: a credit whose first name is printed on a line of its own', () => {
  it('reads "史赛" / "胡启伟/摄" under a text of known type as one credit with both names', () => {
    const lines = page(['昆山元宇宙国际装备展近日举行', 2], ['目前全国规模最大的元宇宙专业展会在', 1], ['昆山国际会展中心举行，吸引了国内外', 1],
      ['一百三十多家企业参加。', 1], ['史赛', 1], ['胡启伟/摄', 1]);
    const signatures = classify(toUnits(lines, 'wrapped'), 'wrapped').elements.filter((e) => e.kind === 'signature');
    expect(signatures.map((s) => s.kind === 'signature' && s.unit.names)).toEqual([['史赛', '胡启伟']]);
  });
});

describe('classify: photo news of two lines set wider than the columns', () => {
  it('reads its shorter last line, which ends the sentence, with its first into one photo block', () => {
    const column = ['党建引领促发展，凝心聚力谱新', '篇。重庆高新区管委会机关党委', '组织十八个机关党支部，创新开', '展比效能、比服务、比作风活动。'];
    const rows = text(
      ...column, '成都高新区一家无人机企业的技术人员正在调试新一代工业级无人机。今年以', '来，成都高新区航空航天产业加快发展，已集聚相关企业200余家。',
      '张涛 吴昊/摄', ...column,
    );
    const blocks = classify(toUnits(rows, 'wrapped'), 'wrapped').elements.filter((e) => e.kind === 'block');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ role: 'photo' });
    expect(blocks[0]!.kind === 'block' && blocks[0]!.units.map((u) => u.no)).toEqual([5, 6]);
  });
});

describe('classify: a photo credit after a paragraph in a narrow column', () => {
  it('reads no caption into the paragraph\'s last lines, though the line above them holds no punctuation', () => {
    // the body's first line shares its line with 本报讯; the next line, cut mid-word, has no punctuation at all
    const rows = text(
      '新型研发机构建设提速', '合肥高新区智能语音产业集群营收增长两成', '本报讯今年前三季度，合肥', '高新区智能语音及人工智能产',
      '业集群实现营收约 860 亿元，同', '比增长 20.3%。', '周洁/摄', '依托中国声谷，合肥高新区', '集聚智能语音等领域企业一千',
      '八百余家，园区新型研发机构加', '快建设。',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements.filter((e) => e.kind === 'block')).toEqual([]);
    const body = elements.flatMap((e) => (e.kind === 'body' ? [e.unit.no] : []));
    expect(body).toEqual(expect.arrayContaining([5, 6]));
  });
});

describe('classify: a photo credit under the lines of a sentence cut after a short piece', () => {
  it('reads no caption where the text after the short line reads on from it (the page prints the word across them)', () => {
    const rows = text(
      // (as the article prints it: the short line ends the sentence the line above began)
      '长沙经开区以龙头企业为牵引，推动上下游', '企业开展协同研发，目前已建成一批智能制', '造示范车间，园区内一家企业已建成',
      '智能制造示范车间 40 余个。', '园区一家', '企业的“灯塔工厂”人均产值较改造前', '提高了近一倍。', '周洁/摄', '长沙经开区相关负责人表示，将继续支持企',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements.filter((e) => e.kind === 'block')).toEqual([]);
  });

  it('still reads a sentence under a short headline, over a credit, as the caption', () => {
    const rows = text(
      '长沙经开区以龙头企业为牵引，推动上下游', '企业开展协同研发，目前已建成一批智能制', '造示范车间四十余个。',
      '园区智造新貌', '工作人员在长沙经开区一家企业调试设备。', '周洁/摄', '长沙经开区相关负责人表示，将继续支持企',
    );
    const elements = classify(toUnits(rows, 'wrapped'), 'wrapped').elements;
    expect(elements.find((e) => e.kind === 'block')).toMatchObject({ role: 'caption' });
  });
});

describe('classify: a paragraph\'s first line cut short inside a word', () => {
  const roles = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => e.kind);
  // a 15-character column; the paragraph's first line (indented by two) ends at 表, the word 表示 running on
  const lines = text(
    '本报讯泉州高新区近日召开传统产业数字化', '转型推进会，发布首批二十个数字化转型标', '杆项目，涉及纺织鞋服、机械装备等行业。',
    '泉州高新区有关负责人表', '示，园区将设立专项资金，对企业数字化改', '造项目按投资额给予最高百分之二十补助。',
  );

  it('reads a bare line after a finished paragraph as the next paragraph\'s first line when a word runs from it into the next', () => {
    expect(roles(lines)).toEqual(['byline', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('still reads a bare line over running text that no word runs into as a subhead', () => {
    const subhead = text(...lines.slice(0, 3).map((l) => l.text), '数字化转型步伐加快', '园区将设立专项资金，对企业数字化改造项', '目按投资额给予最高百分之二十的补助。');
    expect(roles(subhead)[4]).toBe('head');
  });

  it('nor where the line under it finishes no clause in its first characters, or stands apart, or no word runs across', () => {
    const rows = lines.map((l) => l.text);
    const under = (next: string, gap = 0) => roles([...text(...rows.slice(0, 4)), { no: 5, text: next, gap, lead: false }, ...text(rows[5]!).map((l) => ({ ...l, no: 6 }))])[4];
    // 表示 runs across, but the line goes on unbroken: a subhead's next line may open with any word
    expect(under('示范园区将设立专项资金，对企业数字化改')).toBe('head');
    // it finishes a clause, but after a blank line
    expect(under('示，园区将设立专项资金，对企业数字化改', 1)).toBe('head');
    // it finishes a clause, but no word runs across (表 / 园)
    expect(under('园，区将设立专项资金，对企业数字化改')).toBe('head');
  });
});
