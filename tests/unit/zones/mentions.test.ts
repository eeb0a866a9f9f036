import { describe, expect, it } from 'vitest';
import { findZoneMentions } from '../../../src/lib/zones/match.ts';

const surfaces = (text: string): string[] => findZoneMentions(text).map((m) => m.surface);
const keys = (text: string): string[] => findZoneMentions(text).map((m) => m.key);

describe('findZoneMentions: gazetteer zones', () => {
  it('stops at the function character before the name', () => {
    const [m] = findZoneMentions('签约仪式在南宁高新区举行。');
    expect(m).toMatchObject({ surface: '南宁高新区', index: 5, key: 'nanning' });
    expect(m?.zone?.name).toBe('南宁高新技术产业开发区');
  });

  it('prefers the longest form', () => {
    expect(surfaces('天津滨海高新区发布新政')).toEqual(['天津滨海高新区']);
    expect(surfaces('包头稀土高新区召开会议')).toEqual(['包头稀土高新区']);
    expect(keys('稀土高新区与滨海高新区')).toEqual(['baotou-xitu', 'tianjin-binhai']);
  });

  it('recognises 国家 forms and official full names', () => {
    expect(keys('贵阳国家高新区、国家级贵阳高新区和贵阳国家级高新区')).toEqual(['guiyang', 'guiyang', 'guiyang']);
    expect(findZoneMentions('《无锡国家高新技术产业开发区创新指数》发布')[0]).toMatchObject({
      surface: '无锡国家高新技术产业开发区',
      key: 'wuxi',
    });
    expect(keys('厦门火炬高技术产业开发区管委会')).toEqual(['xiamen-huoju']);
  });

  it('keeps a bracketed district as written, in both bracket widths', () => {
    expect(surfaces('近日，杭州高新区（滨江）与杭州高新区(滨江)签约')).toEqual(['杭州高新区（滨江）', '杭州高新区(滨江)']);
    expect(keys('杭州高新区（滨江）')).toEqual(['hangzhou']);
    expect(surfaces('泉州高新区（台商区）举办活动')).toEqual(['泉州高新区（台商区）']);
  });

  it('does not take a phase or a note in brackets as a district', () => {
    expect(surfaces('厦门软件园（一期）建于1998年')).toEqual(['厦门软件园']);
    expect(surfaces('南宁高新区（以下简称“高新区”）')).toEqual(['南宁高新区']);
  });

  it('marks bare brand names and matches Latin forms as whole words only', () => {
    const [m] = findZoneMentions('光谷企业');
    expect(m).toMatchObject({ key: 'wuhan-donghu', bare: true });
    expect(keys('SIP企业')).toEqual(['suzhou-gongyeyuan']);
    expect(keys('GOSSIPY')).toEqual([]);
  });

  it('ignores context-dependent forms', () => {
    expect(findZoneMentions('园区企业在滨江集聚')).toEqual([]);
  });
});

describe('findZoneMentions: general rule for zones not in the gazetteer', () => {
  it('recognises a place prefix before 高新区', () => {
    const [m] = findZoneMentions('会议在宣城高新区举行');
    expect(m).toMatchObject({ surface: '宣城高新区', zone: null, key: 'zone:宣城高新区', kind: 'zone' });
  });

  it('handles the 国家 and full forms of an unknown zone', () => {
    expect(keys('宣城国家高新区与宣城高新技术产业开发区')).toEqual(['zone:宣城高新区', 'zone:宣城高新区']);
  });

  it('resolves variant spellings of a gazetteer zone', () => {
    expect(findZoneMentions('南宁市高新区')[0]).toMatchObject({ surface: '南宁市高新区', key: 'nanning' });
    expect(keys('四川德阳高新区')).toEqual(['deyang']);
  });

  it('drops a classifier after a number', () => {
    expect(surfaces('12家宣城高新区企业入选')).toEqual(['宣城高新区']);
  });

  it('rejects class nouns and verbs in front of a bare 高新区', () => {
    expect(findZoneMentions('全国169家国家高新区中，省级高新区、各高新区和全国高新区')).toEqual([]);
    expect(findZoneMentions('重点鼓励高新区企业，助力高新区发展，湖南省高新区')).toEqual([]);
    expect(findZoneMentions('该高新区的高新区企业')).toEqual([]);
  });
});

describe('findZoneMentions: parks and districts', () => {
  it('finds park names from their suffix', () => {
    expect(surfaces('近日，厦门软件园入驻企业超过千家')).toEqual(['厦门软件园']);
    expect(surfaces('推进西部（重庆）科学城建设，西部(重庆)科学城')).toEqual(['西部（重庆）科学城', '西部(重庆)科学城']);
    expect(surfaces('为此，烟台市大学生创业园服务中心')).toEqual(['烟台市大学生创业园']);
    expect(surfaces('产业新空间.大湾区医疗器械生物医药产业园项目开工')).toEqual(['大湾区医疗器械生物医药产业园']);
  });

  it('gives bracketed and plain spellings of a park one key', () => {
    expect(new Set(keys('西部（重庆）科学城，作为西部科学城的一部分'))).toEqual(new Set(['park:西部科学城']));
  });

  it('lets a park name swallow a bare brand name but not a zone name', () => {
    expect(findZoneMentions('中关村软件园企业')[0]).toMatchObject({ surface: '中关村软件园', kind: 'park' });
    expect(keys('厦门火炬高新区软件园')).toEqual(['xiamen-huoju']);
    expect(surfaces('泉州高新区（台商区）泉台人力资源服务产业园开园')).toEqual(['泉州高新区（台商区）', '泉台人力资源服务产业园']);
  });

  it('needs a name before the suffix', () => {
    expect(findZoneMentions('孵化器—加速器—产业园全链条，推动科学城发展，智慧城市')).toEqual([]);
  });

  it('finds a city district written X市Y区', () => {
    expect(findZoneMentions('近年来，广州市黄埔区深入实施')[0]).toMatchObject({ surface: '广州市黄埔区', key: 'district:广州市黄埔区' });
    expect(findZoneMentions('居广州市各区首位，位于南宁市城区')).toEqual([]);
  });
});
