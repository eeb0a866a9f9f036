/**
 * Discovery data of the archive, computed once per build from the final records: the entities each
 * article names (src/lib/entities), the catalog of entities named in two articles or more (each gets
 * a page at a registered, stable URL) and each article's related articles (src/lib/related).
 * Pure: articles and the registered entity slugs in, entity pages, per-article links and redirects out.
 */
import { extractEntities } from '../entities/extract.ts';
import { buildEntityCatalog } from '../entities/catalog.ts';
import { entityKey } from '../entities/names.ts';
import { articleText } from '../related/features.ts';
import { relatedArticles } from '../related/related.ts';
import type { ArchiveArticle, ArchiveEntity, Redirect } from './model';
import { noMemo, type Memo } from './memo';
import { stopwatch, type Timing } from './stopwatch';
import { entitiesIndexUrl, entityUrl } from './urls';

/** An entity gets a page when named in this many articles. */
export const ENTITY_MIN_ARTICLES = 2;

export interface Discovery {
  entities: ArchiveEntity[];
  /** Article id → slugs of its entities that have a page, in the article's order. */
  articleEntities: Map<string, string[]>;
  /** Article id → related article ids, best first. */
  related: Map<string, string[]>;
  /** Every entity slug ever registered plus the live ones: slug → name. */
  lockEntities: Record<string, string>;
  /** Registered entity slugs without a page now → the one article still naming it, or the entity index. */
  redirects: Redirect[];
  newEntities: string[];
  goneEntities: string[];
}

/**
 * `articles` in archive order (issue, then reading order); `newestFirst` orders an entity's articles
 * like a zone's (newest first, undated last); `timing` is told how long `entities` and `related` took (wall and CPU ms).
 */
export function discover(
  articles: ArchiveArticle[],
  registered: Record<string, string>,
  newestFirst: (ids: string[]) => string[],
  timing?: Timing,
  memo: Memo = noMemo,
): Discovery {
  let sw = stopwatch();
  const extracted = articles.map((a) => {
    const source = { ...a.record, captions: a.captions };
    // keyed by the whole record but its id (the extractor reads no id; a renamed article is the same text)
    return { id: a.id, entities: memo.get('entities', memo.digest(JSON.stringify({ ...source, id: null })), () => extractEntities(source)) };
  });
  // Every entity, so that one named in a single article now can still point its old URL at that article.
  const all = buildEntityCatalog(extracted, 1);
  const kept = all.entities.filter((e) => e.count >= ENTITY_MIN_ARTICLES);
  const live = new Set(kept.map((e) => e.slug));
  const entities: ArchiveEntity[] = kept.map((e) => ({
    slug: e.slug,
    url: entityUrl(e.slug),
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    roles: e.roles,
    articleIds: newestFirst(e.articleIds),
    authored: e.authored,
  }));
  const articleEntities = new Map<string, string[]>();
  for (const [id, slugs] of all.byArticle) articleEntities.set(id, slugs.filter((s) => live.has(s)));

  timing?.('entities', sw.wall(), sw.cpu());
  sw = stopwatch();
  const { related } = relatedArticles(
    articles.map((a, i) => {
      const e = extracted[i]!.entities;
      return {
        id: a.id,
        zones: a.zones.map((z) => z.slug),
        date: a.date,
        text: articleText(a.record),
        entities: [...e.organizations.map((o) => entityKey(o.name)), ...e.people.map((p) => entityKey(p.name))],
      };
    }),
  );

  timing?.('related', sw.wall(), sw.cpu());
  const lockEntities: Record<string, string> = { ...registered };
  for (const e of entities) lockEntities[e.slug] = e.name;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const redirects: Redirect[] = [];
  const goneEntities: string[] = [];
  for (const slug of Object.keys(registered).sort()) {
    if (live.has(slug)) continue;
    goneEntities.push(slug);
    const still = all.bySlug.get(slug);
    const only = still?.articleIds.length === 1 ? byId.get(still.articleIds[0]!) : undefined;
    redirects.push({
      from: entityUrl(slug),
      to: only ? only.url : entitiesIndexUrl,
      reason: only ? 'entity named in one article only now' : 'entity no longer named in the archive',
    });
  }
  const newEntities = entities.filter((e) => !(e.slug in registered)).map((e) => e.slug);
  return { entities, articleEntities, related, lockEntities, redirects, newEntities, goneEntities };
}
