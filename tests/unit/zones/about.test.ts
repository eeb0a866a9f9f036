import { describe, expect, it } from 'vitest';
import { zonesOf, type ArticleText } from '../../../src/lib/zones/match.ts';

const article = (a: Partial<ArticleText>): ArticleText => ({ kicker: null, title: '', subtitle: null, paragraphs: [], ...a });

describe('zonesOf', () => {
  it('takes the first zone of the headline as primary, kicker first', () => {
    const zones = zonesOf(
      article({
        kicker: '企业齐聚宣城高新区',
        title: '合肥高新区代表团来访',
        paragraphs: ['合肥高新区代表团近日来到宣城高新区。', '宣城高新区表示将深化合作。'],
      }),
    );
    expect(zones).toEqual(['宣城高新区', '合肥高新区']);
  });

  it('names the zone by a form with its zone word where the headline gives only a bare brand name', () => {
    const zones = zonesOf(
      article({
        title: '光谷AI产业园开园',
        paragraphs: ['近日，位于武汉东湖高新区的光谷AI产业园正式开园。', '东湖高新区相关负责人表示，光谷将以产业园为载体。'],
      }),
    );
    expect(zones).toEqual(['武汉东湖高新区']);
  });

  it('falls back to the zone the body mentions most', () => {
    const zones = zonesOf(
      article({
        title: '党旗飘扬在一线',
        paragraphs: ['苏州高新区召开会议。', '与会者参观了昆山高新区。昆山高新区企业代表发言。', '昆山高新区将继续推进。'],
      }),
    );
    expect(zones[0]).toBe('昆山高新区');
  });

  it('adds zones the article is substantially about and skips those named once', () => {
    const zones = zonesOf(
      article({
        title: '烟台高新区助力企业腾飞',
        paragraphs: [
          '烟台市大学生创业园立足自身优势，为烟台高新区发展提供支撑。与威海高新区交流。',
          '烟台市大学生创业园搭建培训体系。',
          '烟台高新区将继续优化服务。',
        ],
      }),
    );
    expect(zones).toEqual(['烟台高新区', '烟台市大学生创业园']);
  });

  it('does not list a brand name used as a modifier', () => {
    const zones = zonesOf(
      article({
        title: '中关村软件园入选典型案例',
        paragraphs: ['中关村软件园汇聚中关村科技资源。', '启动中关村创新计划，面向中关村企业。', '中关村软件园将继续推进。'],
      }),
    );
    expect(zones).toEqual(['中关村软件园']);
  });

  it('prefers the form written with its bracketed district', () => {
    const zones = zonesOf(
      article({
        title: '泉州高新区人才政策出台',
        paragraphs: ['泉州高新区（台商区）出台政策。', '泉州高新区（台商区）将兑现奖励。'],
      }),
    );
    expect(zones).toEqual(['泉州高新区（台商区）']);
  });

  it('counts a district by its bare name after the full one', () => {
    const zones = zonesOf(
      article({
        title: '创新指数连年攀升',
        paragraphs: ['广州市黄埔区创新指数居首。', '黄埔区连续三年第一。', '黄埔区加大投入。'],
      }),
    );
    expect(zones).toEqual(['广州市黄埔区']);
  });

  it('skips a district already given in a listed zone’s brackets', () => {
    const zones = zonesOf(
      article({
        title: '杭州高新区（滨江）发布新政',
        paragraphs: ['杭州市滨江区出台政策。', '杭州市滨江区将兑现。', '杭州高新区（滨江）企业受益。'],
      }),
    );
    expect(zones).toEqual(['杭州高新区（滨江）']);
  });

  it('returns no zone for an article that names none', () => {
    expect(zonesOf(article({ title: '', paragraphs: ['2023元宇宙国际装备展近日在国际会展中心举行。'] }))).toEqual([]);
  });
});

describe('zonesOf: host zones and passing mentions', () => {
  it('lists the host zone of a park named twice', () => {
    const zones = zonesOf(
      article({
        title: '厦门软件园企业超过六千家',
        paragraphs: ['厦门软件园建于1998年。', '厦门火炬高新区的服务图铺开，厦门火炬高新区形成培育体系。', '厦门软件园企业总数增加。'],
      }),
    );
    expect(zones).toEqual(['厦门软件园', '厦门火炬高新区']);
  });

  it('skips another zone compared in a single paragraph', () => {
    const zones = zonesOf(
      article({
        title: '南宁高新区经济指标飘红',
        paragraphs: ['南宁高新区增速高于柳州高新区，柳州高新区位列第二。', '南宁高新区将继续发力。'],
      }),
    );
    expect(zones).toEqual(['南宁高新区']);
  });
});
