/** Gold records of a page, derived from its plan (never from any extraction). */
import { furniture } from './header.ts';
import { signatureNames } from './articles.ts';
import type { PagePlan, Photo } from './plan.ts';
import type { GoldArticle, GoldPage } from './types.ts';

export function goldName(doc: string, pageNo: number): string {
  return `${doc}-p${pageNo}`;
}

function photoCaptions(p: Photo | null): { text: string }[] {
  if (!p) return [];
  return [p.caption, p.credit].filter((s): s is string => !!s).map((text) => ({ text }));
}

export function goldPage(plan: PagePlan): GoldPage {
  const articles: GoldArticle[] = [];
  const captions: { text: string }[] = [];
  const forms = new Set<string>();
  for (const m of plan.modules) {
    const a = m.article;
    const st = m.style;
    articles.push({
      kind: a.kind,
      kicker: a.kicker,
      title: a.title,
      subtitle: a.subtitle ? (st.subtitleDash ? '——' : '') + a.subtitle : null,
      byline: a.byline,
      authors: [...a.authors],
      zones: [...a.zones],
      subheads: [...a.subheads],
      paragraphs: [...a.paragraphs],
      truncated: false,
    });
    if (signatureNames(a).length) forms.add(a.kind === 'photo-news' ? 'X/摄' : st.sigForm);
    if (a.kind === 'article') captions.push(...photoCaptions(st.topPhoto), ...photoCaptions(st.flowPhoto), ...photoCaptions(m.fillPhoto));
  }
  const h = plan.header;
  const notes = [
    `Synthetic page typeset with Typst by src/lib/typeset (template ${plan.template}, seed ${plan.seed}); gold taken from the layout plan, not from any extraction.`,
    `Reading order = module order by top edge, then left edge.`,
    plan.emitOrder.some((v, i) => v !== i) ? 'Modules are emitted in shuffled content-stream order.' : 'Modules are emitted in reading order.',
    plan.modules.some((m) => m.style.fakeBold && m.head !== 'vertical' && m.article.kind === 'article')
      ? 'Some headlines are drawn twice 0.3pt apart (fake bold): doubled glyphs are not gold.'
      : '',
    plan.modules.some((m) => m.head === 'vertical') ? 'A headline is set vertically in two lines (one glyph per row).' : '',
    plan.modules.some((m) => m.head === 'inset') ? "An inset headline sits beside a module's first column; the column text starts above it." : '',
    forms.size
      ? `End signatures are in authors only; their markers are not stored: ${[...forms].map((f) => ({ paren: '（X）', wen: '文/X', right: 'name on a right-aligned line', 'X/摄': 'photo credit X/摄' })[f] ?? f).join(', ')}.`
      : '',
    `Date printed as "${h.datePrinted.join(' ')}" (gap not a space in gold).`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    seed: `${goldName(plan.doc, plan.pageNo)}.txt`,
    issue: { date: h.date, page: h.page, section: h.section, editor: h.editor, layout: h.layout },
    articles,
    captions,
    furniture: furniture(h),
    fragments: [],
    notes,
  };
}

/** Every gold string whose characters are printed (byline names are printed once, in the byline). */
export function goldStrings(g: GoldPage): string[] {
  const out: string[] = [];
  for (const a of g.articles) {
    for (const s of [a.kicker, a.title, a.subtitle, a.byline]) if (s) out.push(s);
    out.push(...a.subheads, ...a.paragraphs);
    out.push(...a.authors.filter((n) => !(a.byline ?? '').includes(n)));
  }
  out.push(...g.captions.map((c) => c.text), ...g.furniture);
  return out;
}
