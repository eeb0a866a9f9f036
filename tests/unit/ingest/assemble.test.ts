/**
 * Article assembly on small raw pages written for the test (wrapped style,
 * a 16-character column with the paper's two-character first-line indent).
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/lib/ingest/assemble.ts';
import { classify } from '../../../src/lib/ingest/classify.ts';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { parseLines, parsePage } from '../../../src/lib/ingest/page.ts';
import { toUnits, type TextUnit } from '../../../src/lib/ingest/units.ts';
import type { Element } from '../../../src/lib/ingest/classify.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';
import { wrapParagraph } from '../../../src/lib/synth/wrap.ts';

const page = (...blocks: (string | string[])[]) => blocks.flat().join('\n\n') + '\n';
const column = (...paragraphs: string[]) => paragraphs.flatMap((p) => wrapParagraph(p, 16));

const TEXT = [
  '近日，南宁高新区召开一季度经济工作部署会议，要求全力攻坚主要经济指标，推动工业生产增效。',
  '会议提出，南宁高新区将强化服务稳存量，紧抓投资扩增量，推进产业链精准招商，挖掘园区消费潜力。',
];

describe('assemble: photo credits', () => {
  it('reads a photo credit that breaks into a sentence as a caption, and the article on', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const cut = lines.findIndex((l) => /[\u4e00-\u9fff]$/.test(l) && l !== lines[0]);
    const raw = page('南宁高新区全力确保一季度经济“开门红”', lines.slice(0, cut + 1), '郑雪/摄', lines.slice(cut + 1));
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[0]!.authors).toEqual([]);
    expect(rec.captions.map((c) => c.text)).toContain('郑雪/摄');
  });

  it('reads a photo credit before a subhead, inside an article with a byline, as a caption, and the article on', () => {
    const more = '南宁高新区还将优化营商环境，为企业提供全周期服务，推动重点项目早落地、早投产。';
    const raw = page('南宁高新区全力确保一季度经济“开门红”', '▶ 本报记者 郭伟', column(TEXT[0]!), '强化服务稳存量', column(TEXT[1]!), '郑雪/摄', '优化营商环境', column(more));
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.paragraphs).toEqual([...TEXT, more]);
    expect(rec.articles[0]!.subheads).toEqual(['强化服务稳存量', '优化营商环境']);
    expect(rec.articles[0]!.authors).toEqual(['郭伟']);
    expect(rec.captions.map((c) => c.text)).toContain('郑雪/摄');
  });

  it('reads a paragraph of one sentence that runs on to a photo credit, under which the article goes on on its topic, as the article\'s', () => {
    // (set without its indent, as pdftotext -raw reads it, the paragraph looks like photo news: only what follows the credit tells)
    const sentence = '据了解，为持续优化南宁高新区营商环境，不断增强企业和群众办事体验感，南宁高新区今年以来相继与周边城区联合推出跨区通办服务并逐步扩大通办领域和范围。';
    const more = '南宁高新区相关负责人表示，下一步将进一步加强与兄弟城区政务服务部门的沟通联系，持续梳理通办事项。';
    const lines = column(TEXT[0]!);
    lines[0] = `本报讯 ${lines[0]}`;
    const raw = page('南宁高新区全力确保一季度经济“开门红”', lines, wrapParagraph(sentence, 16, 0), '张涛/摄', column(more), '（郑雪）');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article']);
    expect(rec.articles[0]!.paragraphs).toEqual([TEXT[0], sentence, more]);
    expect(rec.captions.map((c) => c.text)).toContain('张涛/摄');
  });

  it('still reads a credit after the last sentence as the article\'s signature', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const raw = page('南宁高新区全力确保一季度经济“开门红”', lines, '郑雪/摄');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.authors).toEqual(['郑雪']);
  });
});

describe('assemble: photo news', () => {
  // a photo news item: one paragraph set without an indent, full lines, a short last line, the photographer's credit
  const PHOTO = '目前全国规模最大的元宇宙专业展会在昆山国际会展中心举行，为期三天的展会吸引了国内外一百三十多家企业参加。';

  it('reads an unindented paragraph run on to a photo credit, after a finished article, as photo news of its own', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const photo = wrapParagraph(PHOTO, 16, 0);
    const raw = page('南宁高新区全力确保一季度经济“开门红”', lines, photo, '史赛 胡启伟/摄');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[0]!.authors).toEqual([]);
    expect(rec.articles[1]!.paragraphs).toEqual([PHOTO]);
    expect(rec.articles[1]!.authors).toEqual(['史赛', '胡启伟']);
  });

  it('keeps photo news under its title whole where its first sentence fills its first line', () => {
    // as a text dump gives it, no blank lines: the title, then one paragraph set without an indent, then the credit
    const text = '日前，苏州工业园区国际人才港正式开港。该人才港集政策咨询、签证办理、创业孵化等功能于一体，将为海内外人才提供一站式服务。';
    const photo = wrapParagraph(text, 19, 0);
    expect(photo[0]).toBe('日前，苏州工业园区国际人才港正式开港。');
    const lines = [...column(TEXT[0]!), '苏州工业园区国际人才港开港', ...photo, '周洁/摄'].map((t, i) => ({ no: i + 1, text: t, gap: 0, lead: false }));
    lines[0]!.text = `本报讯 ${lines[0]!.text}`;
    const rec = parseLines({ text: '', lines, sha256: '' }, { file: 't.txt' });
    const item = rec.articles.find((a) => a.title === '苏州工业园区国际人才港开港');
    expect(item?.paragraphs).toEqual([text]);
    expect(rec.articles).toHaveLength(2);
  });

  it('reads photo news whose credit begins with a name read apart from the rest ("张涛" / "吴昊/摄") as photo news too', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, ...wrapParagraph(PHOTO, 16, 0), '张涛', '吴昊/摄'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[1]!.paragraphs).toEqual([PHOTO]);
  });

  it('reads photo news whose last line happens to fill the column as photo news too', () => {
    // 64 characters: four full lines, the last ending the sentence at the measure
    const FULL = '近日，全国规模最大的元宇宙专业展会在昆山国际会展中心举行，为期三天，吸引了国内外一百三十多家企业参加，集中展示最新的元宇宙技术。';
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, ...wrapParagraph(FULL, 16, 0), '史赛 胡启伟/摄'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
  });

  it('reads a photo credit after an article its reporter signed in the byline as the photo\'s caption, not an author', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯（记者 覃明） ${lines[0]}`;
    const rec = parsePage(page('南宁高新区全力确保一季度经济“开门红”', lines, '李明/摄'), { file: 't.txt' });
    expect(rec.articles[0]!.authors).toEqual(['覃明']);
    expect(rec.captions.map((c) => c.text)).toContain('李明/摄');
  });

  it('reads photo news right under the credit of a photo of the article before it as photo news of its own', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯（记者 覃明） ${lines[0]}`;
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, '李明/摄', ...wrapParagraph(PHOTO, 16, 0), '史赛 胡启伟/摄'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[1]!.paragraphs).toEqual([PHOTO]);
    expect(rec.articles[1]!.authors).toEqual(['史赛', '胡启伟']);
  });

  it('keeps photo news whole that starts right after a signed article, where one of its full lines ends a sentence', () => {
    // a 14-character column; the item is one paragraph without an indent, its credit's name read on its last line
    const article = ['本报讯近日,科技部火炬中心发布', '企业创新积分制试点园区名单,银', '川高新区成功入选。下一步,园区', '将推动各类生产要素向区内科技企', '业有效集聚,助力企业加快发展,为', '高新区企业科技创新提供制度保障,', '全力打造国家高新区高质量发展升', '级版。（眭永华）'];
    const photo = ['目前全国规模最大的元宇宙专', '业展会——2023 昆山元宇宙国', '际装备展近日在昆山国际会展', '中心举行。为期 3 天的展会，吸', '引了国内外 130 多家企业参加。', '该展会集中展示最先进的元宇', '宙装备、最前沿的元宇宙技术、', '最潮流的元宇宙应用，促进产研', '对接、产需对接、产销对接，为', '元宇宙产业发展蓄势赋能。 史'];
    const rec = parsePage(['银川高新区获批企业创新积分制试点园区', ...article, ...photo, '赛 胡启伟/摄'].join('\n'), { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[1]!.paragraphs.join('').replace(/\s/g, '')).toBe(photo.join('').replace(/\s|史$/g, ''));
    expect(rec.articles[1]!.authors).toEqual(['史赛', '胡启伟']);
  });

  it('keeps photo news whole that starts under another photo\'s credit, where one of its full lines ends a sentence', () => {
    // the item's first sentence fills its line exactly: the paragraph goes on, no second item starts there
    const FIRST = '目前全国规模最大的元宇宙专业展会近日在昆山国际会展中心隆重举行，吸引国内外一百三十多家企业参加。';
    const REST = '该展会集中展示最前沿的元宇宙技术和最潮流的元宇宙应用，为产业发展蓄势赋能。';
    expect([...FIRST].length % 16).toBe(0);
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    // read from a PDF: type sizes known (headline 1.6, text 1, a credit under a photo 0.85), a column of 16 em
    const sized = (text: string, size: number): RawLine => ({ no: 0, text, gap: 0, lead: false, size, em: [...text].length * size, measure: 16 });
    const rows = [
      sized('南宁高新区全力确保一季度经济“开门红”', 1.6), ...lines.map((l) => sized(l, 1)), sized('文/于彬', 1), sized('吴昊/摄', 0.85),
      ...wrapParagraph(FIRST + REST, 16, 0).map((l) => sized(l, 1)), sized('史赛 胡启伟/摄', 1), // set on from the text, in its type
    ].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((a) => a.paragraphs.join(''))).toContain(FIRST + REST);
  });

  it('reads photo news set apart after an article (a new block of a positioned page) whose full lines end sentences', () => {
    const FIRST = '目前全国规模最大的元宇宙专业展会近日在昆山国际会展中心隆重举行，吸引国内外一百三十多家企业参加。';
    const REST = '该展会集中展示最前沿的元宇宙技术和最潮流的元宇宙应用，为产业发展蓄势赋能。';
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const photo = wrapParagraph(FIRST + REST, 16, 0).map((l, i) => sized(l, 1, i === 0 ? 1 : 0));
    const rows = [sized('南宁高新区全力确保一季度经济“开门红”', 1.6), ...lines.map((l) => sized(l, 1)), ...photo, sized('史赛 胡启伟/摄', 1)].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[1]!.paragraphs).toEqual([FIRST + REST]);
  });

  it('reads photo news on another zone, set narrower than the column, whose full lines end sentences, as an item of its own', () => {
    const FIRST = '成都高新区一家无人机企业的技术人员正在调试新一代工业级无人机。';
    const REST = '今年以来，成都高新区航空航天产业加快发展，已集聚相关企业两百余家。';
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    // 15 characters a line: FIRST ends on a full line, with no blank line before the item (a text dump)
    const photo = wrapParagraph(FIRST + REST, 15, 0);
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, ...photo, '张涛 吴昊/摄'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[1]!.paragraphs).toEqual([FIRST + REST]);
  });

  it('keeps a paragraph read in one block with the text before it (a positioned page) in its article, though a photo credit follows', () => {
    const LAST = '对接会现场签约合作项目十七个，签约金额约三点六亿元，一批成果在园区落地转化。';
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const lines = column(...TEXT).map((l) => sized(l, 1));
    const last = wrapParagraph(LAST, 16, 0).map((l) => sized(l, 1));
    const rows = [sized('南宁高新区举办科技成果对接会', 1.6), ...lines, ...last, sized('李明/摄', 1)].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article']);
    expect(rec.articles[0]!.paragraphs.join('')).toBe([...TEXT, LAST].join(''));
  });

  it('reads a photo credit between two paragraphs of an article (after a finished sentence) as the photo\'s, the article going on', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const cut = lines.findIndex((l) => l.endsWith('。'));
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines.slice(0, cut + 1), '王晓东/摄', ...lines.slice(cut + 1)].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[0]!.authors).toEqual([]);
    expect(rec.captions.map((c) => c.text)).toContain('王晓东/摄');
  });

  it('keeps an indented last paragraph signed by a photographer in its article', () => {
    const lines = column(...TEXT, PHOTO);
    lines[0] = `本报讯 ${lines[0]}`;
    const rec = parsePage(page('南宁高新区全力确保一季度经济“开门红”', lines, '史赛 胡启伟/摄'), { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article']);
    expect(rec.articles[0]!.paragraphs).toEqual([...TEXT, PHOTO]);
  });
});

describe('assemble: a vertical headline read glyph by glyph', () => {
  const lines = (...rows: string[]): RawLine[] => rows.map((t, i) => ({ no: i + 1, text: t, gap: 0, lead: false }));
  const heads = (rows: RawLine[]) => assemble(classify(toUnits(rows, 'wrapped'), 'wrapped').elements).heads.map((h) => h.text);
  const weifang = ['近日，潍坊高新区四家单位入选省', '级新型研发机构备案名单，潍坊高新区', '省级新型研发机构达到六家。'];
  const nanning = ['近日，南宁高新区召开一季度经济', '工作部署会议，要求全力攻坚主要经济', '指标，推动工业生产增效。'];

  it('keeps the glyph stack apart from the headline printed right under it', () => {
    const rows = lines(...weifang, ...'潍坊高新区新获批研发机构', '南宁高新区部署', '一季度经济工作', ...nanning);
    expect(heads(rows)).toEqual(['潍坊高新区新获批研发机构', '南宁高新区部署一季度经济工作']);
  });
});

describe('assemble: a headline read inside a sentence', () => {
  const unit = (no: number, text: string): TextUnit => ({ kind: 'text', no, text, width: printWidth(text), gap: 0, lineStart: false, row: no, afterByline: false });
  const body = (no: number, text: string, measure: number): Element => ({ kind: 'body', unit: unit(no, text), measure });
  const head = (no: number, text: string): Element => ({ kind: 'head', unit: unit(no, text), text, dropped: '', colon: false, doubled: false });

  it('leaves the sentence going on in a full line of the column, whatever measure was guessed for the few lines after it', () => {
    const elements = [
      body(1, '合肥高新区人才工作部门负责', 15), body(2, '人介绍，园区现有各类人才超过', 15),
      head(3, '合肥高新区'), head(4, '发布人才新'), head(5, '政十条'),
      body(6, '18 万人，新政实施后预计每年将新', 10), body(7, '增引进高层次人才 1000 人以上。', 10),
    ];
    expect(assemble(elements).articles.map((a) => a.blocks.length)).toEqual([4]);
  });
});

describe('assemble: a paragraph before a photo credit, in a column whose measure was guessed short', () => {
  const unit = (no: number, text: string): TextUnit => ({ kind: 'text', no, text, width: printWidth(text), gap: 0, lineStart: false, row: no, afterByline: false });
  const body = (no: number, text: string): Element => ({ kind: 'body', unit: unit(no, text), measure: 16 });

  it('is no photo news when its first line is indented against the lines after it', () => {
    const elements: Element[] = [
      body(1, '基地连续两年获国务院督查激励。'), body(2, '该报告显示，此次黄埔区首次获得'), body(3, '全社会 R&D 经费支出指标综合得分第'), body(4, '一。2019 年，黄埔区全社会 R&D 经费投'),
      body(5, 'GDP 比重达 4.38%，成为广州市首个投'), body(6, '过 1 亿元。'), { kind: 'signature', unit: { kind: 'signature', no: 7, row: 7, names: ['周洁'], printed: '周洁/摄', gap: 0 } },
      body(8, '值得注意的是，近年来，黄埔区不'), body(9, '断加大财政科技支出力度。'),
    ];
    expect(assemble(elements).articles.map((a) => a.kind)).toEqual(['article']);
  });
});

describe('assemble: headlines in title type', () => {
  it('reads a headline set in title type after a finished article on the same zone as the next article\'s, not a subhead', () => {
    const NEXT = ['2020年，南宁市市场监督管理局高新分局持续优化生态环境，深入实施质量强区战略和知识产权战略，取得显著成效。'];
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const first = column(...TEXT).map((l) => sized(l, 1));
    const rows = [
      sized('南宁高新区全力确保一季度经济“开门红”', 1.8), ...first,
      // a kicker and a title on the first article's zone, with no byline: only their type tells them from a subhead
      sized('扎实推进质量强区和知识产权示范园区建设', 1.2, 1), sized('南宁高新区聚焦优化生态环境', 1.8), ...column(...NEXT).map((l, i) => sized(l, 1, i === 0 ? 1 : 0)),
    ].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”', '南宁高新区聚焦优化生态环境']);
    expect(rec.articles[1]!.kicker).toBe('扎实推进质量强区和知识产权示范园区建设');
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[1]!.paragraphs).toEqual(NEXT);
  });

  it('still reads a line in near-body type between two paragraphs as a subhead, though it names the zone', () => {
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const [a, b] = TEXT.map((p) => column(p).map((l) => sized(l, 1)));
    const rows = [sized('南宁高新区全力确保一季度经济“开门红”', 1.8), ...a!, sized('南宁高新区强化服务', 1.12, 1), ...b!.map((l, i) => (i === 0 ? { ...l, gap: 1 } : l))].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.subheads).toEqual(['南宁高新区强化服务']);
  });

  it('reads a headline in title type read inside an article that had none as that article\'s own', () => {
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const [a, b] = TEXT.map((p) => column(p).map((l) => sized(l, 1)));
    a![0] = { ...a![0]!, text: `本报讯 ${a![0]!.text}` };
    // the headline, set beside the first paragraph, read after it
    const rows = [...a!, sized('南宁高新区全力确保一季度经济“开门红”', 2.3, 1), ...b!.map((l, i) => (i === 0 ? { ...l, gap: 1 } : l))].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((x) => x.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
  });
});

describe('assemble: photo news and headline type in a text dump', () => {
  it('reads photo news whose full lines carry digits (counted narrower) after an unsigned article as an item of its own', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    // 16 characters a line; "200" and its spaces count 1.5 where they print about 2
    const photo = ['成都高新区一家无人机企业的技术', '人员正在调试新一代工业级无人机。', '今年以来，成都高新区航空航天产业', '加快发展，已集聚相关企业 200 余', '家。'];
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, ...photo, '张涛 吴昊/摄'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[1]!.authors).toEqual(['张涛', '吴昊']);
  });

  it('reads a headline printed twice (fake bold) between two articles on one zone as the next one\'s, not a subhead', () => {
    const NEXT = '南宁高新区持续优化生态环境，深入实施质量强区战略和知识产权战略，取得显著成效。';
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, '南宁高新区聚焦优化生态环境', '南宁高新区聚焦优化生态环境', ...column(NEXT)].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”', '南宁高新区聚焦优化生态环境']);
    expect(rec.articles[1]!.paragraphs).toEqual([NEXT]);
  });
});

describe('assemble: photo news after a signed article', () => {
  it('reads a text with no headline nor byline, signed by its photographer, as photo news', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const photo = ['成都高新区一家无人机企业的技术人员', '正在调试新一代工业级无人机。今年以', '来，成都高新区航空航天产业加快发展，', '已集聚相关企业两百余家。'];
    const raw = ['南宁高新区全力确保一季度经济“开门红”', ...lines, '文/于彬', ...photo, '张涛 吴昊/摄'].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => [a.kind, a.authors])).toEqual([['article', ['于彬']], ['photo-news', ['张涛', '吴昊']]]);
  });
});

describe('assemble: photo news after a caption', () => {
  it('reads photo news right after the caption of the article before\'s photo as an item of its own', () => {
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const PHOTO = '成都高新区一家无人机企业的技术人员正在调试新一代工业级无人机。今年以来，成都高新区航空航天产业加快发展，已集聚相关企业两百余家。';
    const rows = [
      sized('南宁高新区全力确保一季度经济“开门红”', 1.8), ...column(...TEXT).map((l) => sized(l, 1)),
      sized('工作人员在南宁高新区政务服务大厅为企业办理业务。', 0.85, 1),
      ...wrapParagraph(PHOTO, 16, 0).map((l, i) => sized(l, 1, i === 0 ? 1 : 0)), sized('张涛 吴昊/摄', 1),
    ].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((a) => a.kind)).toEqual(['article', 'photo-news']);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[1]!.paragraphs).toEqual([PHOTO]);
  });
});

describe('assemble: a kicker drawn once over a title drawn twice (fake bold)', () => {
  it('reads the lines drawn once before the title\'s lines drawn twice as its kicker', () => {
    const body = column('日前，武汉东湖高新区举行重大项目集中签约仪式，16个项目现场签约，总投资约320亿元。', '东湖高新区相关负责人表示，光谷将以光芯屏端网产业为核心，持续招引产业链关键环节项目。');
    const raw = ['瞄准光电子信息产业高端环节', '东湖高新区“光芯屏端网”', '再添新项目', '东湖高新区“光芯屏端网”', '再添新项目', '▶ 本报通讯员 胡静 吴凡', ...body].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => [a.kicker, a.title])).toEqual([['瞄准光电子信息产业高端环节', '东湖高新区“光芯屏端网”再添新项目']]);
  });
});

describe('assemble: photo news after a caption of two lines', () => {
  it('keeps photo news whole that starts after a caption broken across two lines, where one of its full lines ends a sentence', () => {
    // a pdf.js text dump: a signed article, its photo's caption in two lines, then photo news in an 18-character column
    const raw = [
      '北京经开区机器人产业再添“新军”', '本报讯 近日，北京经开区迎来又一批机器人产', '业项目落地，8 家企业集中入驻园区机器人产', '业园，涵盖工业机器人和服务机器人领域。', '北京经开区将支持企业在智能制造、医疗健康、商贸物', '流等领域开展示范应用。（赵琳）',
      '北京经开区企业研发人员在实验室开展技术攻', '关。',
      '目前全国规模最大的元宇宙专业展会', '——2023 昆山元宇宙国际装备展近日', '在昆山国际会展中心举行。为期 3 天的', '展会，吸引了国内外 130 多家企业参加。',
      '该展会集中展示最先进的元宇宙装备、', '最前沿的元宇宙技术、最潮流的元宇宙', '应用，促进产研对接、产需对接、产销对', '接，为元宇宙产业发展蓄势赋能。 史赛', '胡启伟/摄',
    ].join('\n');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(2);
    expect(rec.articles[1]!.paragraphs.join('')).toMatch(/^目前全国规模最大.*多家企业参加。该展会集中展示.*蓄势赋能。$/);
  });
});

describe('assemble: a subhead over an article\'s last paragraph', () => {
  it('stays a subhead though the next article, on another zone, follows that paragraph at once', () => {
    const sized = (text: string, size: number, gap = 0): RawLine => ({ no: 0, text, gap, lead: false, size, em: [...text].length * size, measure: 16 });
    const LAST = '在金融服务方面，园区联合二十余家金融机构推出科技贷系列产品，服务科技型中小企业。';
    const NEXT = '日前，苏州工业园区国际人才港正式开港，将为海内外人才提供一站式服务。';
    const rows = [
      sized('南宁高新区全力确保一季度经济“开门红”', 1.8), ...column(...TEXT).map((l) => sized(l, 1)),
      sized('金融服务更精准', 1.12, 1), ...column(LAST).map((l, i) => sized(l, 1, i === 0 ? 1 : 0)),
      sized('苏州工业园区国际人才港开港', 1.8, 1), ...column(NEXT).map((l, i) => sized(l, 1, i === 0 ? 1 : 0)),
    ].map((l, i) => ({ ...l, no: i + 1 }));
    const rec = parseLines({ text: rows.map((l) => l.text).join('\n'), lines: rows, style: 'wrapped', sha256: '' }, { file: 't.pdf' });
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”', '苏州工业园区国际人才港开港']);
    expect(rec.articles[0]!.subheads).toEqual(['金融服务更精准']);
    expect(rec.articles[0]!.paragraphs).toEqual([...TEXT, LAST]);
  });
});

describe('assemble: a paragraph\'s first line read as a subhead', () => {
  it('goes back into its paragraph where the next line finishes its last word', () => {
    const LEAD = '搭建“指导+帮扶”孵化体系。邀请青年创业导师、金融机构负责人组建导师服务团，提供全程跟踪指导。';
    // the lead's first line ends before its last word's last character: "…孵化体" / "系。邀请…"
    const lines = [...column(TEXT[0]!), '搭建“指导+帮扶”孵化体', '系。邀请青年创业导师、金融机构负', '责人组建导师服务团，提供全程跟踪指', '导。'];
    expect(lines.slice(-4).join('')).toBe(LEAD);
    lines[0] = `本报讯 ${lines[0]}`;
    const rec = parsePage(page('南宁高新区全力确保一季度经济“开门红”', lines), { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.subheads).toEqual([]);
    expect(rec.articles[0]!.paragraphs.join('')).toBe(TEXT[0]! + LEAD);
  });

  it('stays a subhead where the next line opens with a sentence of its own', () => {
    const lines = [...column(TEXT[0]!), '强化服务稳存量', ...column(TEXT[1]!)];
    lines[0] = `本报讯 ${lines[0]}`;
    const rec = parsePage(page('南宁高新区全力确保一季度经济“开门红”', lines), { file: 't.txt' });
    expect(rec.articles[0]!.subheads).toEqual(['强化服务稳存量']);
  });
});
