import { describe, expect, it } from 'vitest';
import { extractEntities, groupOrganizations } from '../../../src/lib/entities/extract.ts';
import { findOrganizations } from '../../../src/lib/entities/organizations.ts';
import { findPeople } from '../../../src/lib/entities/people.ts';

const orgs = (text: string): string[] => findOrganizations(text).map((o) => o.name);
const people = (text: string): string[] => findPeople(text).map((p) => p.name);

describe('organisations', () => {
  it('takes a name from the delimiter or the word before it', () => {
    expect(orgs('近日，杭州明远光电科技有限公司获得表彰。')).toEqual(['杭州明远光电科技有限公司']);
    expect(orgs('园区依托浙江大学、杭州明远研究院和宁波青山实验室开展合作。')).toEqual(['浙江大学', '杭州明远研究院', '宁波青山实验室']);
    expect(orgs('此次活动由合肥星河发展促进会主办。')).toEqual(['合肥星河发展促进会']);
    expect(orgs('高新区企业苏州云帆信息技术有限公司入选名单。')).toEqual(['苏州云帆信息技术有限公司']);
  });

  it('keeps 和 inside a name, and joins two names at it', () => {
    expect(orgs('长沙和顺生物科技有限公司扩产。')).toEqual(['长沙和顺生物科技有限公司']);
    expect(orgs('武汉东湖学院和武汉光谷创新中心签约。')).toEqual(['武汉东湖学院', '武汉光谷创新中心']);
  });

  it('does not cut inside a generic word', () => {
    expect(orgs('、青岛海川自动化设备有限公司')).toEqual(['青岛海川自动化设备有限公司']);
  });

  it('keeps a short bracketed place and a quoted word inside a name', () => {
    expect(orgs('西门电气(无锡)有限公司投产')).toEqual(['西门电气(无锡)有限公司']);
    expect(orgs('在“青禾”党群服务中心揭牌')).toEqual(['“青禾”党群服务中心']);
  });

  it('takes a unit of a body as one name', () => {
    expect(orgs('与清华大学深圳研究院、中科院软件所南京分所合作')).toEqual(['清华大学深圳研究院', '中科院软件所南京分所']);
  });

  it('drops kinds of bodies, counts, demonstratives and phrases', () => {
    expect(orgs('支持建设市级产业创新中心、国家重点实验室和企业技术中心。')).toEqual([]);
    expect(orgs('吸引12家投资公司入驻，该公司表示满意。')).toEqual([]);
    expect(orgs('从银行等金融机构获得融资')).toEqual([]);
    expect(orgs('构建以企业为中心的体系，融入中心工作')).toEqual([]);
    expect(orgs('大学生创业园、大学城')).toEqual([]);
    expect(orgs('苏州工业园区外资研发中心数量创新高')).toEqual([]);
  });

  it('leaves out a body that only qualifies a place', () => {
    expect(orgs('兰州理工大学科技园总经理表示')).toEqual([]);
  });

  it('leaves out names with Latin letters (brands, products)', () => {
    expect(orgs('支持ABC算力中心等项目')).toEqual([]);
  });
});

describe('one body, several forms', () => {
  it('groups a short form whose characters occur in order in the full name', () => {
    expect(groupOrganizations(['南通星海生物科技股份有限公司', '星海公司', '如皋大学'])).toEqual([
      { name: '南通星海生物科技股份有限公司', aliases: ['星海公司'] },
      { name: '如皋大学', aliases: [] },
    ]);
  });

  it('takes a name with words stuck before it as that name, not as a form', () => {
    expect(groupOrganizations(['科技部火炬中心', '借鉴科技部火炬中心'])).toEqual([{ name: '科技部火炬中心', aliases: [] }]);
    expect(groupOrganizations(['南通星海生物科技股份有限公司', '审理星海公司'])).toEqual([
      { name: '南通星海生物科技股份有限公司', aliases: ['星海公司'] },
    ]);
  });

  it('never groups bodies of different kinds', () => {
    expect(groupOrganizations(['重庆大学', '重庆大学科学中心']).map((g) => g.name).sort()).toEqual(['重庆大学', '重庆大学科学中心']);
  });
});

describe('people', () => {
  it('finds a full name after a role word', () => {
    expect(people('市科技局局长王建国表示，')).toEqual(['王建国']);
    expect(people('研究院副院长、教授陈明从三个方面介绍')).toEqual(['陈明']);
    expect(findPeople('公司董事长刘海峰说。')).toEqual([{ name: '刘海峰', role: '公司董事长' }]);
  });

  it('finds a name that opens a sentence and speaks', () => {
    expect(people('“我们很满意。”赵立新说。')).toEqual(['赵立新']);
  });

  it('ignores surnames alone, words after roles and bodies', () => {
    expect(people('企业负责人郭先生说')).toEqual([]);
    expect(people('副理事长单位；书记项目，负责人介绍说')).toEqual([]);
    expect(people('。高新区表示，')).toEqual([]);
  });
});

describe('extractEntities', () => {
  it('lists authors with their byline role, and people and bodies of the text', () => {
    const e = extractEntities({
      title: '标题',
      byline: '本报讯（记者 孙丽）',
      authors: ['孙丽', '周强'],
      paragraphs: ['近日，合肥星河电子有限公司总经理林海说，星河公司将扩产。'],
    });
    expect(e.people).toEqual([
      { name: '孙丽', roles: ['记者'], author: true },
      { name: '周强', roles: [], author: true },
      { name: '林海', roles: ['合肥星河电子有限公司总经理'], author: false },
    ]);
    expect(e.organizations).toEqual([{ name: '合肥星河电子有限公司', aliases: ['星河公司'] }]);
  });
});
