/**
 * The search page in the browser. Steps for a query:
 *  1. Traditional → Simplified with opencc-js (t2cn build, loaded only when the query has Han characters);
 *  2. zone detection: every zone form in the query, longest first (table embedded in the page);
 *  3. a zone query shows each zone's card and its articles first, from the zone shards (no index needed),
 *     then the articles that only mention the zone, from Pagefind's `mention` filter;
 *  4. other words go to Pagefind; its candidates are kept only if their text holds every word (Pagefind
 *     drops words it does not know and splits Chinese differently at index and query time);
 *  5. no words and no zone but a year or kind filter: every article of that year or kind, newest first.
 * A filter change runs the search again in place (a history entry of its own, the title naming the query).
 */
import { hasHan } from './normalize.ts';
import { analyse, ZoneMatcher, type ZoneHit } from './query.ts';
import { escapeHtml, highlight, type Hit } from './merge.ts';
import { pagefindFilters, pagefindStream, shardStream, type Narrowing, type Stream } from './streams.ts';
import { foundText, searchTitle } from './status.ts';
import type { SearchTable, ZoneRow } from './table.ts';

const PAGE = 20;
const SITE_NAME = '园区档案';

async function toSimplified(q: string): Promise<string> {
  if (!hasHan(q)) return q;
  const OpenCC = await import('opencc-js/t2cn');
  return OpenCC.Converter({ from: 'tw', to: 'cn' })(q);
}

interface Params {
  q: string;
  zone: string;
  year: string;
  kind: string;
  /** An organisation or person (entity slug) the results must name. */
  entity: string;
}

const PARAMS = ['q', 'zone', 'year', 'kind', 'entity'] as const;

const paramsOf = (search: string): Params => {
  const s = new URLSearchParams(search);
  return Object.fromEntries(PARAMS.map((k) => [k, s.get(k) ?? ''])) as unknown as Params;
};

/** The page's URL for these parameters (empty ones left out). */
const searchUrl = (p: Params): string => {
  const qs = new URLSearchParams(Object.entries(p).filter(([, v]) => v)).toString();
  return `/search/${qs ? `?${qs}` : ''}`;
};

/** Entity facets: at most this many, each named in at least two of the results shown. */
const FACETS = 8;

/** A section's count for the status line. */
interface Counted {
  shown: number;
  stream: Stream;
}

export function startSearch(root: HTMLElement, table: SearchTable): void {
  const zoneRows = new Map<string, ZoneRow>(table.zones.map((z) => [z[0], z]));
  const kindLabel = new Map(table.kinds);
  const matcher = new ZoneMatcher(table.zones);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const out = root.querySelector<HTMLElement>('[data-search-output]')!;
  let current = 0;

  const zoneLinks = (slugs: string[]) =>
    slugs
      .map((s) => zoneRows.get(s))
      .filter((z): z is ZoneRow => Boolean(z))
      .map((z) => (z[2] > 0 ? `<a href="/zones/${z[0]}/">${escapeHtml(z[1])}</a>` : escapeHtml(z[1])))
      .join('、');

  /** Entity names met in results (an entity filter's label needs the name its slug stands for). */
  const entityNames = new Map<string, string>();
  const filterLabels = (p: Params) => [
    ...(p.zone && zoneRows.has(p.zone) ? [zoneRows.get(p.zone)![1]] : []),
    ...(p.year ? [p.year === 'undated' ? '日期不详' : `${p.year}年`] : []),
    ...(p.kind ? [kindLabel.get(p.kind) ?? p.kind] : []),
    ...(p.entity ? [`提到${entityNames.get(p.entity) ?? p.entity}`] : []),
  ];

  function renderHit(h: Hit, words: string[]): string {
    // The kind is said only where it is not a plain article (every result is one otherwise).
    const meta = [
      h.date ? `<time datetime="${h.date}">${h.date}</time>` : '日期不详',
      h.kind !== 'article' ? (kindLabel.get(h.kind) ?? h.kind) : '',
      h.zones.length ? `园区：${zoneLinks(h.zones)}` : '',
    ].filter(Boolean);
    return (
      `<li class="search-hit" data-hit data-url="${escapeHtml(h.url)}" data-zones="${escapeHtml(h.zones.join(' '))}">` +
      `<h3 class="search-hit-title"><a href="${escapeHtml(h.url)}">${highlight(h.title, words)}</a></h3>` +
      `<p class="search-hit-meta">${meta.join(' · ')}</p>` +
      `<p class="search-hit-excerpt">${highlight(h.excerpt, words)}</p></li>`
    );
  }

  /**
   * The organisations and people most often named in the results shown, each with its page and a link that
   * narrows the search to the articles naming it. Counts are over the results shown so far, and say so.
   */
  function renderFacets(p: Params, hits: Hit[]): void {
    out.querySelector('[data-entity-facets]')?.remove();
    const counts = new Map<string, number>();
    for (const h of hits) for (const [slug, name] of h.entities ?? []) {
      entityNames.set(slug, name);
      if (slug !== p.entity) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    const top = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || entityNames.get(a[0])!.localeCompare(entityNames.get(b[0])!, 'zh-CN')).slice(0, FACETS);
    if (!top.length) return;
    const box = document.createElement('section');
    box.className = 'search-facets';
    box.dataset.entityFacets = '';
    box.setAttribute('aria-labelledby', 'h-facets');
    box.innerHTML =
      `<h2 id="h-facets">结果中常见的机构和人物</h2><p class="note">在已显示的 ${hits.length} 篇文章中</p><ul>` +
      top.map(([slug, n]) => {
        const name = escapeHtml(entityNames.get(slug)!);
        return `<li><a href="/entities/${escapeHtml(slug)}/">${name}</a> <a href="${escapeHtml(searchUrl({ ...p, entity: slug }))}" data-entity-filter="${escapeHtml(slug)}" aria-label="只看提到${name}的文章">${n} 篇</a></li>`;
      }).join('') +
      '</ul>';
    out.append(box);
  }

  function run(p: Params): Promise<void> {
    const token = ++current;
    const alive = () => token === current;
    const shownHits: Hit[] = [];
    const counted: Counted[] = [];
    const notes: string[] = [];
    /** Sections that found nothing yet among the candidates checked, with more to check. */
    let pending = 0;
    const refresh = () => {
      if (!alive()) return;
      status.innerHTML = notes.join('') + foundText(counted.map((c) => ({ shown: c.shown, total: c.stream.total() })));
    };

    /** A section: heading, list, and a "more" button while the stream has more. Hidden when empty if asked. */
    async function section(id: string, heading: string, stream: Stream, words: string[], opts: { hideEmpty?: boolean } = {}): Promise<number> {
      const first = await stream.take(PAGE);
      if (!alive() || (!first.length && stream.done() && opts.hideEmpty)) return 0;
      if (!first.length && !stream.done()) pending++;
      const sec = document.createElement('section');
      sec.className = 'search-section';
      sec.dataset.section = id;
      sec.setAttribute('aria-labelledby', `h-${id}`);
      sec.innerHTML = `<h2 id="h-${id}">${heading}</h2><ol class="search-hits"></ol>`;
      const list = sec.querySelector('ol')!;
      out.append(sec);
      list.innerHTML = first.map((h) => renderHit(h, words)).join('');
      shownHits.push(...first);
      const count: Counted = { shown: first.length, stream };
      counted.push(count);
      // none found among the candidates checked so far: say so, and let the reader look on
      const scan = document.createElement('p');
      scan.className = 'search-scan';
      scan.dataset.scanNote = '';
      const noteScan = () => {
        if (count.shown) scan.remove();
        else scan.textContent = stream.done() ? '没有找到含有全部词语的文章。' : `在前 ${stream.scanned?.() ?? 0} 个候选结果中暂未找到含有全部词语的文章。`;
      };
      if (!first.length) {
        noteScan();
        sec.append(scan);
      }
      if (!stream.done()) {
        const more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        const label = () => (count.shown ? '显示更多结果' : '继续查找');
        more.textContent = label();
        more.addEventListener('click', async () => {
          more.disabled = true;
          const next = await stream.take(PAGE);
          const at = list.children.length;
          list.insertAdjacentHTML('beforeend', next.map((h) => renderHit(h, words)).join(''));
          count.shown += next.length;
          shownHits.push(...next);
          renderFacets(p, shownHits);
          (list.children[at]?.querySelector('a') as HTMLElement | null)?.focus();
          noteScan();
          more.textContent = label();
          if (stream.done()) more.remove();
          else more.disabled = false;
          refresh();
        });
        sec.append(more);
      }
      return first.length;
    }

    /** A zone's card, its own articles, and those that only mention it. `id` tells sections of several zones apart. */
    async function zoneResults(zone: ZoneHit, id: string, words: string[], hl: string[], n: Narrowing, skip: Set<string>, t0: number): Promise<number> {
      const slug = zone.slug;
      const row = zoneRows.get(slug)!;
      const card = document.createElement('section');
      card.className = 'zone-card';
      card.dataset.zoneCard = slug;
      card.setAttribute('aria-label', `园区：${row[1]}`);
      card.innerHTML =
        row[2] > 0
          ? `<h2><a href="/zones/${row[0]}/">${escapeHtml(row[1])}</a></h2><p>本站收录该园区文章 ${row[2]} 篇。<a href="/zones/${row[0]}/">进入园区页面</a></p>`
          : `<h2>${escapeHtml(row[1])}</h2><p>该园区暂无文章。可在<a href="/zones/">园区索引</a>中浏览其他园区。</p>`;
      out.append(card);
      let total = 0;
      // the zone's shards know no entities: narrowed to one, its articles come from the index
      const own = row[2] > 0 ? (words.length || n.entity ? pagefindStream(words.length ? words.join(' ') : null, { ...pagefindFilters(n), zone: slug }, words, skip, n.alsoZone) : shardStream(slug, n, skip)) : null;
      if (own) total += await section(`zone${id}`, `${escapeHtml(row[1])}的文章`, own, hl);
      markTime(t0);
      // Articles that name the zone without being about it: Pagefind's `mention` filter (exact, no text
      // match). Loaded at once when the zone's own list fits on one page, else on request: the index's page
      // list alone is ~160 KB on a big archive, more than the zone's whole answer.
      const mentions = () => pagefindStream(words.length ? words.join(' ') : null, { ...pagefindFilters(n), mention: slug }, words, skip, n.alsoZone);
      const heading = `提到${escapeHtml(row[1])}的其他文章`;
      if (!alive()) return total;
      if (!own || own.done()) total += await section(`mentions${id}`, heading, mentions(), hl, { hideEmpty: true });
      else {
        const ask = document.createElement('button');
        ask.type = 'button';
        ask.className = 'search-more';
        ask.dataset.loadMentions = '';
        ask.textContent = `显示${heading}`;
        ask.addEventListener('click', async () => {
          ask.disabled = true;
          const found = await section(`mentions${id}`, heading, mentions(), hl, { hideEmpty: true });
          ask.remove();
          if (!found) notes.push(`没有其他文章提到${escapeHtml(row[1])}。`);
          else out.querySelector<HTMLElement>(`[data-section="mentions${id}"] [data-hit] a`)?.focus();
          refresh();
        });
        out.append(ask);
      }
      if (row[2] === 0 && zone.form) {
        // A zone without articles of its own: articles whose text has the form the reader typed.
        const ws = [zone.form, ...words];
        total += await section(`text${id}`, `提到“${escapeHtml(zone.form)}”的文章`, pagefindStream(ws.join(' '), pagefindFilters(n), ws, skip, n.alsoZone), hl, { hideEmpty: true });
      }
      return total;
    }

    async function go(): Promise<void> {
      const t0 = performance.now();
      const q = (await toSimplified(p.q)).trim();
      if (!alive()) return;
      const a = analyse(q, matcher);
      const filterZone = p.zone && zoneRows.has(p.zone) ? p.zone : '';
      // The zones shown: those the query names, else the zone filter's. A zone filter next to a zone query
      // narrows that zone's results to articles about both.
      const zones = a.zones.length ? a.zones : filterZone ? [{ slug: filterZone, name: zoneRows.get(filterZone)![1], count: zoneRows.get(filterZone)![2], form: '' }] : [];
      const alsoZone = a.zones.length && filterZone && !a.zones.some((z) => z.slug === filterZone) ? filterZone : '';
      const n: Narrowing = { year: p.year, kind: p.kind, entity: p.entity, alsoZone };
      const words = a.words;
      const browse = !zones.length && !words.length && Boolean(p.year || p.kind || p.entity);
      out.innerHTML = '';
      if (!zones.length && !words.length && !browse) {
        status.textContent = p.q ? '请输入园区名称或关键词。' : '输入园区名称（如“南宁高新区”）或任意词语搜索全部文章，或选择年份、类型浏览。';
        root.dataset.state = 'idle';
        return;
      }
      if (q !== p.q.trim()) notes.push(`已按简体字搜索“${escapeHtml(q)}”。`);
      if (alsoZone) notes.push(`只显示同时涉及${escapeHtml(zoneRows.get(alsoZone)![1])}的文章（园区筛选）。`);
      const skip = new Set<string>();
      const hl = [...zones.flatMap((z) => (z.form ? [z.form, z.name] : [])), ...words];
      let total = 0;
      if (zones.length) {
        for (const [i, z] of zones.entries()) total += await zoneResults(z, zones.length > 1 ? `-${i + 1}` : '', words, hl, n, skip, t0);
      } else {
        const heading = browse ? `筛选结果：${filterLabels(p).join('，')}` : '文章';
        const filters = { ...pagefindFilters(p), ...(filterZone ? { zone: filterZone } : {}) };
        total += await section('text', escapeHtml(heading), pagefindStream(words.length ? words.join(' ') : null, filters, words, skip), words, { hideEmpty: true });
        markTime(t0);
      }
      if (!alive()) return;
      const zoneWithout = zones.length > 0 && zones.every((z) => zoneRows.get(z.slug)![2] === 0);
      if (total === 0 && !zoneWithout && !pending) {
        const empty = document.createElement('div');
        empty.className = 'search-empty';
        empty.dataset.empty = '';
        const what = p.q.trim() ? `与“${escapeHtml(p.q)}”相关的文章` : '符合筛选条件的文章';
        empty.innerHTML = `<p>没有找到${what}。</p><p>请检查用字，减少关键词或筛选条件，或<a href="/zones/">按园区</a>、<a href="/issues/">按往期</a>浏览。</p>`;
        out.append(empty);
      }
      renderFacets(p, shownHits);
      if (p.entity) {
        notes.push(`只显示提到“${escapeHtml(entityNames.get(p.entity) ?? p.entity)}”的文章。<a href="${escapeHtml(searchUrl({ ...p, entity: '' }))}" data-clear-entity>显示全部</a> `);
        document.title = `${searchTitle({ q: p.q, filters: filterLabels(p) })} · ${SITE_NAME}`;
      }
      if (total === 0 && zoneWithout) status.innerHTML = notes.join('') + '该园区暂无文章。';
      else refresh();
      root.dataset.state = 'done';
    }

    root.dataset.state = 'searching';
    delete root.dataset.firstResultsMs;
    status.textContent = '正在搜索…';
    document.title = `${searchTitle({ q: p.q, filters: filterLabels(p) })} · ${SITE_NAME}`;
    return go().catch((e: unknown) => {
      if (!alive()) return;
      status.textContent = '搜索出错，请稍后再试。';
      root.dataset.state = 'error';
      console.error(e);
    });
  }

  function markTime(t0: number) {
    if (root.dataset.firstResultsMs) return;
    // For tests and the benchmark: ms from the query's start, and from navigation start.
    root.dataset.firstResultsMs = String(Math.round(performance.now() - t0));
    root.dataset.firstResultsAt = String(Math.round(performance.now()));
  }

  /** The form's fields into the URL (a history entry) and the search run again, focus left where it is. */
  function rerun(): void {
    const p: Params = Object.fromEntries(PARAMS.map((k) => [k, String(new FormData(form).get(k) ?? '')])) as unknown as Params;
    history.pushState(null, '', searchUrl(p));
    void run(p);
  }

  /** An entity link of the results (a facet, "显示全部") narrows or widens the search in place. */
  root.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-entity-filter], a[data-clear-entity]');
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    (form.elements.namedItem('entity') as HTMLInputElement).value = link.dataset.entityFilter ?? '';
    rerun();
    status.focus();
  });

  for (const select of form.querySelectorAll('select')) select.addEventListener('change', rerun);
  addEventListener('popstate', () => {
    const p = paramsOf(location.search);
    for (const [k, v] of Object.entries(p)) {
      const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
      if (el) el.value = v;
    }
    void run(p);
  });
  void run(paramsOf(location.search));
}
