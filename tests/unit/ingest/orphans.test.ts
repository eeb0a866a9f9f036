import { describe, expect, it } from 'vitest';
import type { DraftArticle } from '../../../src/lib/ingest/assemble.ts';
import { captionsReadAsText, joinHeadlessByWords, joinHeadlessText } from '../../../src/lib/ingest/orphans.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';

/** A draft article of the given lines; `signed` adds a signature. */
function article(lines: string[], signed = false): DraftArticle {
  return {
    kind: 'article', byline: null, start: 0, end: 0, firstLine: 1, lastLine: lines.length, closed: signed,
    signature: signed ? { names: ['郭伟'], printed: '（郭伟）' } : null,
    blocks: lines.map((text, i) => ({ kind: 'line', line: { pos: i, measure: 16, interrupted: i === 0, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } } })),
  };
}
const texts = (a: DraftArticle) => a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text));

describe('joinHeadlessText', () => {
  const open = article(['其中，“百企引领”优秀产品范围是基础', '算法、系统平台等自主研发的产品。入选', '意味着政府、行业对其技术能力和研发成果']);
  const signed = article(['园区还与多所高校共建软件人才实训基地，', '每年输送专业技术人才五千余人。'], true);
  const orphan = article(['下一步，贵阳高新区大数据发展办公室将加', '大对优秀企业的支持力度，给予倾斜支持。']);

  it('gives text without a headline to the nearest open article before it, past one that ended', () => {
    const out = joinHeadlessText([open, signed, orphan], (i) => i < 2);
    expect(out?.map(texts)).toEqual([[...texts(open), ...texts(orphan)], texts(signed)]);
  });

  it('leaves it where every article before it ended, or the open one has no headline', () => {
    expect(joinHeadlessText([signed, orphan], (i) => i < 1)).toBeNull();
    expect(joinHeadlessText([open, orphan], () => false)).toBeNull();
  });
});

describe('joinHeadlessByWords', () => {
  const nanning = article(['南宁高新区上半年新增市场主体四千余户，', '南宁高新区持续优化营商环境，推行网上办', '掌上办等六办措施，市场主体活力进一步激发。'], true);
  const beijing = article(['北京经开区迎来又一批机器人产业项目落地，', '八家企业集中入驻园区机器人产业园，涉及', '人形机器人、手术机器人等领域。']);
  const stray = article(['北京经开区有关负责人表示，园区将加快建设', '机器人应用场景开放平台，支持企业在智能', '制造、医疗健康、商贸物流等领域开展示范', '应用，推动机器人产业集群发展。']);
  const textOf = (list: DraftArticle[]) => (i: number) => texts(list[i]!).join('');

  it('gives headless text to the headed article naming the zone it names, after it when read after it', () => {
    const list = [nanning, beijing, article(['南宁高新区工作人员为企业办理业务，已累计', '服务企业三千余家，办理事项一万余件。']), stray];
    const out = joinHeadlessByWords(list, (i) => i < 2 || i === 2, textOf(list));
    expect(out?.articles.map(texts)).toEqual([texts(nanning), [...texts(beijing), ...texts(stray)], texts(list[2]!)]);
  });

  it('puts it before the article when read before it', () => {
    const before = [stray, nanning, beijing];
    expect(joinHeadlessByWords(before, (i) => i > 0, textOf(before))?.articles.map(texts)).toEqual([texts(nanning), [...texts(stray), ...texts(beijing)]]);
  });

  it('puts it after the article when read before it but signed, or before an article that 本报讯 opens: the article\'s end, read first', () => {
    const signedStray = { ...stray, signature: { names: ['赵琳'], printed: '（赵琳）' } };
    const signedFirst = [signedStray, nanning, beijing];
    const out = joinHeadlessByWords(signedFirst, (i) => i > 0, textOf(signedFirst));
    expect(out?.articles.map(texts)).toEqual([texts(nanning), [...texts(beijing), ...texts(stray)]]);
    expect(out?.articles[1]!.signature?.printed).toBe('（赵琳）');
    const news = { ...beijing, byline: { byline: '本报讯', authors: [], rest: '' } };
    const newsFirst = [stray, nanning, news];
    expect(joinHeadlessByWords(newsFirst, (i) => i > 0, textOf(newsFirst))?.articles.map(texts)).toEqual([texts(nanning), [...texts(beijing), ...texts(stray)]]);
  });

  it('leaves apart text over a photo credit read before an article (photo news)', () => {
    const photoNews = { ...stray, signature: { names: ['张涛'], printed: '张涛/摄' } };
    const list = [photoNews, nanning, beijing];
    expect(joinHeadlessByWords(list, (i) => i > 0, textOf(list))).toBeNull();
  });

  it('among articles naming its zone, takes the one printing clearly more of its words; none where words tell nothing', () => {
    const twin = article(['北京经开区机器人产业园已入驻企业三十家，', '园区将加快建设机器人应用场景开放平台，', '支持企业开展示范应用。']);
    const both = [beijing, twin, stray];
    expect(joinHeadlessByWords(both, (i) => i < 2, textOf(both))?.articles.map(texts)).toEqual([texts(beijing), [...texts(twin), ...texts(stray)]]);
    const plain = article(['今年以来，各项工作稳步推进，取得积极成效，', '下一步将继续抓好落实，确保完成全年目标任务，', '为推动经济社会高质量发展作出新的更大贡献。']);
    const none = [nanning, beijing, plain];
    expect(joinHeadlessByWords(none, (i) => i < 2, textOf(none))).toBeNull();
  });

  it('never joins a caption-long text, nor signed text to a signed article', () => {
    const caption = [beijing, article(['北京经开区企业展示最新研发成果。'])];
    expect(joinHeadlessByWords(caption, (i) => i === 0, textOf(caption))).toBeNull();
    const signedStray = { ...stray, signature: { names: ['赵琳'], printed: '（赵琳）' } };
    const signedBeijing = { ...beijing, signature: { names: ['郭伟'], printed: '（郭伟）' } };
    const list = [signedBeijing, signedStray];
    expect(joinHeadlessByWords(list, (i) => i === 0, textOf(list))).toBeNull();
  });
});

describe('captionsReadAsText', () => {
  it('takes a headless one-sentence text out of the articles as a caption, and leaves longer or signed ones', () => {
    const caption = article(['潍坊高新区企业展示最新研发成果。']);
    const headed = article(['潍坊高新区新获批四家省级新型研发机构，', '潍坊高新区新型研发机构总数达到二十家。']);
    const two = article(['潍坊高新区企业展示成果。', '图为研发现场。']);
    const out = captionsReadAsText([headed, caption, two, article(['潍坊高新区企业展示最新研发成果。'], true)], (i) => i === 0);
    expect(out?.articles.map(texts)).toEqual([texts(headed), texts(two), ['潍坊高新区企业展示最新研发成果。']]);
    expect(out?.captions.map((c) => c.text)).toEqual(['潍坊高新区企业展示最新研发成果。']);
  });
});
