import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../../src/lib/entities/score.ts';

describe('scoreEntities', () => {
  it('counts a found alias as its body once, and wrong and missed names', () => {
    const s = scoreEntities(
      [{ seed: 's', index: 0, title: 't', organizations: [{ name: '甲乙科技有限公司', aliases: ['甲乙公司'] }, { name: '丙丁大学' }], people: [{ name: '王五' }] }],
      [{ organizations: [{ name: '甲乙公司', aliases: [] }, { name: '甲乙科技有限公司', aliases: [] }, { name: '戊己协会', aliases: [] }], people: [{ name: '王五', roles: [], author: true }] }],
    );
    expect(s.organizations).toMatchObject({ expected: 2, found: 2, right: 1, precision: 0.5, recall: 0.5, wrong: ['s#0: 戊己协会'], missed: ['s#0: 丙丁大学'] });
    expect(s.people).toMatchObject({ precision: 1, recall: 1 });
  });

  it('compares names without bracket width or quotes', () => {
    const s = scoreEntities(
      [{ seed: 's', index: 0, title: 't', organizations: [{ name: '甲(乙)有限公司' }, { name: '丙丁服务中心' }], people: [] }],
      [{ organizations: [{ name: '甲（乙）有限公司', aliases: [] }, { name: '“丙丁”服务中心', aliases: [] }], people: [] }],
    );
    expect(s.organizations.recall).toBe(1);
  });
});
