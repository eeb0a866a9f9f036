/**
 * Corrections applied to freshly parsed pages. A change is applied only
 * where the record still holds what it expects (`from`, compared without
 * white space); else it is reported stale, with the file, the target and
 * why, and the record is left as parsed. Applied changes are noted on the
 * article (or page) they changed, for the reader to see.
 */
import type { ArticleRecord, CorrectionNote, PageRecord } from '../types.ts';
import { zonesOf } from '../zones/about.ts';
import type { ArticleChange, ArticleCorrection, Correction, PageChange, PageCorrection } from './format.ts';

export interface Stale {
  file: string;
  target: string;
  reason: string;
}

/** Where the parse put each article of a permanent id: its page and the parser's id. */
export type Placement = Map<string, { seed: string; parserId: string }>;

const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => squeeze(x) === squeeze(b[i]));
const quote = (s: string | null) => (s === null ? '（无）' : `“${s}”`);
const LABEL: Record<string, string> = { kicker: '引题', title: '标题', subtitle: '副题', byline: '署名', kind: '类别', authors: '作者', zones: '园区', subheads: '小标题', date: '日期', page: '版次', section: '栏目' };

type Outcome = { done: string } | { stale: string } | null; // null: nothing to change

class Pages {
  readonly bySeed: Map<string, PageRecord>;
  constructor(pages: PageRecord[]) {
    this.bySeed = new Map(pages.map((p) => [p.seed, structuredClone(p)]));
  }
  article(place: { seed: string; parserId: string } | undefined): { page: PageRecord; article: ArticleRecord } | null {
    const page = place && this.bySeed.get(place.seed);
    const article = page?.articles.find((a) => a.id === place!.parserId);
    return page && article ? { page, article } : null;
  }
}

/** Paragraphs and subheads, from the body blocks they are kept in. */
function syncFromBody(a: ArticleRecord): void {
  a.paragraphs = a.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  a.subheads = a.body.filter((b) => b.kind === 'subhead').map((b) => b.text);
}

/** Index in the body of the n-th (1-based) paragraph. */
const bodyIndexOfParagraph = (a: ArticleRecord, n: number) => {
  let seen = 0;
  return a.body.findIndex((b) => b.kind === 'paragraph' && ++seen === n);
};

function setText(a: ArticleRecord, c: Extract<ArticleChange, { field: 'kicker' | 'title' | 'subtitle' | 'byline' | 'kind' }>): Outcome {
  const current = a[c.field] as string | null;
  if (squeeze(current) !== squeeze(c.from)) return { stale: `${c.field} is now ${quote(current)}, not ${quote(c.from)}` };
  if (squeeze(c.to) === squeeze(c.from)) return null;
  (a as unknown as Record<string, string | null>)[c.field] = c.to;
  return { done: `${LABEL[c.field]}：${quote(current)} → ${quote(c.to)}` };
}

function setList(a: ArticleRecord, c: Extract<ArticleChange, { field: 'authors' | 'zones' | 'subheads' }>): Outcome {
  if (!sameList(a[c.field], c.from)) return { stale: `${c.field} are now [${a[c.field].join('、')}], not [${c.from.join('、')}]` };
  if (sameList(c.to, c.from)) return null;
  if (c.field === 'subheads') {
    if (c.to.length !== c.from.length) return { stale: 'subheads can be reworded, not added or removed (use split or paragraph changes)' };
    let k = 0;
    for (const b of a.body) if (b.kind === 'subhead') b.text = c.to[k++]!;
    syncFromBody(a);
  } else a[c.field] = [...c.to];
  return { done: `${LABEL[c.field]}：${c.from.join('、') || '（无）'} → ${c.to.join('、') || '（无）'}` };
}

function setParagraph(a: ArticleRecord, c: Extract<ArticleChange, { field: 'paragraph' }>): Outcome {
  const at = bodyIndexOfParagraph(a, c.index);
  if (at < 0) return { stale: `there is no paragraph ${c.index} now` };
  if (squeeze(a.body[at]!.text) !== squeeze(c.from)) return { stale: `paragraph ${c.index} now reads “${a.body[at]!.text.slice(0, 30)}…”` };
  if (squeeze(c.to) === squeeze(c.from)) return null;
  a.body[at] = { kind: 'paragraph', text: c.to };
  syncFromBody(a);
  return { done: `第${c.index}段文字订正` };
}

function split(page: PageRecord, a: ArticleRecord, c: Extract<ArticleChange, { split: number }>): Outcome {
  const at = bodyIndexOfParagraph(a, c.split);
  if (at < 0 || !squeeze(a.body[at]!.text).startsWith(squeeze(c.from))) return { stale: `paragraph ${c.split} does not start with “${c.from}” now` };
  const body = a.body.splice(at);
  syncFromBody(a);
  const paragraphs = body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const title = c.title ?? '';
  const part: ArticleRecord = {
    id: `${a.id}p${c.split}`, kind: 'article', kicker: null, title, subtitle: null, byline: null, authors: [],
    zones: zonesOf({ kicker: null, title, subtitle: null, paragraphs }), subheads: body.filter((b) => b.kind === 'subhead').map((b) => b.text),
    paragraphs, truncated: a.truncated, body, captions: [], lines: a.lines,
  };
  a.truncated = false;
  page.articles.splice(page.articles.indexOf(a) + 1, 0, part);
  return { done: `自第${c.split}段起拆为另一篇文章${title ? `《${title}》` : ''}` };
}

function merge(pages: Pages, place: Placement, page: PageRecord, a: ArticleRecord, c: Extract<ArticleChange, { mergeInto: string }>, notes: Map<ArticleRecord, string[]>): Outcome {
  if (!squeeze(a.paragraphs.join('')).startsWith(squeeze(c.from))) return { stale: `its text does not start with “${c.from}” now` };
  const into = pages.article(place.get(c.mergeInto));
  if (!into || into.article === a) return { stale: `article ${c.mergeInto} to merge into is not in the archive` };
  const other = into.article;
  other.body.push(...a.body);
  other.captions.push(...a.captions);
  other.authors = [...new Set([...other.authors, ...a.authors])];
  syncFromBody(other);
  page.articles.splice(page.articles.indexOf(a), 1);
  notes.set(other, [...(notes.get(other) ?? []), `并入了原被分开的一段文字（${a.title || '无标题'}）`]);
  return { done: `并入文章 ${c.mergeInto}` };
}

function moveCaption(page: PageRecord, a: ArticleRecord, c: Extract<ArticleChange, { caption: string }>): Outcome {
  const caption = page.captions.find((k) => squeeze(k.text) === squeeze(c.caption));
  if (!caption) return { stale: `no caption “${c.caption}” on its page now` };
  if (a.captions.some((k) => squeeze(k) === squeeze(c.caption))) return null;
  for (const other of page.articles) other.captions = other.captions.filter((k) => squeeze(k) !== squeeze(c.caption));
  a.captions.push(caption.text);
  caption.article = a.id;
  return { done: `图片说明“${caption.text}”归入本文` };
}

function pageChange(page: PageRecord, c: PageChange): Outcome {
  if ('hide' in c) {
    for (const a of page.articles) {
      const at = a.body.findIndex((b) => squeeze(b.text) === squeeze(c.hide));
      if (at < 0) continue;
      page.furniture.push(a.body.splice(at, 1)[0]!.text);
      syncFromBody(a);
      return { done: `“${c.hide}”是版面文字，不是正文` };
    }
    const f = page.fragments.findIndex((t) => squeeze(t) === squeeze(c.hide));
    if (f < 0) return { stale: `no text “${c.hide}” in its articles or fragments now` };
    page.furniture.push(...page.fragments.splice(f, 1));
    page.fragmentLines = page.fragmentLines.filter((l) => squeeze(l.text) !== squeeze(c.hide));
    return { done: `“${c.hide}”是版面文字，不是正文` };
  }
  const current = page.issue[c.field];
  if (String(current ?? '') !== String(c.from ?? '')) return { stale: `${c.field} is now ${current ?? 'null'}, not ${c.from ?? 'null'}` };
  if (String(c.to ?? '') === String(c.from ?? '')) return null;
  (page.issue as unknown as Record<string, unknown>)[c.field] = c.to;
  return { done: `${LABEL[c.field]}：${current ?? '（无）'} → ${c.to ?? '（无）'}` };
}

function articleChange(pages: Pages, place: Placement, target: { page: PageRecord; article: ArticleRecord }, c: ArticleChange, notes: Map<ArticleRecord, string[]>): Outcome {
  const { page, article } = target;
  if ('split' in c) return split(page, article, c);
  if ('mergeInto' in c) return merge(pages, place, page, article, c, notes);
  if ('caption' in c) return moveCaption(page, article, c);
  if (c.field === 'paragraph') return setParagraph(article, c);
  if (Array.isArray(c.from)) return setList(article, c as Extract<ArticleChange, { field: 'authors' | 'zones' | 'subheads' }>);
  return setText(article, c as Extract<ArticleChange, { field: 'kicker' | 'title' | 'subtitle' | 'byline' | 'kind' }>);
}

export interface Corrected {
  pages: PageRecord[];
  stale: Stale[];
  /** Changes applied. */
  applied: number;
}

export function applyCorrections(input: PageRecord[], place: Placement, corrections: Correction[]): Corrected {
  const pages = new Pages(input);
  const stale: Stale[] = [];
  let applied = 0;
  const noted = (rec: { corrections?: CorrectionNote[] }, k: Correction, changes: string[]) => {
    if (!changes.length) return;
    rec.corrections = [...(rec.corrections ?? []), { date: k.date, ...(k.note ? { note: k.note } : {}), changes, file: k.file }];
    applied += changes.length;
  };
  for (const k of corrections) {
    const extra = new Map<ArticleRecord, string[]>();
    const done: string[] = [];
    if ('article' in k) {
      const target = pages.article(place.get(k.article));
      if (!target) { stale.push({ file: k.file, target: k.article, reason: 'no article of that id in the archive now' }); continue; }
      for (const c of (k as ArticleCorrection).changes) {
        const out = articleChange(pages, place, target, c, extra);
        if (out && 'stale' in out) stale.push({ file: k.file, target: k.article, reason: out.stale });
        else if (out) done.push(out.done);
      }
      noted(target.article, k, done);
      for (const [other, lines] of extra) noted(other, k, lines);
    } else {
      const page = pages.bySeed.get((k as PageCorrection).page);
      if (!page) { stale.push({ file: k.file, target: k.page, reason: 'no page of that file in the seeds now' }); continue; }
      for (const c of (k as PageCorrection).changes) {
        const out = pageChange(page, c);
        if (out && 'stale' in out) stale.push({ file: k.file, target: k.page, reason: out.stale });
        else if (out) done.push(out.done);
      }
      noted(page, k, done);
    }
  }
  return { pages: input.map((p) => pages.bySeed.get(p.seed)!), stale, applied };
}
