/**
 * The search page in the browser. Steps for a query:
 *  1. Traditional → Simplified with opencc-js (t2cn build, loaded only when the query has Han characters);
 *  2. zone detection: the longest zone form in the query (table embedded in the page);
 *  3. a zone query shows the zone's card and its articles first, from the zone shards (no index needed),
 *     then the articles that only mention the zone, from Pagefind's `mention` filter;
 *  4. other words go to Pagefind; its candidates are kept only if their text holds every word (Pagefind
 *     drops words it does not know and splits Chinese differently at index and query time).
 */
import { hasHan } from './normalize.ts';
import { analyse, containsAll, ZoneMatcher } from './query.ts';
import { excerptAround, escapeHtml, highlight, type Hit } from './merge.ts';
import { shardUrl, SHARD_SIZE, type ArticleRow, type SearchTable, type ZoneRow } from './table.ts';

const PAGE = 20;
const PAGEFIND_URL = '/pagefind/pagefind.js';
const SHARDS_URL = '/pagefind/shards.json';
/** Candidates checked per "page" of a text search before giving up on filling it. */
const MAX_CHECKED = 120;

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  mergeIndex?: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

let pagefindP: Promise<Pagefind> | null = null;
function pagefind(): Promise<Pagefind> {
  pagefindP ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 30 });
    // the index is sharded by issue year: merge the other years' bundles into this one
    const shards = (await fetch(SHARDS_URL).then((r) => (r.ok ? r.json() : []), () => [])) as string[];
    for (const path of shards) await pf.mergeIndex?.(path);
    await pf.init?.();
    return pf;
  });
  return pagefindP;
}

async function toSimplified(q: string): Promise<string> {
  if (!hasHan(q)) return q;
  const OpenCC = await import('opencc-js/t2cn');
  return OpenCC.Converter({ from: 'tw', to: 'cn' })(q);
}

/** A lazily consumed list of hits: `take(n)` gives up to n more. */
interface Stream {
  take(n: number): Promise<Hit[]>;
  done(): boolean;
}

const filtersFor = (p: Params) => ({
  ...(p.year ? { year: p.year } : {}),
  ...(p.kind ? { kind: p.kind } : {}),
});

function pagefindStream(term: string | null, filters: Record<string, unknown>, words: string[], skip: Set<string>): Stream {
  let results: PagefindResult[] | null = null;
  let i = 0;
  const load = async () => {
    if (!results) results = (await (await pagefind()).search(term, { filters, ...(term ? {} : { sort: { date: 'desc' } }) }))?.results ?? [];
    return results;
  };
  return {
    async take(n) {
      const all = await load();
      const out: Hit[] = [];
      let checked = 0;
      while (out.length < n && i < all.length && checked < MAX_CHECKED) {
        const batch = all.slice(i, i + Math.min(10, n - out.length + 2));
        i += batch.length;
        checked += batch.length;
        for (const d of await Promise.all(batch.map((r) => r.data()))) {
          if (skip.has(d.url) || !containsAll(`${d.meta.title ?? ''}\n${d.content}`, words)) continue;
          skip.add(d.url);
          out.push({
            url: d.url,
            title: d.meta.title ?? d.url,
            date: d.meta.date || null,
            kind: d.meta.kind ?? 'article',
            zones: (d.meta.zones ?? '').split(' ').filter(Boolean),
            excerpt: excerptAround(d.content.replace(d.meta.title ?? '', ''), words),
          });
        }
      }
      return out;
    },
    done: () => results !== null && i >= results.length,
  };
}

function shardStream(slug: string, p: Params, skip: Set<string>): Stream {
  let n = 0;
  let total = Infinity;
  let buffer: Hit[] = [];
  const fits = (r: ArticleRow) =>
    (!p.year || (r[2]?.slice(0, 4) ?? 'undated') === p.year) && (!p.kind || r[3] === p.kind);
  return {
    async take(want) {
      while (buffer.length < want && n * SHARD_SIZE < total) {
        const res = await fetch(shardUrl(slug, n++));
        if (!res.ok) break;
        const shard = (await res.json()) as { total: number; rows: ArticleRow[] };
        total = shard.total;
        for (const r of shard.rows) {
          const url = `/articles/${r[0]}/`;
          skip.add(url);
          if (fits(r)) buffer.push({ url, title: r[1], date: r[2], kind: r[3], zones: r[4], excerpt: r[5] });
        }
      }
      const out = buffer.slice(0, want);
      buffer = buffer.slice(want);
      return out;
    },
    done: () => buffer.length === 0 && n * SHARD_SIZE >= total,
  };
}

interface Params {
  q: string;
  zone: string;
  year: string;
  kind: string;
}

export function startSearch(root: HTMLElement, table: SearchTable): void {
  const zoneRows = new Map<string, ZoneRow>(table.zones.map((z) => [z[0], z]));
  const kindLabel = new Map(table.kinds);
  const matcher = new ZoneMatcher(table.zones);
  const params = new URLSearchParams(location.search);
  const p: Params = { q: params.get('q') ?? '', zone: params.get('zone') ?? '', year: params.get('year') ?? '', kind: params.get('kind') ?? '' };
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const out = root.querySelector<HTMLElement>('[data-search-output]')!;

  const zoneLinks = (slugs: string[]) =>
    slugs
      .map((s) => zoneRows.get(s))
      .filter((z): z is ZoneRow => Boolean(z))
      .map((z) => (z[2] > 0 ? `<a href="/zones/${z[0]}/">${escapeHtml(z[1])}</a>` : escapeHtml(z[1])))
      .join('、');

  function renderHit(h: Hit, words: string[]): string {
    const meta = [
      h.date ? `<time datetime="${h.date}">${h.date}</time>` : '日期不详',
      kindLabel.get(h.kind) ?? h.kind,
      h.zones.length ? `园区：${zoneLinks(h.zones)}` : '',
    ].filter(Boolean);
    return (
      `<li class="search-hit" data-hit data-url="${escapeHtml(h.url)}" data-zones="${escapeHtml(h.zones.join(' '))}">` +
      `<h3 class="search-hit-title"><a href="${escapeHtml(h.url)}">${highlight(h.title, words)}</a></h3>` +
      `<p class="search-hit-meta">${meta.join(' · ')}</p>` +
      `<p class="search-hit-excerpt">${highlight(h.excerpt, words)}</p></li>`
    );
  }

  /** A section: heading, list, and a "more" button while the stream has more. */
  async function section(id: string, heading: string, stream: Stream, words: string[], opts: { hideEmpty?: boolean } = {}): Promise<number> {
    const sec = document.createElement('section');
    sec.className = 'search-section';
    sec.dataset.section = id;
    sec.setAttribute('aria-labelledby', `h-${id}`);
    sec.innerHTML = `<h2 id="h-${id}">${heading}</h2><ol class="search-hits"></ol>`;
    const list = sec.querySelector('ol')!;
    const first = await stream.take(PAGE);
    if (!first.length && opts.hideEmpty) return 0;
    out.append(sec);
    list.innerHTML = first.map((h) => renderHit(h, words)).join('');
    let shown = first.length;
    if (!stream.done()) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      more.textContent = '显示更多结果';
      more.addEventListener('click', async () => {
        more.disabled = true;
        const next = await stream.take(PAGE);
        const at = list.children.length;
        list.insertAdjacentHTML('beforeend', next.map((h) => renderHit(h, words)).join(''));
        shown += next.length;
        (list.children[at]?.querySelector('a') as HTMLElement | null)?.focus();
        if (stream.done() || !next.length) more.remove();
        else more.disabled = false;
      });
      sec.append(more);
    }
    return shown;
  }

  async function run(): Promise<void> {
    const t0 = performance.now();
    const q = (await toSimplified(p.q)).trim();
    const a = analyse(q, matcher);
    const zone = a.zone ?? (p.zone && zoneRows.has(p.zone) ? { slug: p.zone, name: zoneRows.get(p.zone)![1], count: zoneRows.get(p.zone)![2], form: '' } : null);
    const words = a.words;
    if (!zone && !words.length) {
      status.textContent = p.q ? '请输入园区名称或关键词。' : '输入园区名称（如“南宁高新区”）或任意词语搜索全部文章。';
      root.dataset.state = 'idle';
      return;
    }
    out.innerHTML = '';
    const notes: string[] = [];
    if (q !== p.q.trim()) notes.push(`已按简体字搜索“${escapeHtml(q)}”。`);
    const skip = new Set<string>();
    const hl = zone?.form ? [zone.form, zone.name, ...words] : words;
    let total = 0;
    if (zone) {
      const row = zoneRows.get(zone.slug)!;
      const card = document.createElement('section');
      card.className = 'zone-card';
      card.dataset.zoneCard = zone.slug;
      card.setAttribute('aria-label', '园区');
      card.innerHTML =
        row[2] > 0
          ? `<h2><a href="/zones/${row[0]}/">${escapeHtml(row[1])}</a></h2><p>本站收录该园区文章 ${row[2]} 篇。<a href="/zones/${row[0]}/">进入园区页面</a></p>`
          : `<h2>${escapeHtml(row[1])}</h2><p>该园区暂无文章。可在<a href="/zones/">园区索引</a>中浏览其他园区。</p>`;
      out.append(card);
      const zoneFilters = { ...filtersFor(p), zone: zone.slug };
      const own = row[2] > 0 ? (words.length ? pagefindStream(words.join(' '), zoneFilters, words, skip) : shardStream(zone.slug, p, skip)) : null;
      if (own) total += await section('zone', `${escapeHtml(row[1])}的文章`, own, hl);
      markTime(t0);
      // Articles that name the zone without being about it: Pagefind's `mention` filter (exact, no text
      // match). Loaded at once when the zone's own list fits on one page, else on request: the index's page
      // list alone is ~160 KB on a big archive, more than the zone's whole answer.
      const mentions = () => pagefindStream(words.length ? words.join(' ') : null, { ...filtersFor(p), mention: zone.slug }, words, skip);
      const heading = `提到${escapeHtml(row[1])}的其他文章`;
      if (!own || own.done()) total += await section('mentions', heading, mentions(), hl, { hideEmpty: true });
      else {
        const ask = document.createElement('button');
        ask.type = 'button';
        ask.className = 'search-more';
        ask.dataset.loadMentions = '';
        ask.textContent = `显示${heading}`;
        ask.addEventListener('click', async () => {
          ask.disabled = true;
          const n = await section('mentions', heading, mentions(), hl, { hideEmpty: true });
          ask.remove();
          if (!n) status.append(` 没有其他文章提到${row[1]}。`);
          else out.querySelector<HTMLElement>('[data-section="mentions"] [data-hit] a')?.focus();
        });
        out.append(ask);
      }
      if (row[2] === 0 && zone.form) {
        // A zone without articles of its own: articles whose text has the form the reader typed.
        const ws = [zone.form, ...words];
        total += await section('text', `提到“${escapeHtml(zone.form)}”的文章`, pagefindStream(ws.join(' '), filtersFor(p), ws, skip), hl, { hideEmpty: true });
      }
    } else {
      total += await section('text', '文章', pagefindStream(words.join(' '), { ...filtersFor(p), ...(p.zone ? { zone: p.zone } : {}) }, words, skip), words, { hideEmpty: true });
      markTime(t0);
    }
    if (total === 0 && !(zone && zoneRows.get(zone.slug)![2] === 0)) {
      const empty = document.createElement('div');
      empty.className = 'search-empty';
      empty.dataset.empty = '';
      empty.innerHTML = `<p>没有找到与“${escapeHtml(p.q)}”相关的文章。</p><p>请检查用字，减少关键词，或<a href="/zones/">按园区</a>、<a href="/issues/">按往期</a>浏览。</p>`;
      out.append(empty);
    }
    const found = total > 0 ? `找到 ${total}${out.querySelector('.search-more') ? '+' : ''} 篇文章。` : zone && zoneRows.get(zone.slug)![2] === 0 ? '该园区暂无文章。' : '没有结果。';
    status.innerHTML = notes.join('') + found;
    root.dataset.state = 'done';
  }

  function markTime(t0: number) {
    if (root.dataset.firstResultsMs) return;
    // For tests and the benchmark: ms from the query's start, and from navigation start.
    root.dataset.firstResultsMs = String(Math.round(performance.now() - t0));
    root.dataset.firstResultsAt = String(Math.round(performance.now()));
  }

  root.dataset.state = 'searching';
  status.textContent = '正在搜索…';
  run().catch((e: unknown) => {
    status.textContent = '搜索出错，请稍后再试。';
    root.dataset.state = 'error';
    console.error(e);
  });
}
