import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/lib/ingest/page.ts';

describe('bylines gathered after gathered headlines', () => {
  const bodyA = ['近日，厦门火炬高新区发布“火炬＋”企业服', '务品牌升级方案，推出涵盖政务、金融、人才、', '场景等领域的30项服务举措，进一步优化园区', '营商环境，厦门火炬高新区服务品牌再升级。'];
  const bodyB = ['今年以来，西安高新区围绕“双中心”核心区', '建设总目标，以高质量项目建设不断激发经济增', '长新动能，引领西安高新区高质量发展迈向新台', '阶，上半年共签约项目114个。'];
  const head = ['创新园区', '', '2020年8月28日 星期五', ''];

  it('go to the headlines in the order printed, not the second to the first body', () => {
    const raw = [...head, '厦门火炬高新区“火炬＋”服务品牌再升级', '', '西安高新区高质量发展迈向新台阶', '', '▶ 本报记者 郭伟', '', '▶ 本报特约通讯员 张静攀', '', ...bodyA, '', ...bodyB].join('\n');
    const rec = parsePage(raw, { file: 'g.txt' });
    expect(rec.articles.map((a) => [a.title, a.authors])).toEqual([
      ['厦门火炬高新区“火炬＋”服务品牌再升级', ['郭伟']],
      ['西安高新区高质量发展迈向新台阶', ['张静攀']],
    ]);
  });

  it('leave a byline that opens its body with that body', () => {
    const raw = [...head, '厦门火炬高新区“火炬＋”服务品牌再升级', '', '西安高新区高质量发展迈向新台阶', '▶ 本报特约通讯员 张静攀', '', `本报讯（记者 郭伟）${bodyA[0]}`, ...bodyA.slice(1), '', ...bodyB].join('\n');
    const rec = parsePage(raw, { file: 'g.txt' });
    expect(rec.articles.map((a) => [a.title, a.authors])).toEqual([
      ['厦门火炬高新区“火炬＋”服务品牌再升级', ['郭伟']],
      ['西安高新区高质量发展迈向新台阶', ['张静攀']],
    ]);
  });
});
