import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toLines } from '../../../src/lib/ingest/lines.ts';
import { joinLinePieces } from '../../../src/lib/ingest/pieces.ts';
import { dropRepeatedLines } from '../../../src/lib/ingest/repeats.ts';

// A 16-character column as printed, and the same column as pdftotext -raw gives it:
// a new line wherever the PDF starts a new run of glyphs around punctuation.
// (Text alone cannot tell a subhead that exactly fills the rest of a line after
// a sentence's end from that line's tail; the subhead here does not.)
const printed = [
  '高新区今年以来持续优化营商环境，',
  '推动一批重点项目落地见效。园区全',
  '力推进科技型中小企业梯度培育工程',
  '实施高新技术企业倍增计划和创新平',
  '台建设行动计划不断提升企业创新能',
  '力。年新增企业三百余家，其中科技',
  '型企业超过一百家，带动就业五千余',
  '人。',
  '园区负责人表示，将继续加大招商力',
  '度，深化“放管服”改革。',
  '集聚发展新动能',
  '园区聚焦新一代信息技术、生物医药',
  '和高端装备，打造特色产业集群。',
];
const pieces = [
  '高新区今年以来持续优化营商环境，',
  '推动一批重点项目落地见效。',
  '园区全',
  '力推进科技型中小企业梯度培育工程',
  '实施高新技术企业倍增计划和创新平',
  '台建设行动计划不断提升企业创新能',
  '力。',
  '年新增企业三百余家，',
  '其中科技',
  '型企业超过一百家，',
  '带动就业五千余',
  '人。',
  '园区负责人表示，',
  '将继续加大招商力',
  '度，',
  '深化',
  '“放管服”',
  '改革。',
  '集聚发展新动能',
  '园区聚焦新一代信息技术、',
  '生物医药',
  '和高端装备，',
  '打造特色产业集群。',
];

const texts = (text: string) => joinLinePieces(toLines(text)).map((l) => l.text);

describe('joinLinePieces', () => {
  it('groups -raw pieces back into the printed lines', () => {
    expect(texts(pieces.join('\n'))).toEqual(printed);
  });

  it('ends a paragraph on its short last line where the next opens with a lead sentence set in pieces (bold)', () => {
    // "搭建“辅导+实训”培训体系。烟台" is one indented line: the lead sentence in bold, then the paragraph's text
    // (a 17-character column)
    const lead = [
      '园区聚焦新一代信息技术、生物医药和', '高端装备，打造特色产业集群，为烟台', '高新区高质量发展提供了强有力的支撑', '作用，成效显著。', '园区负责人表示，', '将继续加大招商力度',
      '深化改革，', '推动园区企业高质量发展和', '产业集群建设，为区域经济提供强有力', '的支撑。', '搭建', '“辅导+实训”', '培训体系。', '烟台', '市大学生创业园充分利用校地优质资源',
      '积极引进优质教育机构，开设大数据、', '人工智能等中短期培训班，致力打造实',
    ];
    const out = texts(lead.join('\n'));
    expect(out).toContain('的支撑。');
    expect(out).toContain('搭建“辅导+实训”培训体系。烟台');
  });

  it('leaves a page of whole lines as it is', () => {
    expect(texts(printed.join('\n'))).toEqual(printed);
  });

  it('never joins a subhead to the short last line of the paragraph before it', () => {
    const out = texts(pieces.join('\n'));
    expect(out).toContain('度，深化“放管服”改革。');
    expect(out).toContain('集聚发展新动能');
  });

  it('keeps "X高新区：" over a short line without running punctuation apart: an inset headline read inside a sentence', () => {
    const inset = ['服务全链条工', '烟台高新区：', '专精特新中', '小企业知识', '产权护航', '作体系，推动区域创新环境持续优', '化。'];
    const out = texts([...pieces, ...inset].join('\n'));
    expect(out).toContain('烟台高新区：');
    expect(out).toContain('专精特新中');
  });

  it('keeps a signature name apart from the article\'s last sentence when a headline follows it, not running text', () => {
    // an 11-character column of -raw pieces (from a typeset page)
    const column = ['新的技术经济范式形成过', '程中产业变革的能力在酝', '酿提升。根据测算结果，无', '锡高新区创新发展态势整', '体良好，尤其在创新驱动发', '展、', '产业布局调整、', '治理体', '系改革、资源全球整合等', '方面表现突出。',
      '报告指出，无锡高新区', '需再接再厉，发挥园区品牌', '优势，对标先进寻找差距，', '补齐短板全面提升。', '奚小雁', '南宁高新区举办科', '技成果对接会', '近日，南宁高新区举办', '科技成果转移转化对接会。'];
    const out = texts(column.join('\n'));
    expect(out).toContain('奚小雁');
    expect(out).toContain('补齐短板全面提升。');
  });

  it('keeps a signature name apart from the article\'s last sentence when the next article\'s byline follows it', () => {
    // a 13-character column of -raw pieces (from a typeset page); the byline's line runs on into its text
    const column = ['业人才 2000 人。', '东湖高新区相关负责人表', '示，', '光谷将以产业园为载体，', '力', '争到2025年人工智能核心产业', '规模突破 500 亿元。', '胡启明',
      '本报讯(记者 李争粉)近', '日,天津市科学技术局、天津滨', '海新区政府出台《关于促进天'];
    const out = texts(column.join('\n'));
    expect(out).toContain('胡启明');
    expect(out).toContain('规模突破 500 亿元。');
    expect(out).toContain('示，光谷将以产业园为载体，力');
  });

  it('keeps bare lines that end right over a byline apart as its article\'s headline, though one fills the line with the last sentence', () => {
    // a 16-character column of -raw pieces; "学城建设新局面。" and "厦门软件园入驻企" together are 16 characters
    const column = ['“小政府、大服务”改革，深化“放管服”', '改革，', '进一步优化营商环境，激发改', '革创新新活力，开创西部（重庆）科', '学城建设新局面。', '厦门软件园入驻企', '业总数超过 6600', '家',
      '本报讯今年,火红的凤凰花依旧', '在枝头热烈迎着夏末的阳光,亦如炽'];
    const out = texts(column.join('\n'));
    expect(out).toEqual(expect.arrayContaining(['革创新新活力，开创西部（重庆）科', '学城建设新局面。', '厦门软件园入驻企', '业总数超过 6600', '家']));
  });

  it('ends a caption set wider than the column on its own tail, not on the next paragraph\'s first line', () => {
    // a 14-character column of -raw pieces (from a typeset page); the caption runs 16 characters, its photo's width
    const column = ['约 20 万平方米，配备了算力中', '心、数据标注基地和场景测试', '场。', '园区还联合高校设立 AI 人才', '实训基地，', '计划每年培养专业人', '才 2000 人。',
      '武汉东湖高新区一家企业的智能化生', '产线。', '东湖高新区相关负责人表', '示，', '光谷将以产业园为载体，', '力', '争到 2025 年人工智能核心产业'];
    const out = texts(column.join('\n'));
    expect(out).toEqual(expect.arrayContaining(['武汉东湖高新区一家企业的智能化生', '产线。', '东湖高新区相关负责人表']));
  });

  it('still joins a name-like piece that running text goes on from', () => {
    const end = ['其中亿元以上项目 52 个。', '为进一', '步推进产业集群发展,济宁高新区成立', '专班。'];
    expect(texts([...pieces, ...end].join('\n'))).toContain('其中亿元以上项目 52 个。为进一');
  });

  it('joins "图为" cut off at a printed line\'s end to the sentence end before it, but keeps a whole caption apart', () => {
    // -raw pieces of a typeset page: an article, then photo news whose text says 图为 mid-line
    const page = ['合肥高新区智能语音产业集群营收增长两成', '本报讯今年前三季度，合肥高新', '区智能语音及人工智能产业集群实', '现营收约 860 亿元，', '同比增长 20.3%。', '依托中国声谷，合肥高新区集聚',
      '智能语音、', 'AI芯片、', 'IoT设备等领域企', '业1800余家。', '园区新型研发机构加快', '建设，今年新增省级新型研发机构 6', '家，推动关键技术攻关项目 40 余项。', '园区还打造了智能语音开放创',
      '新平台，向中小企业开放语音识别、', '语音合成等核心技术能力，平台日调', '用量超过 50 亿次。', '文/周琳', '苏州工业园区国际人', '才港开港', '日前，苏州工业园区国际人才港正式',
      '开港。该人才港集政策咨询、签证办', '理、创业孵化等功能于一体，将为海'];
    expect(texts([...page, '内外人才提供', '“一站式”', '服务。', '图为外', '籍人才在服务窗口咨询办理业务。', '周洁/摄'].join('\n'))).toContain('内外人才提供“一站式”服务。图为外');
    expect(texts([...page, '内外人才提供', '“一站式”', '服务。', '图为园区一角。', '周洁/摄'].join('\n'))).toContain('图为园区一角。');
  });

  it('reads a page broken only around brackets (no comma ends a piece) back into printed lines', () => {
    // pdftotext -raw starts a new line at a bracket whose glyphs come from another font, in mid-sentence
    const column = [
      '天津滨海高新区积极布局生物医药产', '业医疗器械成为园区生物医药产业特', '色名片之一汇聚了天津市近一半的医',
      '疗器械生产企业同时抢抓倡议带来的', '巨大市场机遇在非洲建立了天津市医', '疗器械（乌干达）服务展销中心成为',
      '天津市医疗器械企业开拓非洲市场的', '桥头堡探索出了基地平台仓储展示全', '链条服务开创外贸转型新模式未来园',
      '区将充分发挥主导产业特色优势进一', '步融入国内国际双循环新发展格局利', '用国家自主创新示范区的先行先试优',
      '势在科技成果转化人才聚集产业促进', '等方面探索以点扩面的新发展模式依', '托《实施方案》重点围绕循环经济现',
      '代纺织绿色食品等三大产业优先选择', '一批企业开展试点为打通国内国际两', '个市场赋能推动贸易高质量发展形成',
      '更高水平对外开放新格局。',
    ];
    const raw = column.flatMap((l) => l.replace('疗器械（乌干达）', '疗器械\n（乌干达）\n').replace('托《实施方案》', '托\n《实施方案》\n').split('\n'));
    expect(raw).toHaveLength(column.length + 4);
    expect(texts(raw.join('\n'))).toEqual(column);
  });

  it('keeps line numbers of the first piece', () => {
    const lines = joinLinePieces(toLines(pieces.join('\n')));
    expect(lines.map((l) => l.no).slice(0, 3)).toEqual([1, 2, 4]);
  });

  it('joins a reporter credit in brackets to the byline it follows, but keeps a signature after a finished sentence apart', () => {
    const page = [...pieces, '本报讯', '（记者 张三）', '近日，', '高新', '区举办', '“科技周”', '活动。', '（李四）'].join('\n');
    const out = texts(page);
    expect(out.slice(-3)).toEqual(['本报讯（记者 张三）近日，高新', '区举办“科技周”活动。', '（李四）']);
  });

  it('never joins a kicker over a headline printed twice (fake bold) to the sentence end before it, though together they fill the measure', () => {
    const page = [...pieces, '园区建设成效显著。', '聚焦高端产业链', '高新区新项目签约落地', '高新区新项目签约落地', '▶ 本报记者 张三', '日前，高新区举行重大项目集中签约仪'].join('\n');
    const out = joinLinePieces(dropRepeatedLines(toLines(page)).lines).map((l) => l.text);
    expect(out).toContain('园区建设成效显著。');
    expect(out).toContain('聚焦高端产业链');
    // without the doubled headline under it, the same two pieces are one printed line
    const plain = [...pieces, '园区建设成效显著。', '聚焦高端产业链', '园区负责人表示，将继续加大招商力'].join('\n');
    expect(texts(plain)).toContain('园区建设成效显著。聚焦高端产业链');
  });

  it('never joins a paragraph\'s last line to the headline after it where together they run over the measure', () => {
    // the line before goes on into "模再上新台阶。"; the kicker after it would make a line of 17 in a 16-character column
    const page = [...pieces, '持续优化产业生态，力争到年底产业规', '模再上新台阶。', '数字经济核心产业增长', '21%', '贵阳高新区“数”', '说发展新动能', '本报讯 今年以来，贵阳高新区以大'].join('\n');
    const out = texts(page);
    expect(out).toContain('模再上新台阶。');
    expect(out).toContain('数字经济核心产业增长');
  });

  it('measures a column whose full lines nearly all hold a comma by the lines of the page that reach it', () => {
    // a typeset corpus page as pdftotext -raw reads it: near its top, most full lines hold a comma, so the
    // lines ending mid-word there are mostly a line's last piece, shorter than the 17-character measure
    const raw = readFileSync(join(import.meta.dirname, '../../fixtures/corpus/dev/pdftotext-raw/dev-0003-p2.txt'), 'utf8');
    const out = texts(raw.split('\n').slice(3, 60).join('\n'));
    for (const line of ['案名单，潍坊高新区的潍坊北航歌尔机', '器人与智能制造研究院、山东赛马力动', '力科技有限公司、山东幸福路教育科技', '限公司 4 家单位上榜。截至目前，潍坊']) {
      expect(out).toContain(line);
    }
  });

  it('keeps a name alone after the last sentence apart as its signature, but joins such a piece where running text goes on', () => {
    const signed = [...pieces, '园区现有各类人才超过十八万人，', '预计每年新增人才一千人以上。', '许晨', '合肥高新区重点项目建设现场。', '郑雪/摄'].join('\n');
    expect(texts(signed)).toContain('许晨');
    // printed: 园区各项建设工作成效很显著。高度 / 重视人才引进和培养工作，不断完善 / 人才服务体系。
    const running = [...pieces, '园区各项建设工作成效很显著。', '高度', '重视人才引进和培养工作，', '不断完善', '人才服务体系。'].join('\n');
    expect(texts(running)).toContain('园区各项建设工作成效很显著。高度');
  });

  it('reads a line of one sentence back as one line where its punctuation, set at half width, lets it fit the measure', () => {
    // printed in 12 characters: 大项目督查调度评价工作办 / 法》，设立重大项目建设“骏 / 马奖”和“蜗牛奖”，凝聚宜春 / …
    const full = ['近年来，', '园区聚焦主导产业', '发展，', '持续推进项目建设提', '速提效，', '全力以赴推动重大', '项目落地见效不断增强发展', '后劲园区签约项目中在建十'];
    const column = ['大项目督查调度评价工作办', '法》', '，设立重大项目建设“骏', '马奖”', '和', '“蜗牛奖”', '，', '凝聚宜春', '市直部门等多方合力，推动', '项目加快建设投产。'];
    const out = texts([...full, ...full, ...column, ...full].join('\n'));
    expect(out).toContain('马奖”和“蜗牛奖”，凝聚宜春');
  });

  it('never joins a photo caption or its credit to the paragraph end before it, though together they fill the measure', () => {
    const page = [...pieces, '营商环境。', '图为高新区核心区一角。', '图片来源：高新区', '园区发展成果。', '高新区企业展示研发成', '果。', '张涛/摄'].join('\n');
    const out = texts(page);
    expect(out).toContain('图为高新区核心区一角。');
    expect(out).toContain('张涛/摄');
  });

  it('keeps a sentence of its own over a photo credit apart as its caption, though with the sentence end before it it fills the measure', () => {
    const out = texts([...pieces, '营商环境。', '园区重点项目建设现场。', '图片来源：高新区'].join('\n'));
    expect(out).toContain('园区重点项目建设现场。');
    expect(out).not.toContain('营商环境。园区重点项目建设现场。');
  });

  it('starts a caption of two or three lines over its credit on a line of its own, after the sentence before it ended', () => {
    const two = texts([...pieces, '合作。', '西安高新区企业研发人员在实验室开展技', '术攻关。', '王晓东/摄'].join('\n'));
    expect(two).not.toContain('合作。西安高新区企业研发人员在实验室开展技');
    const three = texts([...pieces, '电子等行业。', '工作人员在成都高新区政', '务服务大厅为企业办理业', '务。', '图片来源：成都高新区'].join('\n'));
    expect(three.some((l) => l.startsWith('工作人员在成都高新区政'))).toBe(true);
  });

  it('groups pieces back on a page that breaks only a few lines (one in forty ends with a comma piece)', () => {
    // whole printed lines but for one comma piece and a quoted phrase -raw set apart ("开通" / "‘城南通办’" / "业" / "务后")
    const few = [...printed, ...printed, ...printed, '“一般而言，这些事项均需要', '去市级部门或指定地点办理，此', '次西安高新区开通', '‘城南通办’', '业',
      '务后，城南片区的群众就可以就', '近在西安高新区办理业务了。', '园区负责人表示，', '将继续加大招商力度。'];
    const out = texts(few.join('\n'));
    expect(out).toContain('次西安高新区开通‘城南通办’业');
  });

  it('takes no signature\'s bracketed names for a caption\'s first lines (they stay where the pieces put them)', () => {
    // pdftotext -raw of a typeset page's column end (an 18-character column): the signature "（王敏 刘佳）" split over
    // two pieces, then a caption over its credit
    const column = ['在数字产业化方面，贵阳高新区聚', '焦 5G、', 'AI、', '数据中心等领域，', '新引进数字', '经济企业 86 家，其中 5G 应用场景项目',
      '12 个。', '园区内一家 AI 企业研发的智能客', '服系统已服务全国 30 多家银行，', '日均处', '理咨询超过 200 万次。', '在产业数字化方面，贵阳高新区实',
      '施“万企融合”行动，推动传统制造企业', '上云用数赋智，累计建成智能工厂和数', '字化车间 27 个，', '企业生产效率平均提升', '23%。',
      '贵阳高新区有关负责人介绍，园区', '将持续完善数字基础设施，打造全国数', '字经济发展示范区的核心承载区。', '（王敏', '刘佳）',
      '贵阳高新区重点项目建设现场。', '张涛/摄'];
    expect(texts(column.join('\n'))).not.toContain('（王敏');
  });
});
