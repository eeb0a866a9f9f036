/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): every page that comes from
 * `getStaticPaths()` returns a `cacheKey`, a short digest of exactly the archive data that page renders.
 * Astro reuses the previous build's output when a page's key and its code (module graph, hashed by Astro)
 * are unchanged; the site's origin and other config are hashed by Astro too, so they are not in the keys.
 * (Per-article JSON, raw source texts, PDFs and zone feeds are not Astro pages: lib/build/plainFiles.ts writes
 * them, and leaves alone a file whose bytes are unchanged.)
 *
 * Rule for edits: a key must cover everything its page reads from the archive (or from disk). Reading a
 * new field in a page without adding it here makes the page go stale once its data changes — the
 * incremental test (tests/site/incremental.test.ts) compares incremental and full builds to catch that.
 * Keys may cover a little more than the page shows (it only costs a re-render), never less.
 */
import { createHash } from 'node:crypto';
import type { Archive, ArchiveArticle, ArchiveEntity, ArchiveIssue, ArchiveZone, Redirect } from './model';
import type { EntityHub, ProvincePage, ZoneHub } from './hubs';
import { excerpt } from './format';

/**
 * Short digest (96 bits of SHA-1, base64url) of any JSON-able value. Plain JSON.stringify, keys in the order
 * the data has them: equal keys still mean equal data, and the order comes from archive.json's bytes, which
 * an incremental data step writes exactly as a clean one does — so it costs no re-render. (Keys sorted at
 * every level, as before, took twice as long: over a second on 16k articles.)
 */
export function digest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? 'null').digest('base64url').slice(0, 16);
}

/** What an article list (components/ArticleList.astro) shows of one article; also the issue sidebar's needs. */
const listItem = (a: ArchiveArticle) => ({
  id: a.id,
  url: a.url,
  title: a.displayTitle,
  kicker: a.record.kicker && a.record.title ? a.record.kicker : null,
  kind: a.record.kind,
  issue: [a.issueUrl, a.issueLabel, a.date != null],
  zones: a.zones.map((z) => [z.name, z.url]),
  excerpt: excerpt(a),
});

/**
 * The key builder for one archive. Shared parts (an issue's article list, an article's list entry) are
 * digested once, so keying ~16k articles costs well under a second.
 */
export class CacheKeys {
  readonly #article: Map<string, ArchiveArticle>;
  readonly #item = new Map<string, string>();
  readonly #issueToc = new Map<string, string>();

  readonly #entity: Map<string, ArchiveEntity>;

  constructor(archive: Archive) {
    this.#article = new Map(archive.articles.map((a) => [a.id, a]));
    this.#entity = new Map((archive.entities ?? []).map((e) => [e.slug, e]));
  }

  #get(id: string): ArchiveArticle {
    const a = this.#article.get(id);
    if (!a) throw new Error(`cacheKeys: no article ${id}`);
    return a;
  }

  /** Digest of one article's entry in article lists. */
  item(id: string): string {
    let d = this.#item.get(id);
    if (d === undefined) {
      d = digest(listItem(this.#get(id)));
      this.#item.set(id, d);
    }
    return d;
  }

  /** Digest of an issue's table of contents as the article sidebar shows it (id, url, title in order). */
  #toc(issue: ArchiveIssue): string {
    let d = this.#issueToc.get(issue.key);
    if (d === undefined) {
      d = digest(issue.articleIds.map((id) => {
        const a = this.#get(id);
        return [a.id, a.url, a.displayTitle];
      }));
      this.#issueToc.set(issue.key, d);
    }
    return d;
  }

  readonly #record = new Map<string, string>();

  /**
   * Digest of what the article page shows of the parsed record: all of it but record.id (the parser's id),
   * record.zones (names as written) and record.captions — the page shows the archive's id, resolved zones
   * and captions.
   */
  #shownRecord(a: ArchiveArticle): string {
    let d = this.#record.get(a.id);
    if (d === undefined) {
      const { id: _parserId, zones: _zones, captions: _captions, ...shown } = a.record;
      d = digest(shown);
      this.#record.set(a.id, d);
    }
    return d;
  }

  /**
   * /articles/[id]/: the article (record, captions, zones, issue label/url, prev/next), its issue's list,
   * its related articles (their list entries) and its entities (link and name).
   */
  article(a: ArchiveArticle, issue: ArchiveIssue | undefined): string {
    const { parserId: _p, record: _r, ...rest } = a;
    // a related article shows its list entry's title, issue and zones: its entry's digest covers them
    const related = a.related.map((id) => this.item(id));
    const entities = a.entities.map((slug) => {
      const e = this.#entity.get(slug);
      return e ? [e.url, e.name, e.kind] : null;
    });
    return digest(['article', rest, this.#shownRecord(a), issue ? this.#toc(issue) : null, related, entities]);
  }

  /** /issues/[key]/: the issue (facts, captions with their articles, fragments, furniture, warnings, prev/next) and its article list. */
  issue(issue: ArchiveIssue): string {
    const { sha256: _sha, articleIds, captions, ...rest } = issue;
    const owners = captions.map((c) => {
      const owner = c.article ? this.#article.get(c.article) : undefined;
      return [c.text, c.line, owner ? [owner.url, owner.displayTitle] : null];
    });
    return digest(['issue', rest, owners, articleIds.map((id) => this.item(id))]);
  }

  /** /sources/[seed]/: the seed's text (by its sha256), the issue's label/url, where each article sits, and the parse log. */
  source(issue: ArchiveIssue): string {
    const articles = issue.articleIds.map((id) => {
      const a = this.#get(id);
      return [a.url, a.displayTitle, a.record.lines];
    });
    return digest(['source', issue.seed, issue.sha256, issue.sourceText, issue.pdfUrl, issue.url, issue.label, issue.rawUrl, articles, issue.furniture, issue.warnings, issue.dropped]);
  }

  /** /zones/[slug]/: the zone's facts, its article list and its hub (facts, chart, counts, related zones and entities). */
  zone(zone: ArchiveZone, hub: ZoneHub): string {
    const { articleIds, mentionIds: _all, ...rest } = zone;
    const { years, mentions, ...shown } = hub;
    const groups = years.map((y) => [y.group, y.articles.map((a) => a.id)]);
    const mentioned = [mentions.total, mentions.newest.map((a) => this.item(a.id))];
    return digest(['zone', rest, articleIds.map((id) => this.item(id)), shown, groups, mentioned]);
  }

  /** /zones/province/[slug]/: everything the page shows (its zones, counts and charts). */
  province(page: ProvincePage): string {
    return digest(['province', page]);
  }

  /** /entities/[slug]/: the entity, its hub (zones, entities named with it) and its article list (`shown`: the ids listed). */
  entity(entity: ArchiveEntity, hub: EntityHub, shown: string[], extra: unknown): string {
    return digest(['entity', entity, hub, shown.map((id) => this.item(id)), extra]);
  }

  /**
   * A page of an article list (/articles/<yyyy>/<mm>/…, /zones/<slug>/<yyyy>/…): its place among the pages,
   * its articles' entries, and `extra` (the zone, the neighbours' links).
   */
  articleList(path: string, number: number, of: number, ids: string[], extra: unknown): string {
    return digest(['article-list', path, number, of, ids.map((id) => this.item(id)), extra]);
  }

  /** A page listing issues (/issues/<yyyy>/, /issues/undated/…): what it shows of each issue, and `extra`. */
  issueList(path: string, issues: ArchiveIssue[], extra: unknown): string {
    const shown = issues.map((x) => [x.url, x.label, x.info.date, x.info.page, x.info.estimatedDate, x.articleIds.length]);
    return digest(['issue-list', path, shown, extra]);
  }

  /** /[...moved]/: the redirect's source and target. */
  redirect(r: Redirect): string {
    return digest(['redirect', r.from, r.to]);
  }
}

let cached: { archive: Archive; keys: CacheKeys } | null = null;

/** The key builder for an archive (one per archive object). */
export function cacheKeys(archive: Archive): CacheKeys {
  if (cached?.archive !== archive) cached = { archive, keys: new CacheKeys(archive) };
  return cached.keys;
}
