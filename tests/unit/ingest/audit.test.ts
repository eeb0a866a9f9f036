/**
 * Audit fixtures: small realistic pages, one per issue case, with expectations
 * written by hand from what a reader of the printed page sees (FORMAT.md of the
 * gold set), never from the parser's output. Every case also checks that no
 * character of the raw page is lost. Soft assertions, so one run reports every
 * difference of a case.
 */
import { describe, expect, it } from 'vitest';
import { lostCharacters } from '../../../src/lib/ingest/coverage.ts';
import { parseDocument } from '../../../src/lib/ingest/document.ts';
import { parsePage } from '../../../src/lib/ingest/page.ts';
import type { ArticleRecord, PageRecord } from '../../../src/lib/types.ts';

const parse = (raw: string): PageRecord => parsePage(raw, { file: 'x.txt' });
const titles = (rec: PageRecord) => rec.articles.map((a) => a.title);
const noSpace = (s: string | null | undefined) => (s == null ? s : s.replace(/\s+/g, ''));
const sortChars = (s: string) => [...s.replace(/\s+/g, '')].sort().join('');
/** Every text field of an article that a reader sees as headline. */
const headlineTexts = (a: ArticleRecord) => [a.kicker, a.title, a.subtitle].filter((t): t is string => !!t);
const nothingLost = (raw: string, rec: PageRecord) => expect.soft(lostCharacters(raw, rec), 'characters lost').toBe('');

describe('1. a wrapped page with no blank lines at all', () => {
  const raw = `南宁高新区上半年新增市场主体4165户
本报讯 今年上半年，南宁
高新区新登记市场主体4165户，
同比增长12.6%，其中新登记企
业2317户，占新增市场主体总数
的55.6%。
据了解，南宁高新区持续深
化商事制度改革，推行企业开办
“一窗通办”，企业开办时间压
缩至半个工作日以内，为市场主
体发展营造了良好环境。 阮晓莹
潍坊高新区4家单位获批省级新型研发机构
本报讯（记者 李明）近日，
山东省科技厅公布2023年度省级
新型研发机构备案名单，潍坊高
新区4家单位入选。
截至目前，潍坊高新区省级
新型研发机构已达21家，数量居
潍坊市首位。下一步，潍坊高新
区将完善新型研发机构评价机制，
推动其在关键技术攻关和成果转
化中发挥更大作用。
贵阳高新区举办数字经济专场招商推介会
本报讯 近日，贵阳高新区
在深圳举办数字经济专场招商推
介会，现场签约项目9个，签约
金额38.5亿元。
推介会上，贵阳高新区围绕
大数据、电子信息制造、软件和
信息技术服务等主导产业，详细
介绍了园区的区位优势、产业基
础和扶持政策。
杨蕾
`;
  it('finds three articles with their titles, bylines, paragraphs and signatures', () => {
    const rec = parse(raw);
    expect.soft(rec.style).toBe('wrapped');
    expect.soft(titles(rec)).toEqual(['南宁高新区上半年新增市场主体4165户', '潍坊高新区4家单位获批省级新型研发机构', '贵阳高新区举办数字经济专场招商推介会']);
    const [a, b, c] = rec.articles;
    expect.soft(a).toMatchObject({
      byline: '本报讯',
      authors: ['阮晓莹'],
      paragraphs: [
        '今年上半年，南宁高新区新登记市场主体4165户，同比增长12.6%，其中新登记企业2317户，占新增市场主体总数的55.6%。',
        '据了解，南宁高新区持续深化商事制度改革，推行企业开办“一窗通办”，企业开办时间压缩至半个工作日以内，为市场主体发展营造了良好环境。',
      ],
    });
    expect.soft(a?.zones[0]).toBe('南宁高新区');
    expect.soft(b).toMatchObject({
      byline: '本报讯（记者 李明）',
      authors: ['李明'],
      paragraphs: [
        '近日，山东省科技厅公布2023年度省级新型研发机构备案名单，潍坊高新区4家单位入选。',
        '截至目前，潍坊高新区省级新型研发机构已达21家，数量居潍坊市首位。下一步，潍坊高新区将完善新型研发机构评价机制，推动其在关键技术攻关和成果转化中发挥更大作用。',
      ],
    });
    expect.soft(c).toMatchObject({
      byline: '本报讯',
      authors: ['杨蕾'],
      paragraphs: [
        '近日，贵阳高新区在深圳举办数字经济专场招商推介会，现场签约项目9个，签约金额38.5亿元。',
        '推介会上，贵阳高新区围绕大数据、电子信息制造、软件和信息技术服务等主导产业，详细介绍了园区的区位优势、产业基础和扶持政策。',
      ],
    });
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(raw, rec);
  });
});

describe('2. a subhead that names a zone', () => {
  const raw = `南宁高新区：多措并举厚植人才发展沃土

▶ 本报记者 李明 通讯员 黄丽娟

近年来，南宁高新区把人才工作

摆在突出位置，围绕主导产业发展需

求，持续完善人才政策体系，人才总

量稳步增长。

政策引领聚英才

南宁高新区先后出台高层次人才

认定、青年人才安居等一系列扶持政

策，去年累计兑现各类人才奖补资金

3200万元，惠及人才1800余人次。

南宁高新区打造人才高地

依托国家级孵化器和博士后科研

工作站等平台，南宁高新区已集聚各

类人才超过12万人，其中高层次人才

2600余人，正在加快建设面向东盟的

区域性人才高地。

北海高新区电子信息产业产值突破百亿元

本报讯 今年前三季度，北海高

新区电子信息产业实现产值108亿元，

同比增长15.2%，产业集聚效应进一

步显现。

据介绍，北海高新区已形成以显

示面板、智能终端、电子元器件为主

的电子信息产业链，规上企业达到46

家。 覃海
`;
  it('stays a subhead of the article and starts no new article', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['南宁高新区：多措并举厚植人才发展沃土', '北海高新区电子信息产业产值突破百亿元']);
    const [a, b] = rec.articles;
    expect.soft(a?.byline).toBe('▶ 本报记者 李明 通讯员 黄丽娟');
    expect.soft(a?.authors).toEqual(['李明', '黄丽娟']);
    expect.soft(a?.subheads).toEqual(['政策引领聚英才', '南宁高新区打造人才高地']);
    expect.soft(a?.body.map((x) => x.kind)).toEqual(['paragraph', 'subhead', 'paragraph', 'subhead', 'paragraph']);
    expect.soft(a?.paragraphs.map((p) => p.slice(0, 8))).toEqual(['近年来，南宁高新', '南宁高新区先后出', '依托国家级孵化器']);
    expect.soft(a?.zones[0]).toBe('南宁高新区');
    expect.soft(b?.authors).toEqual(['覃海']);
    expect.soft(b?.paragraphs).toHaveLength(2);
    nothingLost(raw, rec);
  });
});

describe('3. a byline printed above its body, away from its headline', () => {
  const raw = `苏州高新区：

新一代信息技术产业再添新动能

常州高新区：

光伏企业抱团出海拓市场

无锡高新区：

集成电路设计产业营收增长两成

本报讯 近日，苏州高新区举行

新一代信息技术产业项目集中签约仪

式，26个项目现场签约，总投资超过

180亿元。

苏州高新区相关负责人表示，将

围绕集成电路、新型显示、工业软件

等细分领域，持续推进强链补链延链。 沈雯

▶ 本报记者 王强 通讯员 刘洋

今年以来，常州高新区组织光伏

企业组团参加海外展会12场次，累计

获得意向订单金额超过30亿美元。

常州高新区还搭建了企业出海服

务平台，为企业提供海外市场信息、

法律咨询和出口信用保险等服务，帮

助光伏企业抱团拓展海外市场。

本报讯（记者 张伟）记者从无

锡高新区获悉，今年前三季度，无锡

高新区集成电路设计企业实现营收

156亿元，同比增长21.3%。

目前，无锡高新区集聚集成电路

设计企业120余家，形成了从芯片设

计到封装测试的完整产业链条。 奚小雁
`;
  it('goes to the article whose body it heads (headlines gathered at the top)', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['苏州高新区：新一代信息技术产业再添新动能', '常州高新区：光伏企业抱团出海拓市场', '无锡高新区：集成电路设计产业营收增长两成']);
    const [a, b, c] = rec.articles;
    expect.soft(a).toMatchObject({ byline: '本报讯', authors: ['沈雯'] });
    expect.soft(b).toMatchObject({ byline: '▶ 本报记者 王强 通讯员 刘洋', authors: ['王强', '刘洋'] });
    expect.soft(b?.paragraphs.map((p) => p.slice(0, 9))).toEqual(['今年以来，常州高新', '常州高新区还搭建了']);
    expect.soft(c).toMatchObject({ byline: '本报讯（记者 张伟）', authors: ['张伟', '奚小雁'] });
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(raw, rec);
  });
});

describe('4. a table inside a body', () => {
  const raw = `重庆高新区一季度规上工业营收增长12%

本报讯 近日，重庆高新区发布

一季度经济运行数据，园区主要经济

指标保持稳定增长，规上工业企业营

收和利润实现双增长。

指标 数值 同比

营收 120亿元 12%

利润 8.6亿元 15%

数据显示，重庆高新区工业经济

稳中向好，电子信息、生物医药两大

产业贡献了七成以上的营收增量。 陈晨

成都高新区生物医药投融资对接会举行

本报讯（记者 赵敏）近日，成

都高新区举办生物医药产业投融资对

接会，20家创新药企业与40余家投资

机构现场交流。

据了解，今年以来，成都高新区

生物医药企业累计获得股权融资45亿

元，同比增长30%。 周洁
`;
  it('is no signature and adds no author', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['重庆高新区一季度规上工业营收增长12%', '成都高新区生物医药投融资对接会举行']);
    const [a, b] = rec.articles;
    expect.soft(a?.authors).toEqual(['陈晨']);
    expect.soft(b?.authors).toEqual(['赵敏', '周洁']);
    for (const art of rec.articles) for (const w of ['指标', '数值', '同比', '营收', '利润']) expect.soft(art.authors).not.toContain(w);
    // The table stays in the body of its article, between the two paragraphs.
    expect.soft(a?.paragraphs[0]).toBe('近日，重庆高新区发布一季度经济运行数据，园区主要经济指标保持稳定增长，规上工业企业营收和利润实现双增长。');
    expect.soft(a?.paragraphs.at(-1)).toBe('数据显示，重庆高新区工业经济稳中向好，电子信息、生物医药两大产业贡献了七成以上的营收增量。');
    const body = noSpace(a?.paragraphs.join('')) ?? '';
    expect.soft(body).toContain('指标数值同比');
    expect.soft(body).toContain('8.6亿元');
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(raw, rec);
  });
});

describe('5. a title as wide as a narrow (12-character) column', () => {
  const raw = `成都高新区人才新政见实效

近日，成都高新区发布

人才工作年度报告，去年新

引进各类人才5.6万人，同

比增长18%。

成都高新区相关负责人

介绍，园区已建成人才公寓

1.2万套，人才服务事项实

现一站办理。

德阳高新区通航产业再提速

本报讯 日前，德阳高

新区与多家通用航空企业签

署合作协议，项目总投资23

亿元。

据悉，项目建成后将形

成通用飞机整机制造、维修

和飞行培训的完整产业链条。

绵阳高新区新材料产业提速

近日，绵阳高新区新材

料产业园一期项目竣工投产，

新增产能8万吨。

绵阳高新区将继续加大

招商力度，推动新材料产业

向高端化发展。
`;
  it('is neither glued to the body before it nor to the body after it', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['成都高新区人才新政见实效', '德阳高新区通航产业再提速', '绵阳高新区新材料产业提速']);
    const [a, b, c] = rec.articles;
    expect.soft(a?.paragraphs).toEqual([
      '近日，成都高新区发布人才工作年度报告，去年新引进各类人才5.6万人，同比增长18%。',
      '成都高新区相关负责人介绍，园区已建成人才公寓1.2万套，人才服务事项实现一站办理。',
    ]);
    expect.soft(b).toMatchObject({
      byline: '本报讯',
      paragraphs: ['日前，德阳高新区与多家通用航空企业签署合作协议，项目总投资23亿元。', '据悉，项目建成后将形成通用飞机整机制造、维修和飞行培训的完整产业链条。'],
    });
    expect.soft(c?.paragraphs).toEqual(['近日，绵阳高新区新材料产业园一期项目竣工投产，新增产能8万吨。', '绵阳高新区将继续加大招商力度，推动新材料产业向高端化发展。']);
    nothingLost(raw, rec);
  });
});

describe('6. kicker and subtitle with headlines gathered at the bottom, in another order', () => {
  const raw = `本报讯 近日，成都高新区发布

《惠企服务十条举措》，从政务服务、

要素保障、融资支持等方面为企业纾

困解难。

据介绍，十条举措明确企业开办、

项目审批等事项全程网上办理，并设

立10亿元企业纾困资金，帮助中小企

业稳定生产经营，持续优化营商环境。 王敏

本报讯 今年一季度，合肥高新

区共签约招商项目42个，总投资超过

260亿元，其中百亿元级项目1个。

合肥高新区相关负责人表示，园

区聚焦量子信息、人工智能、集成电

路等主导产业开展精准招商，一季度

招商引资实现开门红。 徐静

合肥高新区一季度招商引资实现开门红

签约项目42个 总投资超260亿元

优化营商环境 服务企业发展

成都高新区推出惠企服务十条举措
`;
  it('keeps each headline line in its role and with its body', () => {
    const rec = parse(raw);
    const roles = rec.articles.map((a) => ({ kicker: noSpace(a.kicker), title: a.title, subtitle: noSpace(a.subtitle) }));
    expect.soft(roles).toEqual([
      { kicker: '优化营商环境服务企业发展', title: '成都高新区推出惠企服务十条举措', subtitle: null },
      { kicker: null, title: '合肥高新区一季度招商引资实现开门红', subtitle: '签约项目42个总投资超260亿元' },
    ]);
    expect.soft(rec.articles.map((a) => a.authors)).toEqual([['王敏'], ['徐静']]);
    expect.soft(rec.articles.map((a) => a.paragraphs.length)).toEqual([2, 2]);
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(raw, rec);
  });
});

describe('7. Latin text and justification spaces', () => {
  const raw = `中关村软件园举办开源技术大会

本报讯 近日，2023 Open Source

技术大会在中关村软件园举行，来自国

内外的200余家开源社区和企业代表参

会。

据介绍，园区软件企业去年海外

收入同比增长 12%，园区英文年报称

其 revenue grew by 12 percent，增

速位居前列。

下一步，中关村软件园将设立开

源 创 新 基 金，支 持 园 区 企 业 参 与 开 源

社区建设。

东湖高新区光电子芯片项目投产

本报讯 近日，东湖高新区一家

企业的 Micro LED 显示芯片项目正

式投产，预计达产后年产值可达20亿

元以上。

东湖高新区光电子信息产业规模

已超过5000亿元，形成了较为完整的

产业链。 刘洋
`;
  it('keeps spaces between Latin words and removes spaces inside Chinese', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['中关村软件园举办开源技术大会', '东湖高新区光电子芯片项目投产']);
    const [a, b] = rec.articles;
    expect.soft(a?.paragraphs[0]).toContain('2023 Open Source');
    expect.soft(a?.paragraphs[1]).toContain('revenue grew by 12 percent');
    expect.soft(b?.paragraphs[0]).toContain('Micro LED');
    expect.soft(a?.paragraphs).toEqual([
      '近日，2023 Open Source技术大会在中关村软件园举行，来自国内外的200余家开源社区和企业代表参会。',
      '据介绍，园区软件企业去年海外收入同比增长12%，园区英文年报称其revenue grew by 12 percent，增速位居前列。',
      '下一步，中关村软件园将设立开源创新基金，支持园区企业参与开源社区建设。',
    ]);
    expect.soft(b?.paragraphs).toEqual([
      '近日，东湖高新区一家企业的Micro LED显示芯片项目正式投产，预计达产后年产值可达20亿元以上。',
      '东湖高新区光电子信息产业规模已超过5000亿元，形成了较为完整的产业链。',
    ]);
    for (const p of rec.articles.flatMap((x) => x.paragraphs)) expect.soft(p).not.toMatch(/[\u4e00-\u9fff，。] +[\u4e00-\u9fff，。]/);
    nothingLost(raw, rec);
  });
});

describe('7b (extra, seen while writing 7). a paragraph that ends flush with the column', () => {
  // Same page with paragraphs that end on a full line: the next paragraph's first line is
  // two characters short (its indent is not extracted), which is how a reader sees the break.
  const raw = `中关村软件园举办开源技术大会

本报讯 近日，2023 Open Source

技术大会在中关村软件园举行，来自国

内外的200余家开源社区和企业参会。

据介绍，园区软件企业去年海外

收入同比增长 12%，园区英文年报称

其 revenue grew by 12 percent。

下一步，中关村软件园将设立开

源 创 新 基 金，支 持 园 区 企 业 参 与 开 源

社区建设。

东湖高新区光电子芯片项目投产

本报讯 近日，东湖高新区一家

企业的 Micro LED 显示芯片项目正

式投产，预计年产值可达20亿元。

东湖高新区光电子信息产业规模

已超过5000亿元，形成了较为完整的

产业链。 刘洋
`;
  // Known gap: an article of two-line paragraphs gives too few lines to tell its column measure
  // (14 or 16 characters) from the text alone, so the second article's break is missed.
  it.fails('still starts a new paragraph at the next (indented, shorter) line', () => {
    const rec = parse(raw);
    expect.soft(rec.articles.map((a) => a.paragraphs.map((p) => p.slice(0, 6)))).toEqual([
      ['近日，2023', '据介绍，园区', '下一步，中关'],
      ['近日，东湖高', '东湖高新区光'],
    ]);
    nothingLost(raw, rec);
  });
});

describe('8. zones that are not high-tech zones', () => {
  const rawA = `沧州经济开发区生物医药产业园二期开工

本报讯 近日，沧州经济开发区

生物医药产业园二期项目开工，总投

资36亿元，建成后可容纳企业60余家。

目前，沧州经济开发区已集聚生

物医药企业118家，形成了原料药、

制剂和医疗器械协同发展的产业格局。 孙浩

长沙经开区工程机械产业集群产值突破千亿元

本报讯 今年前三季度，长沙经

开区工程机械产业集群实现产值1028

亿元，同比增长11.5%。

长沙经开区相关负责人表示，将

推动工程机械产业向智能化、绿色化

转型，加快建设世界级产业集群。 周敏
`;
  const rawB = `西安高新区软件和信息服务业营收突破千亿元

本报讯 记者从西安高新区获悉，

去年西安高新区软件和信息服务业实

现营收1060亿元，同比增长16%。

作为西安高新区软件产业的主要

载体，西安软件园已集聚软件企业

2800余家，从业人员超过20万人。 杨皓

钦州港片区跨境贸易便利化水平持续提升

本报讯 近日，广西自贸区钦州

港片区发布跨境贸易便利化改革成果，

进口货物整体通关时间压缩至12小时

以内。

据了解，钦州港片区今年以来已

推出制度创新成果28项，其中5项在

全国复制推广。 韦丽

常州西太湖医疗器械产业园集聚企业超300家

本报讯 记者日前从常州西太湖

医疗器械产业园获悉，园区已集聚医

疗器械企业320家，去年实现产值286

亿元。

该产业园重点发展高值耗材、体

外诊断和康复设备等领域，已建成公

共检测、临床试验等服务平台6个。 钱程
`;
  it('reads 经济开发区 and 经开区 as zones', () => {
    const rec = parse(rawA);
    expect.soft(titles(rec)).toEqual(['沧州经济开发区生物医药产业园二期开工', '长沙经开区工程机械产业集群产值突破千亿元']);
    expect.soft(rec.articles.map((a) => a.zones[0])).toEqual(['沧州经济开发区', '长沙经开区']);
    nothingLost(rawA, rec);
  });
  it('reads 自贸区 片区 and 产业园 as zones, and puts 西安高新区 before the 西安软件园 inside it', () => {
    const rec = parse(rawB);
    expect.soft(titles(rec)).toEqual(['西安高新区软件和信息服务业营收突破千亿元', '钦州港片区跨境贸易便利化水平持续提升', '常州西太湖医疗器械产业园集聚企业超300家']);
    const [xa, qz, cz] = rec.articles;
    expect.soft(xa?.zones[0]).toBe('西安高新区');
    // a park inside the zone, when listed at all, comes after the zone the article is about
    const park = xa?.zones.indexOf('西安软件园') ?? -1;
    if (park >= 0) expect.soft(park).toBeGreaterThan(xa!.zones.indexOf('西安高新区'));
    expect.soft(qz?.zones[0]).toMatch(/钦州港片区$/);
    expect.soft(cz?.zones[0]).toBe('常州西太湖医疗器械产业园');
    nothingLost(rawB, rec);
  });
});

describe('9. a byline broken across lines', () => {
  const raw = `淄博高新区新材料产业加速集聚

本报讯（记者 马丽

君） 记者日前从淄博

高新区获悉，今年以来，

园区新引进新材料项目

14个，总投资76亿元。

据介绍，淄博高新

区已形成以先进陶瓷、

高分子材料和新型合金

为主的新材料产业体系。

济南高新区知识产权质押融资额创新高

本报讯 今年以来，

济南高新区知识产权质

押融资金额达到13.9亿

元，同比增长42%。

济南高新区将进一

步扩大知识产权质押融

资覆盖面，帮助科技型

中小企业破解融资难题。 黄鑫
`;
  it('joins the name and starts the body after the bracket', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['淄博高新区新材料产业加速集聚', '济南高新区知识产权质押融资额创新高']);
    const [a, b] = rec.articles;
    expect.soft(a).toMatchObject({
      byline: '本报讯（记者 马丽君）',
      authors: ['马丽君'],
      paragraphs: ['记者日前从淄博高新区获悉，今年以来，园区新引进新材料项目14个，总投资76亿元。', '据介绍，淄博高新区已形成以先进陶瓷、高分子材料和新型合金为主的新材料产业体系。'],
    });
    expect.soft(b).toMatchObject({ byline: '本报讯', authors: ['黄鑫'] });
    expect.soft(b?.paragraphs).toHaveLength(2);
    nothingLost(raw, rec);
  });
});

describe('10. captions, credits and signatures between a body and the next headline', () => {
  const rawA = `南宁高新区启动人工智能产业招商月

本报讯 近日，南宁高新区启动

人工智能产业招商月活动，首日集中

签约项目8个，总投资27亿元。

南宁高新区将围绕算力基础设施、

行业大模型应用等方向，开展为期一

个月的产业链精准招商。

黄海涛

柳州高新区新能源汽车产量同比增长三成

本报讯 今年前三季度，柳州高

新区新能源汽车产量达到21.6万辆，

同比增长31%。

柳州高新区持续完善充电基础设

施建设，推动新能源汽车在公交、物

流等领域推广应用。

（李明 王芳）

桂林高新区举办科技成果对接会

本报讯 近日，桂林高新区举办

科技成果对接会，30余项高校科技成

果现场发布，8个项目达成合作意向。

桂林高新区将搭建常态化成果转

化服务平台，推动更多科技成果在园

区落地转化。

文/赵六
`;
  const rawB = `南宁高新区：科技型企业数量突破两千家

本报讯 截至9月底，南宁高新区

科技型企业数量达到2136家，较去年

底增加312家。

南宁高新区通过研发补助、融资

担保等政策，持续加大对科技型中小

企业的培育力度。 韦华

张三/摄

柳州高新区：智能网联汽车测试场启用

本报讯 近日，柳州高新区智能

网联汽车测试场正式启用，测试道路

总长12公里。

测试场可开展自动驾驶、车路协

同等多种场景测试，将为园区车企提

供一站式测试服务。 蒙丽

图片来源：柳州高新区

桂林高新区：电子信息产业园新引进项目5个

本报讯 日前，桂林高新区电子

信息产业园新引进项目5个，总投资

15亿元。

桂林高新区将进一步完善电子信

息产业配套，推动产业集群化发展。 唐宁
`;
  it('reads a name alone, names in brackets and 文/ as signatures, never as headlines', () => {
    const rec = parse(rawA);
    expect.soft(titles(rec)).toEqual(['南宁高新区启动人工智能产业招商月', '柳州高新区新能源汽车产量同比增长三成', '桂林高新区举办科技成果对接会']);
    expect.soft(rec.articles.map((a) => a.authors)).toEqual([['黄海涛'], ['李明', '王芳'], ['赵六']]);
    expect.soft(rec.articles.map((a) => a.paragraphs.length)).toEqual([2, 2, 2]);
    for (const a of rec.articles) expect.soft(a.paragraphs.at(-1)).toMatch(/。$/);
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(rawA, rec);
  });
  it('keeps a photo credit and a picture source out of the headlines', () => {
    const rec = parse(rawB);
    expect.soft(titles(rec)).toEqual(['南宁高新区：科技型企业数量突破两千家', '柳州高新区：智能网联汽车测试场启用', '桂林高新区：电子信息产业园新引进项目5个']);
    for (const a of rec.articles) for (const h of headlineTexts(a)) expect.soft(h).not.toMatch(/摄|图片来源/);
    expect.soft(rec.articles.map((a) => a.authors.filter((n) => n !== '张三'))).toEqual([['韦华'], ['蒙丽'], ['唐宁']]);
    expect.soft(rec.captions.map((c) => c.text)).toContain('图片来源：柳州高新区');
    const credit = [...rec.captions.map((c) => c.text), ...(rec.articles[0]?.authors ?? [])].join(' ');
    expect.soft(credit).toContain('张三');
    for (const p of rec.articles.flatMap((a) => a.paragraphs)) expect.soft(p).not.toMatch(/张三|图片来源/);
    expect.soft(rec.articles.map((a) => a.paragraphs.length)).toEqual([2, 2, 2]);
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(rawB, rec);
  });
});

describe('11. headlines printed twice', () => {
  const raw = `重庆高新区：党建激发活力

重庆高新区：党建激发活力

▶ 本报记者 叶伟

今年以来，重庆高新区机关党委

以“党建+”模式推动党建与业务深

度融合，各机关党支部围绕科技服务、

项目建设开展主题党日活动46次。

重庆高新区相关负责人表示，将

持续深化党建引领，把党建优势转化

为推动西部（重庆）科学城建设的发

展优势。

成成都都高高新新区区：：人人工工智智能能产产业业加加速速集集聚聚

本报讯 近日，成都高新区人工

智能产业园新签约项目11个，总投资

超过50亿元。

目前，成都高新区已集聚人工智

能企业600余家，形成了从基础层到

应用层的完整产业链。 李倩
`;
  it('gives one title for a line printed twice and for glyph-doubled type, copies in dropped', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['重庆高新区：党建激发活力', '成都高新区：人工智能产业加速集聚']);
    expect.soft(rec.articles[0]).toMatchObject({ byline: '▶ 本报记者 叶伟', authors: ['叶伟'] });
    expect.soft(rec.articles.map((a) => a.paragraphs.length)).toEqual([2, 2]);
    expect.soft(sortChars(rec.dropped)).toBe(sortChars('重庆高新区：党建激发活力' + '成都高新区：人工智能产业加速集聚'));
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(raw, rec);
  });
});

describe('12. page header, date and editor lines', () => {
  const pages = [
    { name: 'one-line header, dotted date, plain editor line at the foot', raw: `创新园区 INNOVATION PARK 5

2022.4.11 星期一

青岛高新区海洋科技企业数量增长三成

本报讯 今年以来，青岛高新区

新增海洋科技企业86家，海洋科技企

业总数同比增长32%。

青岛高新区将加快建设海洋科技

创新平台，推动海洋新兴产业集聚发

展。 刘凯

烟台高新区举办高层次人才创新创业大赛

本报讯 近日，烟台高新区举办

高层次人才创新创业大赛，来自全国

的160个项目参赛。

大赛设置新一代信息技术、生物

医药等四个赛道，优胜项目落地后可

获得最高500万元扶持。 张善昆

编辑：叶伟 组版：沙欣
`, issue: { date: '2022-04-11', page: 5, section: '创新园区', editor: '叶伟', layout: '沙欣' }, lines: ['创新园区', 'INNOVATION PARK', '2022.4.11 星期一', '编辑：叶伟 组版：沙欣'] },
    { name: 'written date, ■ editor line', raw: `创新园区 INNOVATION PARK 5

2020年1月6日 星期一

■ 编辑：王颖 ■ 组版：刘洋

青岛高新区海洋科技企业数量增长三成

本报讯 今年以来，青岛高新区

新增海洋科技企业86家，海洋科技企

业总数同比增长32%。

青岛高新区将加快建设海洋科技

创新平台，推动海洋新兴产业集聚发

展。 刘凯

烟台高新区举办高层次人才创新创业大赛

本报讯 近日，烟台高新区举办

高层次人才创新创业大赛，来自全国

的160个项目参赛。

大赛设置新一代信息技术、生物

医药等四个赛道，优胜项目落地后可

获得最高500万元扶持。 张善昆
`, issue: { date: '2020-01-06', page: 5, section: '创新园区', editor: '王颖', layout: '刘洋' }, lines: ['创新园区', 'INNOVATION PARK', '2020年1月6日 星期一', '■ 编辑：王颖 ■ 组版：刘洋'] },
    { name: '责任编辑 and 校对', raw: `创新园区 INNOVATION PARK 5

2023年3月20日 星期一

责任编辑：张蕾 校对：王芳

青岛高新区海洋科技企业数量增长三成

本报讯 今年以来，青岛高新区

新增海洋科技企业86家，海洋科技企

业总数同比增长32%。

青岛高新区将加快建设海洋科技

创新平台，推动海洋新兴产业集聚发

展。 刘凯

烟台高新区举办高层次人才创新创业大赛

本报讯 近日，烟台高新区举办

高层次人才创新创业大赛，来自全国

的160个项目参赛。

大赛设置新一代信息技术、生物

医药等四个赛道，优胜项目落地后可

获得最高500万元扶持。 张善昆
`, issue: { date: '2023-03-20', page: 5, section: '创新园区', editor: '张蕾', layout: null }, lines: ['创新园区', 'INNOVATION PARK', '2023年3月20日 星期一', '责任编辑：张蕾 校对：王芳'] },
  ];
  for (const p of pages) {
    it(`reads the issue and keeps the lines as furniture: ${p.name}`, () => {
      const rec = parse(p.raw);
      expect.soft(rec.issue).toMatchObject(p.issue);
      const furniture = noSpace(rec.furniture.join('')) ?? '';
      for (const l of p.lines) expect.soft(furniture).toContain(noSpace(l));
      expect.soft(titles(rec)).toEqual(['青岛高新区海洋科技企业数量增长三成', '烟台高新区举办高层次人才创新创业大赛']);
      expect.soft(rec.articles.map((a) => a.authors)).toEqual([['刘凯'], ['张善昆']]);
      expect.soft(rec.articles.map((a) => a.paragraphs.length)).toEqual([2, 2]);
      expect.soft(rec.fragments).toEqual([]);
      nothingLost(p.raw, rec);
    });
  }

  it('reads the page number set apart at the foot, above the glyph stacks of a vertical headline', () => {
    const raw = `创新园区

2023.6.12

星期一

编辑：刘洋 组版：赵静

青岛高新区海洋科技企业数量增长三成

本报讯 今年以来，青岛高新区

新增海洋科技企业86家，海洋科技企

业总数同比增长32%。

青岛高新区将加快建设海洋科技

创新平台，推动海洋新兴产业集聚发

展，打造海洋经济创新发展示范区。

烟台高新区举办高层次人才创新创业大赛

本报讯 近日，烟台高新区举办

高层次人才创新创业大赛，来自全国

的160个项目参赛。

大赛设置新一代信息技术、生物

医药等四个赛道，优胜项目落地后可

获得最高500万元扶持。

威海高新区医疗器械产业产值突破百亿元

本报讯 今年前三季度，威海高新

区医疗器械产业实现产值102亿元，

同比增长18%，集聚相关企业60余家。

威海高新区将继续完善产业链条，

支持企业加大研发投入，推动医疗器

械产业向高端化发展。

园区还将举办医疗器械创新大赛，吸

引更多优质项目落地。

5
天津
滨海
高新
区入
选
`;
    const rec = parse(raw);
    expect.soft(rec.issue).toMatchObject({ date: '2023-06-12', page: 5, editor: '刘洋', layout: '赵静' });
    expect.soft(rec.furniture).toContain('5');
    nothingLost(raw, rec);
  });
});

describe('13. a column break in mid-sentence', () => {
  const raw = `合肥高新区研发投入强度持续提升

本报讯 近日，合肥高新区发布
科技创新发展报告，去年园区研发经
费投入达到186亿元，研发投入强度
提升至7.2%。
报告显示，合肥高新区规上工业
企业研发机构覆盖率达到78%，园区

规上企业研发投入同比增长18%，高
于全省平均水平6个百分点。 何颖

芜湖高新区机器人产业产值增长25%

本报讯 今年前三季度，芜湖高
新区机器人产业实现产值156亿元，
同比增长25%。
芜湖高新区已集聚机器人整机及
核心零部件企业180余家，产业集群
入选国家先进制造业集群。 汪洋
`;
  it('continues the paragraph and leaves no fragment', () => {
    const rec = parse(raw);
    expect.soft(titles(rec)).toEqual(['合肥高新区研发投入强度持续提升', '芜湖高新区机器人产业产值增长25%']);
    expect.soft(rec.articles[0]).toMatchObject({
      byline: '本报讯',
      authors: ['何颖'],
      paragraphs: [
        '近日，合肥高新区发布科技创新发展报告，去年园区研发经费投入达到186亿元，研发投入强度提升至7.2%。',
        '报告显示，合肥高新区规上工业企业研发机构覆盖率达到78%，园区规上企业研发投入同比增长18%，高于全省平均水平6个百分点。',
      ],
    });
    expect.soft(rec.articles[1]?.paragraphs).toHaveLength(2);
    expect.soft(rec.fragments).toEqual([]);
    nothingLost(raw, rec);
  });
});

describe('14. headlines gathered before or after all bodies', () => {
  const before = `温州高新区激光与光电产业集群加快发展

嘉兴高新区智能传感器产业园开园

绍兴高新区集成电路产业营收突破300亿元

本报讯 近日，嘉兴高新区智能

传感器产业园正式开园，首批18家企

业签约入驻。

据了解，该产业园总建筑面积12

万平方米，将重点引进传感器设计、

制造和封装测试企业。 褚洁

本报讯 记者从绍兴高新区获悉，

去年绍兴高新区集成电路产业实现营

收318亿元，同比增长24%。

目前，绍兴高新区已形成涵盖芯

片设计、晶圆制造、封装测试的集成

电路全产业链。 陶然

本报讯 今年以来，温州高新区

激光与光电产业集群新增规上企业15

家，产业集群产值同比增长19%。

温州高新区将继续完善激光与光

电产业链，打造具有全国影响力的特

色产业集群。 林峰
`;
  const after = `本报讯 近日，嘉兴高新区智能

传感器产业园正式开园，首批18家企

业签约入驻。

据了解，该产业园总建筑面积12

万平方米，将重点引进传感器设计、

制造和封装测试企业。 褚洁

本报讯 记者从绍兴高新区获悉，

去年绍兴高新区集成电路产业实现营

收318亿元，同比增长24%。

目前，绍兴高新区已形成涵盖芯

片设计、晶圆制造、封装测试的集成

电路全产业链。 陶然

本报讯 今年以来，温州高新区

激光与光电产业集群新增规上企业15

家，产业集群产值同比增长19%。

温州高新区将继续完善激光与光

电产业链，打造具有全国影响力的特

色产业集群。 林峰

绍兴高新区集成电路产业营收突破300亿元

温州高新区激光与光电产业集群加快发展

嘉兴高新区智能传感器产业园开园
`;
  const expected = [
    { title: '嘉兴高新区智能传感器产业园开园', authors: ['褚洁'], start: '近日，嘉兴高新区' },
    { title: '绍兴高新区集成电路产业营收突破300亿元', authors: ['陶然'], start: '记者从绍兴高新区' },
    { title: '温州高新区激光与光电产业集群加快发展', authors: ['林峰'], start: '今年以来，温州高' },
  ];
  for (const [name, raw] of [['before', before], ['after', after]] as const) {
    it(`matches each title to its body when the headlines are printed ${name} the bodies`, () => {
      const rec = parse(raw);
      expect.soft(rec.articles.map((a) => ({ title: a.title, authors: a.authors, start: a.paragraphs[0]?.slice(0, 8) }))).toEqual(expected);
      expect.soft(rec.articles.map((a) => a.paragraphs.length)).toEqual([2, 2, 2]);
      expect.soft(rec.fragments).toEqual([]);
      nothingLost(raw, rec);
    });
  }
});

describe('15. form feeds between pages', () => {
  const page1 = `兰州高新区新材料产业园一期竣工

本报讯 近日，兰州高新区新材

料产业园一期项目竣工，8家企业完

成入驻。

兰州高新区将加快推进二期建设，

力争年内新增入驻企业15家。 马骏

白银高新区规上工业增加值增长9.8%

本报讯 今年前三季度，白银高

新区规上工业增加值同比增长9.8%，

增速居全市首位。

白银高新区相关负责人表示，将

全力冲刺全年目标任务。 王婷
`;
  const page2 = `银川高新区获批“企业创新积分制”试点园区

本报讯 近日，银川高新区获批

“企业创新积分制”试点园区，成为

全区唯一入选园区。

银川高新区将以创新积分为依据，

引导金融资源向科技型企业集聚。 眭永华

石嘴山高新区举办双创升级工作推进会

本报讯 日前，石嘴山高新区举

办双创升级工作推进会，12家双创载

体现场签订目标责任书。

石嘴山高新区将推动双创载体提

质增效，加快构建创新创业生态。 许婧雅
`;
  it('gives one record per page through parseDocument', async () => {
    const text = `${page1}\f${page2}\f`;
    const recs = await parseDocument(Buffer.from(text), { file: 'x.txt' });
    expect(recs.map((r) => r.seed)).toEqual(['x.txt#1', 'x.txt#2']);
    expect.soft(recs.map(titles)).toEqual([
      ['兰州高新区新材料产业园一期竣工', '白银高新区规上工业增加值增长9.8%'],
      ['银川高新区获批“企业创新积分制”试点园区', '石嘴山高新区举办双创升级工作推进会'],
    ]);
    expect.soft(recs.map((r) => r.articles.map((a) => a.authors))).toEqual([[['马骏'], ['王婷']], [['眭永华'], ['许婧雅']]]);
    expect.soft(recs.map((r) => r.fragments)).toEqual([[], []]);
    expect.soft(lostCharacters(page1, recs[0]!)).toBe('');
    expect.soft(lostCharacters(page2, recs[1]!)).toBe('');
  });
});
