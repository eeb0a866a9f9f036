/**
 * The archive's entities: every organisation and person, the articles naming them and a stable
 * slug; pages are made for those named in more than one article.
 */
import { entityKey } from './names.ts';
import { entitySlug } from './slug.ts';
import type { ArticleEntities, EntityKind } from './types.ts';

export interface CatalogEntity {
  kind: EntityKind;
  /** entityKey of the name: the identity across articles. */
  key: string;
  slug: string;
  /** The form printed most often (ties: the first in article order). */
  name: string;
  /** Other forms printed for it, and, for people, the roles printed, most frequent first. */
  aliases: string[];
  roles: string[];
  /** Articles naming it, in the order given; `count` is their number. */
  articleIds: string[];
  count: number;
  /** Articles where it is an author (people). */
  authored: number;
}

export interface EntityCatalog {
  /** Entities named in at least `minArticles` articles, most articles first, then by key. */
  entities: CatalogEntity[];
  /** Article id → slugs of its catalogued entities, in the article's order. */
  byArticle: Map<string, string[]>;
  bySlug: Map<string, CatalogEntity>;
}

interface Acc {
  kind: EntityKind;
  key: string;
  forms: Map<string, number>;
  roles: Map<string, number>;
  articleIds: string[];
  authored: number;
}

const byCount = (m: Map<string, number>): string[] => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);

export function buildEntityCatalog(articles: { id: string; entities: ArticleEntities }[], minArticles = 2): EntityCatalog {
  const acc = new Map<string, Acc>();
  const order: { id: string; keys: string[] }[] = [];
  const add = (kind: EntityKind, name: string, forms: string[], roles: string[], authored: boolean, id: string, keys: string[]) => {
    const key = entityKey(name);
    const mapKey = `${kind}:${key}`;
    const e: Acc = acc.get(mapKey) ?? { kind, key, forms: new Map(), roles: new Map(), articleIds: [], authored: 0 };
    if (e.articleIds.at(-1) === id) return;
    e.articleIds.push(id);
    if (authored) e.authored++;
    for (const f of [name, ...forms]) e.forms.set(f, (e.forms.get(f) ?? 0) + (f === name ? 2 : 1));
    for (const r of roles) e.roles.set(r, (e.roles.get(r) ?? 0) + 1);
    acc.set(mapKey, e);
    keys.push(mapKey);
  };
  for (const { id, entities } of articles) {
    const keys: string[] = [];
    for (const o of entities.organizations) add('organization', o.name, o.aliases, [], false, id, keys);
    for (const p of entities.people) add('person', p.name, [], p.roles, p.author, id, keys);
    order.push({ id, keys });
  }
  const kept = new Map<string, CatalogEntity>();
  for (const [mapKey, e] of acc) {
    if (e.articleIds.length < minArticles) continue;
    const forms = byCount(e.forms);
    const name = forms[0]!;
    kept.set(mapKey, {
      kind: e.kind,
      key: e.key,
      slug: entitySlug(e.kind, e.key),
      name,
      aliases: forms.filter((f) => entityKey(f) !== entityKey(name)),
      roles: byCount(e.roles),
      articleIds: e.articleIds,
      count: e.articleIds.length,
      authored: e.authored,
    });
  }
  const entities = [...kept.values()].sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1));
  const bySlug = new Map<string, CatalogEntity>();
  for (const e of entities) {
    if (bySlug.has(e.slug)) throw new Error(`entity slug ${e.slug} for both ${bySlug.get(e.slug)!.key} and ${e.key}`);
    bySlug.set(e.slug, e);
  }
  const byArticle = new Map(order.map(({ id, keys }) => [id, keys.filter((k) => kept.has(k)).map((k) => kept.get(k)!.slug)]));
  return { entities, byArticle, bySlug };
}
