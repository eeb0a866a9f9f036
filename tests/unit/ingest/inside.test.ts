/**
 * Titles read inside their article's text (a content-stream dump), on small
 * raw pages written for the test: one article whose headline line was
 * printed in the middle of a sentence of its body.
 */
import { describe, expect, it } from 'vitest';
import type { DraftArticle } from '../../../src/lib/ingest/assemble.ts';
import { titlesInside } from '../../../src/lib/ingest/inside.ts';
import { parsePage } from '../../../src/lib/ingest/page.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';

const TITLE = '烟台高新区线下大型就业招聘会“一摊”难求';
const BODY = [
  '本报讯近日,“就”选高新“职”等你来——烟台高',
  '新区线下大型就业招聘会举办。招聘现场共有近百',
  '家优质企业招贤纳才,提供就业岗位 340 余个,人才',
  '需求总量达到 1300 人以上。',
  '此次招聘活动由烟台高新区人力资源和社会保',
  '障局举办,是园区今年以来举办的第 4 场大型线下招',
  '聘会。在认真做好疫情防控、全面宣传发动的前提下,',
];
const REST = [
  '此次招聘得到了园区规模企业和中小微企业积极响',
  '应,招聘展位“一摊”难求,招聘岗位涉及行政管理、电',
  '子商务、智能科技等行业。据统计,此次招聘活动共有',
  '1000 余人入场洽谈,达成初步就业意向 300 余人。',
];
const page = (...lines: string[]) => ['创新园区', ...lines].join('\n') + '\n';
const body = (lines: string[]) => lines.join('').replace(/\s/g, '').replace(/^本报讯/, ''); // (本报讯 is the byline)

describe('titlesInside', () => {
  it('takes the one line inside an open sentence that reads like a title as the headless article\'s title', () => {
    const rec = parsePage(page(...BODY, TITLE, ...REST), { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual([TITLE]);
    expect(rec.articles[0]!.paragraphs.join('').replace(/\s/g, '')).toBe(body([...BODY, ...REST]));
  });

  it('takes the title read before a short line that ends the sentence but opens with what no line starts with ("…超过 95" / "%。")', () => {
    const title = '西安高新区上线企业诉求“直通车”';
    const lines = ['本报讯近日，西安高新区企业诉求“直通车”平台', '正式上线。企业可通过平台在线提交政策咨询、用地', '用工、融资需求等各类诉求，平台将在 24 小时内分', '派至责任部门办理。', '据了解，平台试运行一个月以来，已受理企业诉', '求 326 件，办结率达到 92%，企业满意度超过 95'];
    const rest = ['%。', '西安高新区将定期梳理企业集中反映的共性问', '题，推动相关政策完善，让企业办事更省心、更顺心。', '此前，园区还上线了企业服务热线，为企业提供政', '策解读、项目申报、人才招引等一站式服务，累计受',
      '理企业来电三千余次，问题解决率超过九成，受到园', '区企业普遍好评。'];
    const rec = parsePage(page(...lines, title, ...rest), { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual([title]);
    expect(rec.articles[0]!.paragraphs.join('').replace(/\s/g, '')).toBe(body([...lines, ...rest]));
  });

  it('leaves a line that opens a paragraph (after a finished sentence) in the text', () => {
    const lines = [...BODY.slice(0, 4), '烟台高新区人力资源和社会保障局负责人', '介绍,此次招聘会共吸引 1000 余人入场洽谈。'];
    const rec = parsePage(page(...lines), { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['']);
    expect(rec.articles[0]!.paragraphs.join('').replace(/\s/g, '')).toBe(body(lines));
  });

  it('leaves a line whose last word runs into the next line (the page prints the word elsewhere) in the text', () => {
    // "负责人" is printed whole in the last line: "负责|人" across the lines is a word cut at the line's end
    const lines = [...BODY, '烟台高新区人力资源和社会保障局相关负责', '人介绍,此次招聘得到了园区规模企业和中小微企业积', ...REST.slice(1), '园区负责人表示,将持续举办系列招聘活动。'];
    const rec = parsePage(page(...lines), { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['']);
    expect(rec.articles[0]!.paragraphs.join('').replace(/\s/g, '')).toBe(body(lines));
  });
});

describe('titlesInside on drafted articles', () => {
  /** A headless article drafted from lines of a 22-character column (or of `measure`). */
  const draft = (lines: string[], measure = 22): DraftArticle => ({
    kind: 'article', byline: null, signature: null, start: 0, end: lines.length - 1, firstLine: 1, lastLine: lines.length, closed: false,
    blocks: lines.map((text, i) => ({ kind: 'line', line: { unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false }, pos: i, measure, interrupted: false } })),
  });
  const texts = (a: DraftArticle) => a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text));

  it('takes two lines, the second short, when no one line reads like a title (the first runs on into the second)', () => {
    const lines = [...BODY, '烟台高新区线下大型就业招聘', '会“一摊”难求', ...REST];
    const found = titlesInside([draft(lines)], () => false);
    expect(found?.titles.get(0)?.map((h) => h.text)).toEqual([TITLE]);
    expect(texts(found!.articles[0]!)).toEqual([...BODY, ...REST]);
  });

  it('takes a line as wide as the column when it opens on a zone\'s name, as titles do; not one that opens otherwise', () => {
    const measure = printWidth(TITLE);
    expect(titlesInside([draft([...BODY, TITLE, ...REST], measure)], () => false)?.titles.get(0)?.map((h) => h.text)).toEqual([TITLE]);
    expect(titlesInside([draft([...BODY, '面向园区金种子企业创始人开展实训烟台高新区', ...REST], measure)], () => false)).toBeNull();
  });

  it('takes the line under a one-line title as its subtitle where the sentence goes on past it', () => {
    // set wider than the column
    const wide = titlesInside([draft([...BODY, TITLE, '招聘岗位涉及行政管理电子商务智能科技文化旅游等多个行业', ...REST])], () => false);
    expect(wide?.titles.get(0)?.map((h) => h.text)).toEqual([TITLE, '招聘岗位涉及行政管理电子商务智能科技文化旅游等多个行业']);
    expect(texts(wide!.articles[0]!)).toEqual([...BODY, ...REST]);
    // no running text either, and the sentence the title cut goes on in the line under it (it opens with a comma)
    const open = [...BODY.slice(0, -1), '聘会。在认真做好疫情防控、全面宣传发动的前提下'];
    const after = ['，此次招聘得到了园区规模企业和中小微企业积极响', ...REST.slice(1)];
    const narrow = titlesInside([draft([...open, TITLE, '覆盖多个行业的企业参加', ...after])], () => false);
    expect(narrow?.titles.get(0)?.map((h) => h.text)).toEqual([TITLE, '覆盖多个行业的企业参加']);
  });

  it('takes the line under a title as its subtitle where the line after opens by finishing a clause in a word or two', () => {
    const open = [...BODY.slice(0, -1), '聘会。在认真做好疫情防控、全面宣传发动的前提下'];
    const after = ['表示，此次招聘得到了园区规模企业和中小微企业积极', ...REST.slice(1)];
    const found = titlesInside([draft([...open, TITLE, '覆盖多个行业的企业参加', ...after])], () => false);
    expect(found?.titles.get(0)?.map((h) => h.text)).toEqual([TITLE, '覆盖多个行业的企业参加']);
  });

  it('leaves the line under a title to the text where the sentence the title cut goes on into it', () => {
    const found = titlesInside([draft([...BODY, TITLE, '招聘现场人头攒动', ...REST])], () => false);
    expect(found?.titles.get(0)?.map((h) => h.text)).toEqual([TITLE]);
  });

  it('leaves an article with a headline alone', () => {
    expect(titlesInside([draft([...BODY, TITLE, ...REST])], () => true)).toBeNull();
  });
});
