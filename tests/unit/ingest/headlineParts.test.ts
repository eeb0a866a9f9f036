import { describe, expect, it } from 'vitest';
import { splitHeadline } from '../../../src/lib/ingest/headlineParts.ts';

describe('splitHeadline', () => {
  it('tells a kicker by the zone that opens the line under it', () => {
    expect(splitHeadline(['聚焦东盟开放合作', '南宁高新区跨境数字贸易加速发展'])).toEqual({ kicker: '聚焦东盟开放合作', title: '南宁高新区跨境数字贸易加速发展', subtitle: null });
    expect(splitHeadline(['制度创新成果持续释放', '厦门自贸片区新增市场主体逾万户'])).toEqual({ kicker: '制度创新成果持续释放', title: '厦门自贸片区新增市场主体逾万户', subtitle: null });
    // a narrow headline wraps inside the zone's name
    expect(splitHeadline(['制度创新成果持续释放', '厦门自贸片', '区新增市场', '主体逾万户'])).toEqual({ kicker: '制度创新成果持续释放', title: '厦门自贸片区新增市场主体逾万户', subtitle: null });
    expect(splitHeadline(['苏州工业园', '区国际人才', '港开港'])).toEqual({ kicker: null, title: '苏州工业园区国际人才港开港', subtitle: null });
  });

  it('keeps a title in one piece where it wraps before its subject', () => {
    // the line above needs what follows (a preposition), or a word runs across the join
    expect(splitHeadline(['全力打造面向东盟的', '南宁高新区数字经济高地'])).toEqual({ kicker: null, title: '全力打造面向东盟的南宁高新区数字经济高地', subtitle: null });
    expect(splitHeadline(['推动科技成果在', '南宁高新区转化落地'])).toEqual({ kicker: null, title: '推动科技成果在南宁高新区转化落地', subtitle: null });
    expect(splitHeadline(['天津滨海高新区', '入选国家外贸转型升级基地'])).toEqual({ kicker: null, title: '天津滨海高新区入选国家外贸转型升级基地', subtitle: null });
  });

  it('keeps the lines under a title that opens with its zone', () => {
    expect(splitHeadline(['成都高新区打造', '生物医药创新高地'])).toEqual({ kicker: null, title: '成都高新区打造生物医药创新高地', subtitle: null });
    expect(splitHeadline(['西安高新区签约', '苏州工业园区合作项目'])).toEqual({ kicker: null, title: '西安高新区签约苏州工业园区合作项目', subtitle: null });
  });

  it('reads a zone named alone over a park of its own as a kicker', () => {
    expect(splitHeadline(['泉州高新区（台商区）', '泉台人力资源服务产业园开园'])).toEqual({ kicker: '泉州高新区（台商区）', title: '泉台人力资源服务产业园开园', subtitle: null });
  });

  it('starts the subtitle at a line that opens with a dash', () => {
    expect(splitHeadline(['光谷AI产业园开园', '——首批入驻企业42家'])).toEqual({ kicker: null, title: '光谷AI产业园开园', subtitle: '——首批入驻企业42家' });
    expect(splitHeadline(['济南高新区知识产权', '融资硕果累累', '——建立“闭环服务”模式', '累计融资13.98亿元'])).toEqual({ kicker: null, title: '济南高新区知识产权融资硕果累累', subtitle: '——建立“闭环服务”模式累计融资13.98亿元' });
    expect(splitHeadline(['瞄准光电子信息产业高端环节', '东湖高新区再添新项目', '—总投资逾百亿元'])).toEqual({ kicker: '瞄准光电子信息产业高端环节', title: '东湖高新区再添新项目', subtitle: '—总投资逾百亿元' });
  });

  it('leaves a one-line headline and a first line that opens with a dash alone', () => {
    expect(splitHeadline(['苏州工业园区外资研发中心数量创新高'])).toEqual({ kicker: null, title: '苏州工业园区外资研发中心数量创新高', subtitle: null });
    expect(splitHeadline(['——一位园区干部的日记', '记录变迁'])).toEqual({ kicker: null, title: '——一位园区干部的日记记录变迁', subtitle: null });
  });
});
