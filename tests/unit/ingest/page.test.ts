/**
 * The whole pipeline on small raw pages written for the test, one layout
 * feature at a time. Bodies are set in a 16-character column with the
 * paper's two-character first-line indent.
 */
import { describe, expect, it } from 'vitest';
import { lostCharacters } from '../../../src/lib/ingest/coverage.ts';
import { parsePage } from '../../../src/lib/ingest/page.ts';
import { wrapParagraph } from '../../../src/lib/synth/wrap.ts';

/** Lines of a wrapped-style page: every printed line followed by a blank line. */
const page = (...blocks: (string | string[])[]) => blocks.flat().join('\n\n') + '\n';
const column = (...paragraphs: string[]) => paragraphs.flatMap((p) => wrapParagraph(p, 16));

const NANNING = [
  '近日，南宁高新区召开一季度经济工作部署会议，要求全力攻坚主要经济指标，推动工业生产增效。',
  '会议提出，南宁高新区将强化服务稳存量，紧抓投资扩增量，推进产业链精准招商，挖掘园区消费潜力。',
];
const WEIFANG = [
  '近日，潍坊高新区四家单位入选省级新型研发机构备案名单，潍坊高新区省级新型研发机构达到六家。',
  '据悉，新型研发机构是投资主体多元化、运行机制市场化的独立法人组织。',
];

describe('parsePage: wrapped style', () => {
  it('reads headline, byline, body and signature of articles printed in sequence', () => {
    const nanning = column(...NANNING);
    nanning[0] = `本报讯 ${nanning[0]}`;
    nanning[nanning.length - 1] += ' 于彬';
    const weifang = column(...WEIFANG);
    weifang[weifang.length - 1] += ' 乐乐';
    const raw = page('南宁高新区全力确保一季度经济“开门红”', nanning, '潍坊高新区新获批4家省级新型研发机构', '▶ 本报记者 李明', weifang);
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.style).toBe('wrapped');
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”', '潍坊高新区新获批4家省级新型研发机构']);
    const [a, b] = rec.articles;
    expect(a!.byline).toBe('本报讯');
    expect(a!.authors).toEqual(['于彬']);
    expect(a!.paragraphs).toEqual(NANNING);
    expect(a!.zones[0]).toBe('南宁高新区');
    expect(b!.byline).toBe('▶ 本报记者 李明');
    expect(b!.authors).toEqual(['李明', '乐乐']);
    expect(b!.paragraphs).toEqual(WEIFANG);
    expect(lostCharacters(raw, rec)).toBe('');
  });

  it('matches headlines gathered at the end of the page to their bodies by content', () => {
    const nanning = column(...NANNING);
    nanning[nanning.length - 1] += ' 于彬';
    const weifang = column(...WEIFANG);
    weifang[weifang.length - 1] += ' 乐乐';
    const raw = page(['本报讯 ' + nanning[0], ...nanning.slice(1)], ['本报讯 ' + weifang[0], ...weifang.slice(1)], '潍坊高新区新获批4家省级新型研发机构', '南宁高新区全力确保一季度经济“开门红”');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”', '潍坊高新区新获批4家省级新型研发机构']);
    expect(rec.fragments).toEqual([]);
  });

  it('joins "X高新区：" printed on its own line with the rest of the title, and repairs doubled headline type', () => {
    const body = column(...NANNING);
    const raw = page('南宁高新区南宁高新区：：全力确保开门红全力确保开门红', '▶ 本报记者 李明', body, '潍坊高新区：', '新获批4家省级新型研发机构', ['本报讯 ' + column(...WEIFANG)[0], ...column(...WEIFANG).slice(1)]);
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区：全力确保开门红', '潍坊高新区：新获批4家省级新型研发机构']);
    expect(rec.dropped).toBe('南宁高新区：全力确保开门红');
    expect(lostCharacters(raw, rec)).toBe('');
  });

  it('keeps subheads between paragraphs and starts paragraphs at indented lines', () => {
    const raw = page('南宁高新区全力确保一季度经济“开门红”', '▶ 本报记者 李明', column(NANNING[0]!), '强化服务稳存量', column(NANNING[1]!));
    const [a] = parsePage(raw, { file: 't.txt' }).articles;
    expect(a!.subheads).toEqual(['强化服务稳存量']);
    expect(a!.body.map((b) => b.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
  });

  it('reads the running header into the issue and keeps it as furniture', () => {
    const raw = page('创新园区', 'INNOVATIONINNOVATION', '55', '科技部火炬中心合办', '2021.1.25星期一', '■ 编辑：叶伟 ■ 组版：沙欣', '南宁高新区全力确保一季度经济“开门红”', ['本报讯 ' + column(...NANNING)[0], ...column(...NANNING).slice(1)]);
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.issue).toMatchObject({ date: '2021-01-25', page: 5, section: '创新园区', editor: '叶伟', layout: '沙欣', source: 'printed' });
    expect(rec.furniture).toEqual(['创新园区', 'INNOVATION', '5', '科技部火炬中心合办', '2021.1.25星期一', '■ 编辑：叶伟 ■ 组版：沙欣']);
    expect(lostCharacters(raw, rec)).toBe('');
  });

  it('takes the date from the manifest when the page prints none, and otherwise only offers an estimate', () => {
    const raw = page('南宁高新区全力确保一季度经济“开门红”', ['本报讯 2020年12月，' + column(...NANNING)[0], ...column(...NANNING).slice(1)]);
    expect(parsePage(raw, { file: 't.txt', manifest: { date: '2021-01-04', page: 5 } }).issue).toMatchObject({ date: '2021-01-04', page: 5, source: 'manifest', estimatedDate: null });
    expect(parsePage(raw, { file: 't.txt' }).issue).toMatchObject({ date: null, source: null, estimatedDate: '2020-12' });
  });

  it('keeps HTML and script in the text as text', () => {
    const raw = page('南宁高新区发布<script>alert(1)</script>新政', ['本报讯 近日，南宁高新区发布<b>新政</b>。']);
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles[0]!.title).toContain('<script>alert(1)</script>');
    expect(rec.articles[0]!.paragraphs[0]).toBe('近日，南宁高新区发布<b>新政</b>。');
  });

  it('gives the same ids on every run and different ids to different articles', () => {
    const raw = page('南宁高新区全力确保一季度经济“开门红”', ['本报讯 ' + column(...NANNING)[0], ...column(...NANNING).slice(1)], '潍坊高新区新获批4家省级新型研发机构', ['本报讯 ' + column(...WEIFANG)[0], ...column(...WEIFANG).slice(1)]);
    const ids = parsePage(raw, { file: 'a.txt' }).articles.map((a) => a.id);
    expect(parsePage(raw, { file: 'b.txt' }).articles.map((a) => a.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^[a-z2-9]{10}$/);
  });
});

describe('parsePage: spaced style', () => {
  it('cuts long lines back into column lines and finds paragraphs, bylines and signatures', () => {
    const para = (p: string) => wrapParagraph(p.replace(/，/g, ',').replace(/：/g, ':'), 16).join(' ');
    const raw = [
      '创新园区', '', '南宁高新区:全力确保一季度经济"开门红"', '',
      `本报讯 ${para(NANNING[0]!)}`, '', `${para(NANNING[1]!)} 于彬`, '',
      '潍坊高新区:新获批4家省级新型研发机构', '', `本报讯(记者 李明)${para(WEIFANG[0]!)}`, '', para(WEIFANG[1]!), '',
    ].join('\n');
    const rec = parsePage(raw, { file: 's.txt' });
    expect(rec.style).toBe('spaced');
    expect(rec.articles.map((a) => [a.title, a.byline, a.authors, a.paragraphs.length])).toEqual([
      ['南宁高新区:全力确保一季度经济"开门红"', '本报讯', ['于彬'], 2],
      ['潍坊高新区:新获批4家省级新型研发机构', '本报讯(记者 李明)', ['李明'], 2],
    ]);
    expect(rec.furniture).toEqual(['创新园区']);
    expect(lostCharacters(raw, rec)).toBe('');
  });
});

describe('parsePage: paragraph style', () => {
  it('joins a paragraph cut by a photo credit and keeps the credit as a caption', () => {
    const long = (p: string) => p + p.replace(/南宁/g, '本区').replace(/潍坊/g, '该区');
    const first = long(NANNING[0]!);
    const cut = 40;
    const raw = [
      '南宁高新区全力确保一季度经济“开门红”', '', `本报讯 ${first.slice(0, cut)}`, '', '图片来源：南宁高新区', '', first.slice(cut), '', `${long(NANNING[1]!)} 于彬`, '',
      '潍坊高新区新获批4家省级新型研发机构', '', `本报讯 ${long(WEIFANG[0]!)}`, '', long(WEIFANG[1]!), '',
    ].join('\n');
    const rec = parsePage(raw, { file: 'p.txt' });
    expect(rec.style).toBe('paragraph');
    expect(rec.articles[0]!.paragraphs).toEqual([first, long(NANNING[1]!)]);
    expect(rec.captions.map((c) => c.text)).toEqual(['图片来源：南宁高新区']);
    expect(rec.articles[0]!.captions).toEqual(['图片来源：南宁高新区']);
    expect(rec.articles[1]!.title).toBe('潍坊高新区新获批4家省级新型研发机构');
    expect(lostCharacters(raw, rec)).toBe('');
  });
});

describe('parsePage: a subhead read apart from its article', () => {
  it('reads a short headline that names no zone, over text about the zone of an article read before, as that article\'s subhead', () => {
    // read in blocks, the lower part of a column (its subhead and text) comes out after the next article
    const more = '南宁高新区党工委始终坚持党建引领，聚焦作示范、勇争先目标，积极探索党建加发展模式，下好高质量发展一盘棋。南宁高新区还建立了党员干部蹲点服务企业的工作机制，推动一季度经济工作落实。';
    const nanning = column(...NANNING);
    nanning[0] = `本报讯 ${nanning[0]}`;
    const weifang = column(...WEIFANG);
    weifang[weifang.length - 1] += ' 乐乐';
    const raw = page('南宁高新区全力确保一季度经济“开门红”', nanning, '潍坊高新区新获批4家省级新型研发机构', weifang, '党建引领聚合力', column(more));
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles.map((a) => a.title)).toEqual(['南宁高新区全力确保一季度经济“开门红”', '潍坊高新区新获批4家省级新型研发机构']);
    expect(rec.articles[0]!.paragraphs).toEqual([...NANNING, more]);
    expect(rec.articles[0]!.subheads).toEqual(['党建引领聚合力']);
    expect(lostCharacters(raw, rec)).toBe('');
  });
});
