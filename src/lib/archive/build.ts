/**
 * All parsed pages → the Archive (issues, articles, zones, redirects), with permanent ids from the registry.
 * Pure: records and the lock in, archive and the next lock out.
 */
import type { ArticleRecord, PageRecord } from '../types';
import type { Archive, ArchiveArticle, ArchiveIssue, ArchiveZone, LinkRef, Redirect, ZoneRef } from './model';
import { fingerprint, fingerprintKey, resolveArticles, sortKeys, type Candidate, type Fingerprint, type PermalinkLock } from './permalinks';
import { noMemo, type Memo } from './memo';
import { stopwatch, type Timing } from './stopwatch';
import { articleUrl, articlesIndexUrl, issueKey, issueUrl, issuesIndexUrl, pdfUrl, seedFile, seedSlug, sourceUrl, rawUrl, zoneUrl, zonesIndexUrl, fnv1a } from './urls';
import { pinyinSlug, zoneKey, type ZoneResolver } from './zones';
import { issueLabels } from './labels';
import { discover } from './discover';
import { gazetteerZones, mentionsOf, namedZones, otherZonesNamed } from './mentions';
import { fold } from '../search/normalize.ts';
import { jsonEqual } from './jsonEqual.ts';

export interface BuildOptions {
  lock: PermalinkLock;
  resolveZone: ZoneResolver;
  seedsDir?: string;
  /**
   * Entities and related articles (lib/archive/discover.ts); default on. Off for a build whose archive
   * is thrown away (the first of two builds when corrections are applied): the work is done once per build.
   */
  discover?: boolean;
  /**
   * Per-article results kept between builds, keyed by content and code (lib/archive/memo.ts): fingerprints
   * and their keys, zone mentions, entities. Default none: everything computed.
   */
  memo?: Memo;
  /** Told how long each phase took, in ms, as it ends: `permalinks`, `mentions`, `entities`, `related`. */
  timing?: Timing;
}

export interface BuildReport {
  /** Articles not in the registry yet (id, title). */
  added: { id: string; title: string }[];
  /** Registered article ids that lost their article (now redirects). */
  vanished: { id: string; to: string }[];
  /** Registered articles whose content changed but kept their id. */
  moved: string[];
  /** Issue keys / zone slugs not registered yet. */
  newIssues: string[];
  newZones: string[];
  /** Registered issue keys / zone slugs that now redirect. */
  goneIssues: string[];
  goneZones: string[];
  /** Entity slugs not registered yet, and registered ones that now redirect. */
  newEntities: string[];
  goneEntities: string[];
  /** True when the lock would change if written. */
  lockChanged: boolean;
}

export interface BuildResult {
  archive: Archive;
  nextLock: PermalinkLock;
  report: BuildReport;
}

const untitled = (a: ArticleRecord) => {
  const text = a.paragraphs[0] ?? a.captions[0] ?? '';
  const head = Array.from(text).slice(0, 18).join('');
  return head ? `图片新闻：${head}${Array.from(text).length > 18 ? '…' : ''}` : '图片新闻';
};

export function displayTitle(a: ArticleRecord): string {
  return a.title?.trim() || a.kicker?.trim() || (a.kind === 'photo-news' ? untitled(a) : '无题');
}

/** The article's body blocks: the parser's interleaved body, or paragraphs alone when it gave none. */
export function bodyBlocks(a: ArticleRecord) {
  if (a.body && a.body.length > 0) return a.body;
  return a.paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
}

function candidateText(a: ArticleRecord): string {
  return [a.kicker, a.title, a.subtitle, ...bodyBlocks(a).map((b) => b.text), ...a.captions].filter(Boolean).join('\n');
}

function compareIssues(a: PageRecord, b: PageRecord): number {
  const da = a.issue.date;
  const db = b.issue.date;
  if (da && db) {
    if (da !== db) return da < db ? -1 : 1;
    const pa = a.issue.page ?? Infinity;
    const pb = b.issue.page ?? Infinity;
    if (pa !== pb) return pa - pb;
  } else if (da || db) {
    return da ? -1 : 1;
  }
  return a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0;
}

/** Newest first, undated last; otherwise issue then reading order (`order`: id → index in the archive). */
export function newestFirst<T extends ArchiveArticle>(articles: T[], order: Map<string, number>): T[] {
  return [...articles].sort((x, y) => {
    if (x.date !== y.date) {
      if (!x.date) return 1;
      if (!y.date) return -1;
      return x.date < y.date ? 1 : -1;
    }
    return order.get(x.id)! - order.get(y.id)!;
  });
}

const ref = (a: ArchiveArticle | undefined): LinkRef | null => (a ? { id: a.id, url: a.url, title: a.displayTitle } : null);

export function buildArchive(pages: PageRecord[], opts: BuildOptions): BuildResult {
  const { lock, resolveZone } = opts;
  const memo = opts.memo ?? noMemo;
  const sorted = [...pages].sort(compareIssues);

  // Issues: keys, made unique in issue order.
  const usedKeys = new Set<string>();
  const keys = sorted.map((p) => {
    let key = issueKey(p.issue.date, p.issue.page, p.seed);
    if (usedKeys.has(key)) key = `${key}-${seedSlug(p.seed)}`;
    usedKeys.add(key);
    return key;
  });

  // Issue names readers see: date and page, with the lead headline where those do not tell pages apart.
  const labels = issueLabels(sorted.map((p) => ({ date: p.issue.date, page: p.issue.page, lead: p.articles[0] ? displayTitle(p.articles[0]) : null })));

  // Articles: permanent ids.
  const flat: { page: PageRecord; pageIndex: number; a: ArticleRecord; position: number }[] = [];
  sorted.forEach((page, pageIndex) =>
    page.articles.forEach((a, i) => flat.push({ page, pageIndex, a, position: i + 1 })),
  );
  const candidates: Candidate[] = flat.map(({ page, a }) => ({
    parserId: a.id,
    seed: page.seed,
    title: displayTitle(a),
    text: candidateText(a),
  }));
  let sw = stopwatch();
  // with a cache, unchanged texts are matched by their fingerprints' cached keys: the fingerprints themselves
  // (22 MB of cache on 16k articles) are read only when the index is needed
  const made = new Map<string, Fingerprint>(); // fingerprints this build made for keys, by text
  const res = resolveArticles(
    candidates,
    lock.articles,
    opts.memo
      ? {
          fp: (text) => made.get(text) ?? memo.get('fingerprints', memo.digest(text), () => fingerprint(text)),
          key: (text) => {
            const key = memo.digest(text);
            return memo.get('fingerprintKeys', key, () => {
              // made anyway: kept for the builds that need the index (an article edited or gone), and for this one
              const fp = fingerprint(text);
              memo.put('fingerprints', key, fp);
              made.set(text, fp);
              return fingerprintKey(fp);
            });
          },
          one: (text) => made.get(text) ?? fingerprint(text),
        }
      : fingerprint,
  );
  opts.timing?.('permalinks', sw.wall(), sw.cpu());
  const parserToId = new Map<string, string>();
  flat.forEach((f, i) => parserToId.set(`${f.page.seed}\u0000${f.a.id}`, res.ids[i]));

  // Zones: group written forms by gazetteer zone or pinyin slug.
  interface ZoneAcc {
    zone: ArchiveZone;
    forms: Map<string, number>;
  }
  const zoneAcc = new Map<string, ZoneAcc>();
  const nonGazSlugOwner = new Map<string, string>(); // slug → zoneKey
  const slugForName = new Map<string, string>();
  const zoneSlugOf = (name: string): string => {
    const key = zoneKey(name);
    const cached = slugForName.get(key);
    if (cached) return cached;
    const g = resolveZone(name) ?? resolveZone(key);
    let slug: string;
    let facts: Omit<ArchiveZone, 'slug' | 'url' | 'writtenForms' | 'articleIds' | 'mentionIds'>;
    if (g) {
      slug = g.slug;
      facts = {
        name: g.name,
        short: g.short || null,
        aliases: [...g.aliases],
        province: g.province || null,
        city: g.city || null,
        approved: g.approved == null ? null : String(g.approved),
        inGazetteer: true,
      };
    } else {
      slug = pinyinSlug(name);
      const owner = nonGazSlugOwner.get(slug);
      if ((owner && owner !== key) || (!owner && zoneAcc.has(slug))) slug = `${slug}-${fnv1a(key).toString(36)}`;
      nonGazSlugOwner.set(slug, key);
      facts = { name: key, short: null, aliases: [], province: null, city: null, approved: null, inGazetteer: false };
    }
    if (!zoneAcc.has(slug)) {
      zoneAcc.set(slug, { forms: new Map(), zone: { slug, url: zoneUrl(slug), ...facts, writtenForms: [], articleIds: [], mentionIds: [] } });
    }
    slugForName.set(key, slug);
    return slug;
  };

  // Build articles.
  const articles: ArchiveArticle[] = flat.map(({ page, pageIndex, a, position }, i) => {
    const id = res.ids[i];
    const key = keys[pageIndex];
    const sSlug = seedSlug(page.seed);
    const zones: ZoneRef[] = [];
    for (const name of a.zones) {
      const slug = zoneSlugOf(name);
      if (zones.some((z) => z.slug === slug)) continue;
      zones.push({ name, slug, url: zoneUrl(slug) });
      const acc = zoneAcc.get(slug)!;
      acc.forms.set(name, (acc.forms.get(name) ?? 0) + 1);
    }
    const captions = [...a.captions];
    for (const c of page.captions) if (c.article === a.id && !captions.includes(c.text)) captions.push(c.text);
    const record: ArticleRecord = { ...a, id };
    return {
      id,
      parserId: a.id,
      url: articleUrl(id),
      displayTitle: displayTitle(a),
      record,
      seed: page.seed,
      issueKey: key,
      issueUrl: issueUrl(key),
      issueLabel: labels[pageIndex],
      date: page.issue.date,
      page: page.issue.page,
      position,
      zones,
      captions,
      prev: null,
      next: null,
      sourceUrl: `${sourceUrl(sSlug)}#l${a.lines?.[0] ?? 1}`,
      mentions: [],
      entities: [],
      related: [],
    };
  });

  // Issues. A page's articles are those made from it (issue keys are unique): grouped once, not searched
  // for among all articles per page.
  const byPage: ArchiveArticle[][] = sorted.map(() => []);
  flat.forEach((f, i) => byPage[f.pageIndex]!.push(articles[i]!));
  const issues: ArchiveIssue[] = sorted.map((page, pageIndex) => {
    const key = keys[pageIndex];
    const sSlug = seedSlug(page.seed);
    const own = byPage[pageIndex]!;
    own.forEach((x, i) => {
      x.prev = ref(own[i - 1]);
      x.next = ref(own[i + 1]);
    });
    const captions = page.captions.map((c) => ({
      ...c,
      article: c.article ? (parserToId.get(`${page.seed}\u0000${c.article}`) ?? c.article) : null,
    }));
    return {
      key,
      url: issueUrl(key),
      seed: page.seed,
      sourceUrl: sourceUrl(sSlug),
      rawUrl: rawUrl(sSlug),
      label: labels[pageIndex],
      info: page.issue,
      articleIds: own.map((x) => x.id),
      captions,
      fragments: page.fragmentLines?.length
        ? page.fragmentLines
        : page.fragments.map((text) => ({ text, line: 0 })),
      furniture: page.furniture,
      warnings: page.warnings,
      dropped: page.dropped ?? '',
      prev: null,
      next: null,
      sha256: page.sha256,
      sourceText: page.sourceText ?? null,
      pdfUrl: /\.pdf$/i.test(seedFile(page.seed)) ? pdfUrl(seedFile(page.seed)) : null,
    };
  });
  issues.forEach((iss, i) => {
    const p = issues[i - 1];
    const n = issues[i + 1];
    iss.prev = p ? { id: p.key, url: p.url, title: p.label } : null;
    iss.next = n ? { id: n.key, url: n.url, title: n.label } : null;
  });

  // Zone article lists: newest first, undated last; ties in issue then reading order.
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const a of articles) for (const z of a.zones) zoneAcc.get(z.slug)!.zone.articleIds.push(a.id);
  const others = [...zoneAcc.values()]
    .filter(({ zone }) => !zone.inGazetteer)
    .map(({ zone, forms }) => ({ slug: zone.slug, forms: [...new Set([zone.name, ...forms.keys()].map(fold))] }));
  sw = stopwatch();
  // Cached per article: the gazetteer's zones by its text; the other zones by its text and the set of their
  // forms (in a canonical order: which zones a text names does not depend on the order they were met in,
  // and namedZones puts them in this build's order). A new zone outside the gazetteer, or a new form of
  // one, recomputes the second part only.
  const canonical = others.map((o) => ({ slug: o.slug, forms: [...o.forms].sort() })).sort((x, y) => (x.slug < y.slug ? -1 : 1));
  const othersKey = memo.digest(JSON.stringify(canonical));
  for (const a of articles) {
    a.mentions = mentionsOf(a, others, (text) => {
      const key = memo.digest(text);
      const gazetteer = () => memo.get('gazetteerMentions', key, () => gazetteerZones(text));
      const other = () => memo.get('zoneMentions', memo.digest(`${othersKey}\n${key}`), () => otherZonesNamed(text, canonical));
      return namedZones(text, others, gazetteer, other);
    });
    for (const slug of a.mentions) zoneAcc.get(slug)?.zone.mentionIds.push(a.id);
  }
  opts.timing?.('mentions', sw.wall(), sw.cpu());
  const zones: ArchiveZone[] = [...zoneAcc.values()]
    .map(({ zone, forms }) => {
      // Most used form first; on a tie the one with fewer ASCII characters (full-width brackets are the norm).
      const ascii = (f: string) => f.replace(/[^\x00-\x7f]/g, '').length;
      const written = [...forms.entries()]
        .sort((x, y) => y[1] - x[1] || ascii(x[0]) - ascii(y[0]) || (x[0] < y[0] ? -1 : 1))
        .map(([f]) => f);
      zone.writtenForms = written;
      if (!zone.inGazetteer && written.length) zone.name = written[0];
      zone.articleIds = newestFirst(zone.articleIds.map((id) => byId.get(id)!), order).map((a) => a.id);
      zone.mentionIds = newestFirst(zone.mentionIds.map((id) => byId.get(id)!), order).map((a) => a.id);
      return zone;
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));

  // Redirects: articles (follow successor chains), issues, zones.
  const liveArticle = new Set(articles.map((a) => a.id));
  const issueBySeed = new Map(issues.map((x) => [x.seed, x]));
  const articleTarget = (id: string, seen = new Set<string>()): string => {
    if (liveArticle.has(id)) return articleUrl(id);
    const r = res.redirects.get(id);
    if (r?.to && !seen.has(r.to)) {
      seen.add(id);
      return articleTarget(r.to, seen);
    }
    const seed = r?.seed ?? lock.articles[id]?.seed;
    const iss = seed ? issueBySeed.get(seed) : undefined;
    return iss ? iss.url : articlesIndexUrl;
  };
  const redirects: Redirect[] = [];
  const vanished: BuildReport['vanished'] = [];
  for (const [id, r] of [...res.redirects.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const to = articleTarget(id);
    redirects.push({ from: articleUrl(id), to, reason: r.reason });
    if (res.vanished.includes(id)) vanished.push({ id, to });
  }
  const liveKeys = new Set(issues.map((x) => x.key));
  const goneIssues: string[] = [];
  for (const [key, seed] of Object.entries(lock.issues).sort()) {
    if (liveKeys.has(key)) continue;
    goneIssues.push(key);
    const iss = issueBySeed.get(seed);
    redirects.push({ from: issueUrl(key), to: iss ? iss.url : issuesIndexUrl, reason: iss ? 'issue key changed' : 'page no longer in the archive' });
  }
  const liveSlugs = new Set(zones.map((z) => z.slug));
  const goneZones: string[] = [];
  for (const [slug, name] of Object.entries(lock.zones).sort()) {
    if (liveSlugs.has(slug)) continue;
    goneZones.push(slug);
    const now = slugForName.get(zoneKey(name)) ?? resolveZone(name)?.slug;
    redirects.push({
      from: zoneUrl(slug),
      to: now && liveSlugs.has(now) ? zoneUrl(now) : zonesIndexUrl,
      reason: now && liveSlugs.has(now) ? 'zone slug changed' : 'no articles about this zone now',
    });
  }

  // Entities and related articles, from the final records.
  const registeredEntities = lock.entities ?? {};
  let nextEntities = registeredEntities;
  let entities: Archive['entities'] = [];
  let newEntities: string[] = [];
  let goneEntities: string[] = [];
  if (opts.discover !== false) {
    const found = discover(articles, registeredEntities, (ids) => newestFirst(ids.map((id) => byId.get(id)!), order).map((a) => a.id), opts.timing, memo);
    for (const a of articles) {
      a.entities = found.articleEntities.get(a.id) ?? [];
      a.related = found.related.get(a.id) ?? [];
    }
    entities = found.entities;
    nextEntities = found.lockEntities;
    redirects.push(...found.redirects);
    newEntities = found.newEntities;
    goneEntities = found.goneEntities;
  }

  // The next lock: everything live now plus everything ever registered.
  const nextIssues: Record<string, string> = { ...lock.issues };
  for (const x of issues) nextIssues[x.key] = x.seed;
  const nextZones: Record<string, string> = { ...lock.zones };
  for (const z of zones) nextZones[z.slug] = z.name;
  const nextLock: PermalinkLock = {
    version: 1,
    articles: res.next,
    issues: sortKeys(nextIssues),
    zones: sortKeys(nextZones),
    entities: sortKeys(nextEntities),
  };

  const latestDated = [...issues].reverse().find((x) => x.info.date);
  const archive: Archive = {
    generatedFrom: { seedsDir: opts.seedsDir ?? 'seeds', pages: pages.length },
    articles,
    issues,
    zones,
    entities,
    redirects,
    latestIssue: (latestDated ?? issues[issues.length - 1])?.key ?? null,
  };
  const report: BuildReport = {
    added: res.added.map((i) => ({ id: res.ids[i], title: candidates[i].title })),
    vanished,
    moved: res.moved,
    newIssues: issues.filter((x) => !(x.key in lock.issues)).map((x) => x.key),
    newZones: zones.filter((z) => !(z.slug in lock.zones)).map((z) => z.slug),
    goneIssues,
    goneZones,
    newEntities,
    goneEntities,
    // as the two would serialise, compared without building the strings (25 MB each on 16k articles)
    lockChanged: !jsonEqual(nextLock, { version: 1, articles: sortKeys(lock.articles), issues: sortKeys(lock.issues), zones: sortKeys(lock.zones), entities: sortKeys(registeredEntities) }),
  };
  return { archive, nextLock, report };
}
