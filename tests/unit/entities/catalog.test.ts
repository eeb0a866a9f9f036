import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../../src/lib/entities/catalog.ts';
import { entitySlug } from '../../../src/lib/entities/slug.ts';
import type { ArticleEntities } from '../../../src/lib/entities/types.ts';

const org = (name: string, aliases: string[] = []) => ({ name, aliases });
const person = (name: string, roles: string[] = [], author = false) => ({ name, roles, author });
const ents = (organizations: ArticleEntities['organizations'], people: ArticleEntities['people'] = []): ArticleEntities => ({ organizations, people });

describe('entitySlug', () => {
  it('is lowercase ASCII pinyin with a hash of the name', () => {
    const slug = entitySlug('organization', '重庆大学');
    expect(slug).toMatch(/^chong-qing-da-xue-[0-9a-z]+$/);
    expect(entitySlug('organization', '重庆大学')).toBe(slug);
  });

  it('keeps homophones, kinds and printings apart or together as they should be', () => {
    expect(entitySlug('person', '张伟')).not.toBe(entitySlug('person', '张玮'));
    expect(entitySlug('person', '华夏')).not.toBe(entitySlug('organization', '华夏'));
    expect(entitySlug('organization', '西门电气(无锡)有限公司')).toBe(entitySlug('organization', '西门电气（无锡）有限公司'));
  });

  it('stays short for long names', () => {
    expect(entitySlug('organization', '中国科学院科技战略咨询研究院中国高新区研究中心').length).toBeLessThanOrEqual(48);
  });
});

describe('buildEntityCatalog', () => {
  const catalog = buildEntityCatalog([
    { id: 'a1', entities: ents([org('重庆大学'), org('甲乙科技有限公司', ['甲乙公司'])], [person('李四', ['记者'], true)]) },
    { id: 'a2', entities: ents([org('重庆大学'), org('丙丁协会')], [person('李四', ['记者'], true), person('王五', ['局长'])]) },
    { id: 'a3', entities: ents([org('重庆大学'), org('甲乙科技有限公司')], [person('王五', ['副局长'])]) },
  ]);

  it('keeps entities of more than one article, most articles first', () => {
    expect(catalog.entities.map((e) => [e.kind, e.name, e.count])).toEqual([
      ['organization', '重庆大学', 3],
      ...[
        ['person', '李四', 2],
        ['person', '王五', 2],
        ['organization', '甲乙科技有限公司', 2],
      ].sort((a, b) => (entitySlug(a[0] as 'person', a[1] as string) < entitySlug(b[0] as 'person', b[1] as string) ? -1 : 1)),
    ]);
    expect(catalog.entities.some((e) => e.name === '丙丁协会')).toBe(false);
  });

  it('lists articles, forms, roles and authorship', () => {
    const jiayi = catalog.entities.find((e) => e.name === '甲乙科技有限公司')!;
    expect(jiayi).toMatchObject({ articleIds: ['a1', 'a3'], aliases: ['甲乙公司'] });
    expect(catalog.entities.find((e) => e.name === '李四')).toMatchObject({ authored: 2, roles: ['记者'] });
    expect(catalog.entities.find((e) => e.name === '王五')).toMatchObject({ authored: 0, roles: ['局长', '副局长'] });
  });

  it('maps articles to their catalogued entities and slugs back to entities', () => {
    expect(catalog.byArticle.get('a2')).toEqual([entitySlug('organization', '重庆大学'), entitySlug('person', '李四'), entitySlug('person', '王五')]);
    for (const e of catalog.entities) expect(catalog.bySlug.get(e.slug)).toBe(e);
  });
});
