import { describe, expect, it } from 'vitest';
import { headlinesInSentences, type LineDraft } from '../../../src/lib/ingest/insets.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';

/** Body drafts of a 14-character column, as the classifier drafts them. */
const body = (...rows: string[]): LineDraft[] =>
  rows.map((text, i) => ({ kind: 'body', measure: 14, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } }));

describe('headlinesInSentences', () => {
  const before = ['西安高新区在半导体、光子等领', '域具有优势，成都高新区在电子', '厚。合作将推动双方创新资源共', '享，共同打造西部科'];
  const inset = ['西安高新区与', '成都高新区签', '署协同创新合', '作协议'];

  it('finds a headline read between a cut line and the full line that goes on with its sentence', () => {
    const drafts = body(...before, ...inset, '技创新走廊，推动两区产业协同', '发展。');
    expect(headlinesInSentences(drafts)).toEqual([4, 5, 6, 7]);
  });

  it('takes the short line over a narrow stack as its kicker where the text after the stack finishes the clause left open', () => {
    // "…负责人表" / kicker / stack / "示，将…" (表示); the page prints 作示 too ("合作示范区"), which says nothing
    const drafts = body('该中心拓展东盟市场，产品销往', '新加坡、马来西亚、越南等国家。', '南宁高新区相关负责人表', '聚焦东盟开放合作', '南宁高新区跨', '境数字贸易加', '速发展',
      '示，将持续完善跨境数字贸易生', '态，打造面向东盟的数字经济合', '作示范区。');
    expect(headlinesInSentences(drafts)).toEqual([3, 4, 5, 6]);
  });

  it('takes the short line right over a narrow stack as its kicker, under a full line of the sentence', () => {
    // all read as body so far: "…功能 90" (full) / kicker / a two-line stack / "余项，…" (a number and its unit across)
    const drafts = body('“跨境电商零售进口退货中心仓”等 8', '项举措在全国复制推广。片区国际贸', '易“单一窗口”已上线服务功能 90', '制度创新成果持续释放', '厦门自贸片区新增', '市场主体逾万户',
      '余项，企业通关时间进一步压缩。', '片区管委会有关负责人表示，将');
    expect(headlinesInSentences(drafts.map((d) => ({ ...d, measure: 16 })))).toEqual([3, 4, 5]);
  });

  it('takes the short line under a full line of the sentence, over headline lines, as their kicker (a number and its unit across)', () => {
    const drafts: LineDraft[] = [...body('“跨境电商零售进口退货中心仓”等 8', '项举措在全国复制推广。片区国际贸', '易“单一窗口”已上线服务功能 90', '制度创新成果持续释放'),
      ...['厦门自贸片区新增', '市场主体逾万户'].map((text, k): LineDraft => ({ kind: 'head', unit: { kind: 'text', no: 5 + k, text, width: printWidth(text), gap: 0, lineStart: false, row: 4 + k, afterByline: false } })),
      ...body('余项，企业通关时间进一步压缩。', '片区管委会有关负责人表示，将')];
    expect(headlinesInSentences(drafts)).toEqual([3]);
  });

  it('finds a stack of three narrow lines or more before the sentence\'s end on a short line of its own', () => {
    const drafts = body(...before, ...inset, '技创新走廊。', '据悉，西安高新区还将组织');
    expect(headlinesInSentences(drafts)).toEqual([4, 5, 6, 7]);
  });

  it('finds such a stack whose last line runs longer than the others, though short', () => {
    const drafts = body(...before, '烟台高新区线', '下大型就业招', '聘会“一摊”难求', '技创新走廊。', '据悉，西安高新区还将组织');
    expect(headlinesInSentences(drafts)).toEqual([4, 5, 6]);
  });

  it('leaves the paragraph\'s short last line before the stack when the sentence runs through it (words across both its ends are printed elsewhere)', () => {
    // "走廊" and "格局" are printed in the second line: "走|廊建设新格" and "新格|局。" are words cut at line ends
    const drafts = body('西安高新区在半导体、光子等领', '域具有优势，科技创新走廊格局', '初显。合作将推动双方创新资源', '共享，共同打造西部科技创新走', '廊建设新格', ...inset, '局。', '据悉，西安高新区还将组织');
    expect(headlinesInSentences(drafts)).toEqual([5, 6, 7, 8]);
  });

  it('leaves two short lines before a short sentence end: a paragraph may end so', () => {
    const drafts = body(...before, '西安高新区与', '成都高新区', '技创新走廊。');
    expect(headlinesInSentences(drafts)).toEqual([]);
  });
});

describe('headlinesInSentences: a stack with its subtitle read inside a sentence', () => {
  const lines17 = (...rows: string[]): LineDraft[] =>
    rows.map((text, i) => ({ kind: 'body', measure: 17, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } }));
  const before = ['研究到生产制造的全链条服务。园区一', '家企业自主研发的抗肿瘤新药今年获批上', '市，实现了该领域国产药物的突破。', '成都高新区相关负责人表示，园区'];

  it('finds a stack over headline lines already taken for headline type, when a full line goes on past them', () => {
    // "…支持外资" / stack / "新高" and its subtitle (classified headline lines already) / "研发中心发展的专项政策，在"
    const drafts: LineDraft[] = body('苏州工业园区商务部门介绍，园', '区已出台支持外资', '苏州工业园', '区外资研发', '中心数量创', '新高', '——全年新增外资研发', '中心 15 家',
      '研发中心发展的专项政策，在研', '发设备进口、人才引进等方面');
    for (const k of [5, 6, 7]) drafts[k] = { ...drafts[k]!, kind: 'head' };
    expect(headlinesInSentences(drafts)).toEqual(expect.arrayContaining([2, 3, 4]));
    expect(headlinesInSentences(drafts)).not.toContain(1);
  });

  it('takes the dash-opened subtitle under the stack for the headline\'s too, when a full line goes on after it', () => {
    const drafts = lines17(...before, '成都高新区打造', '生物医药创新高', '地', '——创新药临床批件数量居全国', '园区前列', '将加快建设国际生物城，集聚更多全球创', '新资源。');
    expect(headlinesInSentences(drafts)).toEqual([4, 5, 6, 7, 8]);
  });

  it('leaves a dash line that goes on with running text', () => {
    const drafts = lines17(...before, '成都高新区打造', '生物医药创新高', '地', '——创新药临床批件数量居全国，', '园区前列。');
    expect(headlinesInSentences(drafts)).not.toContain(7);
  });
});

describe('headlinesInSentences: a kicker read inside the sentence with its title', () => {
  const withTitle = (rows: LineDraft[], at: number, title: string): LineDraft[] => {
    const out = [...rows];
    out.splice(at, 0, { kind: 'head', unit: { kind: 'text', no: 0, text: title, width: printWidth(title), gap: 0, lineStart: false, row: 0, afterByline: false } });
    return out;
  };

  it('takes the short line before the title for its kicker when the text after the title reads on from the line before it', () => {
    const drafts = withTitle(body('依托中国声谷，园区集聚智能语', '音企业1800余家。园', '新型研发机构建设提速', '区新型研发机构加快建设，今年', '新增省级新型研发机构6家。', '园区将持续推进产业集聚发展。'), 3, '合肥高新区智能语音产业集群营收增长两成');
    expect(headlinesInSentences(drafts)).toEqual([2]);
  });

  it('takes two short lines in a row inside a sentence, before a headline line, for the headline\'s own, though no word runs across', () => {
    // "…项目到位" / "贵阳高新区 7" / "项经济指标“飘" / 红” (title type) / a line spread to the measure
    const spread = body('资金完成155.56亿元，同比增长').map((d) => ({ ...d, unit: { ...(d.unit as object), spread: true } }));
    const rows = [...body('工业投资完成 44.04 亿元，同', '比增长 136.8%，完成全年目标', '97.9%；新引进产业项目到位', '贵阳高新区 7', '项经济指标“飘'), ...spread, ...body('14.02%，提前完成全年目标任')];
    expect(headlinesInSentences(withTitle(rows, 5, '红”'))).toEqual([3, 4]);
  });

  it('takes a headline\'s lines read inside a sentence for its own where the line after them is spread to the measure', () => {
    // (its digits print narrow: spread glyph by glyph, it runs the full measure though its characters do not)
    const spread = body('资金完成155.56亿元，同比').map((d) => ({ ...d, unit: { ...(d.unit as object), spread: true } }));
    const rows = [...body('工业投资完成 44.04 亿元，同', '比增长 136.8%，完成全年目标', '97.9%；新引进产业项目到位', '贵阳高新区 7', '项经济指标“飘', '红”'), ...spread, ...body('14.02%，提前完成全年目标任')];
    expect(headlinesInSentences(rows)).toEqual([3, 4, 5]);
  });

  it('leaves one short line before a headline line when no word runs across', () => {
    const rows = body('工业投资完成 44.04 亿元，同', '比增长 136.8%，完成全年目标', '任务的 97.9%；新引进产业项', '目到位', '资金完成 155.56 亿元，同比增长', '14.02%，提前完成全年目标任');
    expect(headlinesInSentences(withTitle(rows, 4, '贵阳高新区7项经济指标“飘红”'))).toEqual([]);
  });

  it('leaves a short line the text after the title reads on from', () => {
    const drafts = withTitle(body('八大指标的综合得分居广州市各', '区首位，分别为每万名从业人员中', '从事研究人员', '数、每万名从业人员高新技术企', '业数。研究人员数同比增长。'), 3, '广州市黄埔区创新指数连年攀升');
    expect(headlinesInSentences(drafts)).toEqual([]);
  });
});

describe('headlinesInSentences: a title and its subtitle read inside a sentence', () => {
  const lines17 = (...rows: string[]): LineDraft[] =>
    rows.map((text, i) => ({ kind: 'body', measure: 17, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } }));

  it('takes a line and a dash-opened subtitle for headline lines when the text after them reads on from the line before', () => {
    const drafts = lines17('一家总部位于欧洲的医疗器械企业今年', '在园区设立研发中心，负责人表示，公', '苏州工业园区外资研发中心数量创新高', '——全年新增外资研发中心 15 家', '司在华业务收入持续增长，园区完善的产', '业配套是其追加投资的重要原因。公司表示将扩大投资。');
    expect(headlinesInSentences(drafts)).toEqual([2, 3]);
  });

  it('leaves a dash that goes on with the sentence it stands in', () => {
    const drafts = lines17('目前全国规模最大的元宇宙专业展会，展', '会吸引了众多企业参加，最大的专业展会', '昆山国际会展中心举行元宇宙国际装备', '——2023 昆山元宇宙国际装备展近日', '在昆山国际会展中心举行，吸引国内外多', '家企业参加。');
    expect(headlinesInSentences(drafts)).toEqual([]);
  });
});

describe('headlinesInSentences: a zone\'s name broken before its colon', () => {
  it('takes the line that begins the zone\'s name with the headline', () => {
    const drafts = body('“翰凯斯以自动驾驶技术探', '索重塑未来城市空间的方式，通', '过重新定义车辆的设计、制', '贵阳高新', '区：一企', '业入选“达', '沃斯”技术', '先锋社区', '造和交互方式，设计出全球首个', '开源自动驾驶通用底盘。');
    expect(headlinesInSentences(drafts)).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('headlinesInSentences: a short kicker over a title as wide as the column, read inside a sentence', () => {
  const lines16 = (...rows: string[]): LineDraft[] =>
    rows.map((text, i) => ({ kind: 'body', measure: 16, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } }));

  it('takes both for headline lines when the text after them reads on from the line before', () => {
    const drafts = lines16('其中新增外资企业 412 家。', '厦门自贸片区持续推进制度创', '制度创新成果持续释放', '厦门自贸片区新增市场主体逾万户', '新，今年新推出创新举措 36 项，其中“跨', '境电商零售进口退货中心仓”等举措在全', '国复制推广，推动制度创新。');
    expect(headlinesInSentences(drafts)).toEqual([2, 3]);
  });

  it('does so when the text after them ends its paragraph on a short line (its last)', () => {
    // "…今年新增省级新型研发机构，推" / kicker / title / "动关键技术攻关四十余项。" (推动)
    const drafts = lines16('依托中国声谷，合肥高新区集聚智能语', '音企业千余家。园区新型研发机构加快', '建设，今年新增省级新型研发机构，推', '新型研发机构建设提速', '合肥高新区智能语音产业集群营收增长', '动关键技术攻关四十余项。', '园区还打造了智能语音开放创新平台，');
    expect(headlinesInSentences(drafts)).toEqual([3, 4]);
  });
});
