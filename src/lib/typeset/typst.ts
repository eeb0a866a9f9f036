/**
 * Typst source from page plans. Every printed text goes through one function that records it,
 * as gold text or as an extra (signature brackets, "文/", "/摄", the second copy of a fake-bold
 * headline), so the generator can prove the PDF prints exactly the gold plus the extras.
 * Invisible position markers after each block let the compiler step detect overflow.
 */
import { bodyItems, HEI, SONG, stripWidth, vertLines, type BodyItem, type ModulePlan, type PagePlan, type Photo } from './plan.ts';

export interface Marker {
  label: string;
  articleId: string;
  /** head: head block overflow; body: columns overflow; col1: inset first column; module: whole module. */
  kind: 'head' | 'body' | 'col1' | 'module';
  /** Largest allowed y (pt from the page top) of the marker. */
  limitY: number;
  pageNo: number;
  /** Columns the overflow is spread over (for the correction). */
  span: number;
}

export interface PageSource {
  /** Printed text runs that are gold text. */
  gold: string[];
  /** Printed text runs that are not in the gold (signature markers, doubled headline copies). */
  extras: string[];
  markers: Marker[];
  /** Paragraphs printed in two separated parts (inset headline): full text -> parts. */
  splits: [string, string[]][];
}

const pt = (x: number) => `${x.toFixed(2)}pt`;
const esc = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const font = (hei: boolean) => esc(hei ? HEI : SONG);

class Writer {
  gold: string[] = [];
  extras: string[] = [];
  markers: Marker[] = [];
  splits: [string, string[]][] = [];
  constructor(readonly plan: PagePlan) {}
  /** A string literal for printed gold text (code mode). */
  g(s: string): string {
    this.gold.push(s);
    return esc(s);
  }
  /** A string literal for printed text that is not gold. */
  x(s: string): string {
    this.extras.push(s);
    return esc(s);
  }
  marker(m: ModulePlan, kind: Marker['kind'], limitY: number, span = 1): string {
    const label = `mk-${this.plan.pageNo}-${this.markers.length}`;
    this.markers.push({ label, articleId: m.article.id, kind, limitY, pageNo: this.plan.pageNo, span });
    return `context [#metadata(here().position())<${label}>]`;
  }
}

function photoBlock(w: Writer, p: Photo, size: number, align: string): string {
  const cs = Math.max(7, size * 0.85);
  const parts = [
    `rect(width: 100%, height: ${pt(p.heightPt)}, fill: luma(${p.frame ? 215 : 195}), stroke: ${p.frame ? '0.6pt + luma(60)' : 'none'})`,
    `v(3pt)`,
  ];
  if (p.caption) parts.push(`block(width: 100%, text(size: ${pt(cs)}, font: ${font(true)}, ${w.g(p.caption)}))`);
  if (p.credit) parts.push(`block(width: 100%, align(${align}, text(size: ${pt(cs)}, ${w.g(p.credit)})))`);
  return `block(width: 100%, breakable: false, { set par(first-line-indent: 0pt, justify: false, leading: 0.3em); ${parts.join('; ')} })`;
}

/** The head block: kicker, title, subtitle, line byline, top photo. */
function head(w: Writer, m: ModulePlan, size: number): string {
  const a = m.article;
  const st = m.style;
  const ts = st.titleSize;
  const ks = Math.max(size * 1.2, ts * 0.55);
  const parts: string[] = [`set par(justify: false, first-line-indent: 0pt, leading: 0.2em)`, `set align(${st.titleAlign})`, `v(2pt)`];
  if (a.kicker) parts.push(`block(text(font: ${font(!st.titleHei)}, size: ${pt(ks)}, ${w.g(a.kicker)}))`, `v(3pt)`);
  if (a.title) parts.push(title(w, m, ts), `v(3pt)`);
  if (a.subtitle) parts.push(`block(text(font: ${font(!st.titleHei)}, size: ${pt(ks)}, ${w.g((st.subtitleDash ? '——' : '') + a.subtitle)}))`, `v(3pt)`);
  if (a.byline && !bodyItems(a, st).some((i) => i.prefix)) {
    parts.push(`block(width: 100%, align(left, text(font: ${font(true)}, size: ${pt(size)}, ${w.g(a.byline)})))`, `v(3pt)`);
  }
  if (st.topPhoto) parts.push(`v(2pt)`, photoBlock(w, st.topPhoto, size, 'right'));
  return parts.join('; ');
}

function title(w: Writer, m: ModulePlan, ts: number): string {
  const st = m.style;
  const stroke = st.titleStroke ? `, stroke: 0.35pt + black` : '';
  const t = (lit: string) => `text(font: ${font(st.titleHei)}, size: ${pt(ts)}${stroke}, ${lit})`;
  if (!st.fakeBold) return `block(width: 100%, ${t(w.g(m.article.title))})`;
  // (the copy is placed with the title's own alignment: placed at the left, a centred title's copy stood apart from it)
  return `block(width: 100%, { place(top + ${st.titleAlign}, dx: 0.3pt, dy: 0.15pt, block(width: 100%, ${t(w.g(m.article.title))})); ${t(w.x(m.article.title))} })`;
}

/** Markup of body items (paragraphs, subheads, photos, signature line), ending with `end`. */
function bodyMarkup(w: Writer, m: ModulePlan, items: BodyItem[], size: number, end: string, firstNoIndent = false): string {
  const st = m.style;
  const out: string[] = [];
  items.forEach((it, k) => {
    const last = k === items.length - 1;
    const tail = last ? `#${end}` : '';
    if (it.t === 'para') {
      let s = '';
      if (it.prefix) s += `#text(font: ${font(true)}, ${w.g(it.prefix)})`;
      s += `#${w.g(it.text)}`;
      if (it.suffix) {
        if (m.article.kind === 'photo-news') s += `#h(1em)#${w.g(it.suffix.slice(0, -2))}#${w.x('/摄')}`;
        else s += `#${w.x('（')}#${w.g(it.suffix.slice(1, -1))}#${w.x('）')}`;
      }
      if (k === 0 && firstNoIndent) out.push(`#{ set par(first-line-indent: 0pt); [${s}${tail}] }`);
      else out.push(s + tail);
    } else if (it.t === 'subhead') {
      const ss = size * 1.12;
      out.push(
        `#block(sticky: true, above: ${pt(size * 0.9)}, below: ${pt(size * 0.6)}, width: 100%, { set par(first-line-indent: 0pt, justify: false, leading: 0.3em); set align(${st.subheadCenter ? 'center' : 'left'}); text(font: ${font(st.subheadHei)}, size: ${pt(ss)}${st.subheadHei ? '' : ', stroke: 0.3pt + black'}, ${w.g(it.text)}) })${tail}`,
      );
    } else if (it.t === 'photo' && st.flowPhoto) {
      out.push(`#block(above: ${pt(size * 0.8)}, below: ${pt(size * 0.8)}, ${photoBlock(w, st.flowPhoto, size, 'right')})${tail}`);
    } else if (it.t === 'sigline') {
      const lit = it.text.startsWith('文/') ? `${w.x('文/')} + ${w.g(it.text.slice(2))}` : w.g(it.text);
      out.push(`#block(width: 100%, { set par(first-line-indent: 0pt); align(right, text(font: ${font(true)}, ${lit}))})${tail}`);
    } else if (last) out.push(tail);
  });
  return out.join('\n\n');
}

const bodySet = (p: PagePlan) =>
  `#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: ${p.leading}em, spacing: ${p.leading}em)\n#set text(font: ${font(p.bodyHei)}, size: ${pt(p.bodySize)})\n`;

function moduleTop(w: Writer, p: PagePlan, m: ModulePlan): string {
  const items = bodyItems(m.article, m.style);
  const bodyTop = m.y + m.headH;
  const pitch = p.bodySize * (1 + p.leading);
  const headEnd = w.marker(m, 'head', bodyTop + 1);
  const h = head(w, m, p.bodySize);
  const endMk = w.marker(m, 'body', bodyTop + m.bodyH + pitch * 0.5, m.span);
  const body = bodyMarkup(w, m, items, p.bodySize, endMk);
  const parts = [
    `block(width: 100%, height: ${pt(m.headH)}, { ${h}; ${headEnd} })`,
    `block(width: 100%, height: ${pt(m.bodyH)}, columns(${m.span}, gutter: ${pt(p.gutter)})[${bodySet(p)}${body}])`,
  ];
  parts.push(fill(w, p, m));
  return `block(width: ${pt(m.w)}, height: ${pt(m.h)}, { ${parts.join('; ')} })`;
}

/** The spare-room photo under a module's text (or nothing). */
function fill(w: Writer, p: PagePlan, m: ModulePlan): string {
  if (!m.fillPhoto) return 'none';
  return `v(6pt); ${photoBlock(w, m.fillPhoto, p.bodySize, 'right')}; ${w.marker(m, 'module', m.y + m.h + 1)}`;
}

function moduleInset(w: Writer, p: PagePlan, m: ModulePlan): string {
  const items = bodyItems(m.article, m.style);
  const sp = m.split!;
  const k = items.findIndex((i) => i.t === 'para' && i.para === sp.para);
  const it = items[k]!;
  const pre = [...(it.prefix ?? '')].length;
  const chars = [...it.text];
  const cut = sp.at - pre;
  const first: BodyItem = { t: 'para', text: chars.slice(0, cut).join(''), para: sp.para, ...(it.prefix ? { prefix: it.prefix } : {}) };
  const second: BodyItem = { t: 'para', text: chars.slice(cut).join(''), para: sp.para, ...(it.suffix ? { suffix: it.suffix } : {}) };
  w.splits.push([it.text, [first.text, second.text]]);
  const pitch = p.bodySize * (1 + p.leading);
  const H = m.needH;
  const col1End = w.marker(m, 'col1', m.y + H + pitch * 0.5);
  const col1 = bodyMarkup(w, m, [...items.slice(0, k), first], p.bodySize, col1End);
  const headEnd = w.marker(m, 'head', m.y + m.headH + 1);
  const h = head(w, m, p.bodySize);
  const endMk = w.marker(m, 'body', m.y + H + pitch * 0.5, m.span - 1);
  const rest = bodyMarkup(w, m, [second, ...items.slice(k + 1)], p.bodySize, endMk, true);
  const rightW = m.w - p.colW - p.gutter;
  const grid = `grid(columns: (${pt(p.colW)}, ${pt(rightW)}), column-gutter: ${pt(p.gutter)},
    block(width: 100%, height: ${pt(H)})[${bodySet(p)}${col1}],
    block(width: 100%, height: ${pt(H)}, { block(width: 100%, height: ${pt(m.headH)}, { ${h}; ${headEnd} }); block(width: 100%, height: ${pt(m.bodyH)}, columns(${m.span - 1}, gutter: ${pt(p.gutter)})[${bodySet(p)}${rest}]) }))`;
  return `block(width: ${pt(m.w)}, height: ${pt(m.h)}, { ${grid}; ${fill(w, p, m)} })`;
}

function moduleVertical(w: Writer, p: PagePlan, m: ModulePlan): string {
  const st = m.style;
  const items = bodyItems(m.article, st);
  const pitch = p.bodySize * (1 + p.leading);
  const H = m.needH;
  const endMk = w.marker(m, 'body', m.y + H + pitch * 0.5, m.span);
  const body = bodyMarkup(w, m, items, p.bodySize, endMk);
  const [l1, l2] = vertLines(m.article.title);
  w.gold.push(m.article.title);
  const col = (line: string) => `stack(dir: ttb, spacing: 0.06em, ${[...line].map(esc).join(', ')})`;
  const stroke = st.titleStroke ? `, stroke: 0.35pt + black` : '';
  const strip = `text(font: ${font(st.titleHei)}, size: ${pt(st.titleSize)}${stroke}, stack(dir: rtl, spacing: 0.4em, ${col(l1)}, ${col(l2)}))`;
  const sw = stripWidth(st.titleSize);
  const module = w.marker(m, 'module', m.y + H + 1);
  const grid = `grid(columns: (1fr, ${pt(sw)}), column-gutter: ${pt(p.gutter)},
    block(width: 100%, height: ${pt(H)}, columns(${m.span}, gutter: ${pt(p.gutter)})[${bodySet(p)}${body}]),
    block(width: 100%, height: ${pt(H)}, { align(center + top, ${strip}); ${module} }))`;
  return `block(width: ${pt(m.w)}, height: ${pt(m.h)}, { ${grid}; ${fill(w, p, m)} })`;
}

function modulePhotoNews(w: Writer, p: PagePlan, m: ModulePlan): string {
  const st = m.style;
  const a = m.article;
  const ts = st.titleSize * 0.75;
  const photoH = Math.min(m.w * 0.68, (72 / 25.4) * 60);
  const t = a.title ? `block(width: 100%, { set par(justify: false, first-line-indent: 0pt); align(center, text(font: ${font(st.titleHei)}, size: ${pt(ts)}, ${w.g(a.title)})) }); v(4pt)` : '';
  const photo = `rect(width: 100%, height: ${pt(photoH)}, fill: luma(190), stroke: ${st.topPhoto?.frame ? '0.6pt' : 'none'}); v(4pt)`;
  const endMk = w.marker(m, 'module', m.y + m.h + p.bodySize);
  const body = bodyMarkup(w, m, bodyItems(a, st), p.bodySize, endMk);
  const order = [st.titleAbovePhoto ? t : photo, st.titleAbovePhoto ? photo : t].filter(Boolean).join('; ');
  return `block(width: ${pt(m.w)}, height: ${pt(m.h)}, { ${order}; block(width: 100%)[${bodySet(p)}${body}] })`;
}

function header(w: Writer, p: PagePlan): string {
  const hd = p.header;
  const W = p.w - 2 * p.marginSide;
  const secFont = font(hd.sectionHei);
  const parts: string[] = [];
  const dateRun = `text(size: 9pt, ${w.g(hd.datePrinted[0])}); h(1em); text(size: 9pt, ${w.g(hd.datePrinted[1])})`;
  // gold keeps the date as one string; the two printed runs are recorded separately above, fix up:
  w.gold.splice(w.gold.length - 2, 2, hd.dateText);
  const editor = `text(size: 8.5pt, ${w.g(hd.editorLine)})`;
  if (hd.pageOnSectionLine) {
    const eng = hd.english ? `h(10pt); text(size: 11pt, font: ${font(false)}, ${w.g(hd.english)}); ` : '';
    parts.push(`place(top + left, box({ text(font: ${secFont}, size: 28pt, ${w.g(hd.section)}); ${eng}h(10pt); text(font: ${font(true)}, size: 24pt, ${w.g(String(hd.page))}) }))`);
    const torch = hd.torch ? `; h(2em); text(size: 8.5pt, ${w.g(hd.torch)})` : '';
    parts.push(`place(top + left, dy: 40pt, box({ ${dateRun}; h(2em); ${editor}${torch} }))`);
  } else {
    const eng = hd.english ? `; v(3pt); text(size: 9pt, tracking: 1.5pt, ${w.g(hd.english)})` : '';
    parts.push(`place(top + left, block({ set par(first-line-indent: 0pt, justify: false); text(font: ${secFont}, size: 30pt, ${w.g(hd.section)})${eng} }))`);
    parts.push(`place(top + right, box(fill: black, inset: (x: 9pt, y: 6pt), text(font: ${font(true)}, size: 26pt, fill: white, ${w.g(String(hd.page))})))`);
    if (hd.torch) parts.push(`place(top + left, dx: ${pt(W * 0.32)}, dy: 6pt, text(size: 10pt, font: ${font(true)}, ${w.g(hd.torch)}))`);
    parts.push(`place(top + right, dx: -70pt, dy: 4pt, block({ set align(right); set par(first-line-indent: 0pt, justify: false); box({ ${dateRun} }); v(4pt); box(${editor}) }))`);
  }
  parts.push(`place(bottom + left, dy: -8pt, line(length: 100%, stroke: 1.6pt))`);
  return `place(top + left, dx: ${pt(p.marginSide)}, dy: ${pt(p.marginTop)}, block(width: ${pt(W)}, height: ${pt(p.headerH)}, { ${parts.join('; ')} }))`;
}

function moduleSource(w: Writer, p: PagePlan, m: ModulePlan): string {
  const body =
    m.article.kind === 'photo-news'
      ? modulePhotoNews(w, p, m)
      : m.head === 'inset'
        ? moduleInset(w, p, m)
        : m.head === 'vertical'
          ? moduleVertical(w, p, m)
          : moduleTop(w, p, m);
  return `#place(top + left, dx: ${pt(m.x)}, dy: ${pt(m.y)}, ${body})`;
}

/** Typst source of one page, as the body of a `page()` call, with what it prints. */
export function pageSource(p: PagePlan): { src: string; printed: PageSource } {
  const w = new Writer(p);
  const hdr = `#${header(w, p)}`;
  const mods = p.emitOrder.map((i) => moduleSource(w, p, p.modules[i]!));
  const body = p.headerFirst ? [hdr, ...mods] : [...mods, hdr];
  const src = `#page(width: ${pt(p.w)}, height: ${pt(p.h)}, margin: 0pt)[\n${body.join('\n')}\n]`;
  return { src, printed: { gold: w.gold, extras: w.extras, markers: w.markers, splits: w.splits } };
}

export const PREAMBLE = `#set text(font: (${esc(SONG)}, ${esc(HEI)}), lang: "zh", region: "cn", hyphenate: false, top-edge: 0.88em, bottom-edge: -0.12em)
#set par(first-line-indent: 0pt)
#set block(spacing: 0pt)
`;

/** Typst source of a document (pages in order). */
export function docSource(pages: PagePlan[]): { src: string; printed: PageSource[] } {
  const out = pages.map(pageSource);
  return { src: PREAMBLE + out.map((o) => o.src).join('\n'), printed: out.map((o) => o.printed) };
}
