/**
 * Page plans: a seeded, reproducible layout of one newspaper page — page size, grid, fonts,
 * running header, and rectangular article modules on the column grid, with every text the page
 * prints. Everything downstream (Typst source, gold records) is derived from the plan.
 */
import { bylineStyle, primaryZone, signatureNames, subheadPositions } from './articles.ts';
import { planHeader, type HeaderPlan } from './header.ts';
import { emWidth, hasLatin, mm, paraLines } from './measure.ts';
import { hashSeed, rng, type Rng } from './rng.ts';
import type { Template } from './templates.ts';
import type { ArticleText, SigForm } from './types.ts';

export const SONG = 'AR PL SungtiL GB';
export const HEI = 'WenQuanYi Zen Hei';

export interface Photo {
  heightPt: number;
  frame: boolean;
  caption: string | null;
  credit: string | null;
}

export interface ModuleStyle {
  head: 'top' | 'inset' | 'vertical';
  titleSize: number;
  titleHei: boolean;
  /** Thicken the headline with a glyph outline stroke (a bold look without doubled glyphs). */
  titleStroke: boolean;
  /** Draw the headline twice, 0.3pt apart (extractors see doubled glyphs). */
  fakeBold: boolean;
  titleAlign: 'left' | 'center';
  subtitleDash: boolean;
  sigForm: SigForm;
  subheadHei: boolean;
  subheadCenter: boolean;
  /** Photo-news: title above (true) or under the photo. */
  titleAbovePhoto: boolean;
  topPhoto: Photo | null;
  flowPhoto: Photo | null;
  flowPhotoAfter: number;
}

export interface ModulePlan {
  article: ArticleText;
  style: ModuleStyle;
  /** Effective head style for the module's span. */
  head: 'top' | 'inset' | 'vertical';
  span: number;
  col: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Height of the head block (top/inset) in pt. */
  headH: number;
  /** Height of the body block in pt (columns). */
  bodyH: number;
  /** Inset: paragraph and char offset (in the printed first-paragraph string) where column 1 ends. */
  split: { para: number; at: number } | null;
  /** A photo filling spare room at the bottom of the module. */
  fillPhoto: Photo | null;
  /** Height the module's text needs (top of module to end of body); the rest is spare room. */
  needH: number;
}

export interface PagePlan {
  doc: string;
  pageNo: number;
  seed: number;
  template: string;
  w: number;
  h: number;
  marginTop: number;
  marginBottom: number;
  marginSide: number;
  cols: number;
  gutter: number;
  colW: number;
  bodySize: number;
  /** Leading (gap between lines) in em. */
  leading: number;
  bodyHei: boolean;
  header: HeaderPlan;
  headerH: number;
  modules: ModulePlan[];
  /** Order in which modules are emitted into the content stream (indices into modules). */
  emitOrder: number[];
  headerFirst: boolean;
}

/** Corrections found by compiling: per article id. */
export interface Adjust {
  body: Record<string, number>;
  head: Record<string, number>;
  col1: Record<string, number>;
  exclude: string[];
}
export const emptyAdjust = (): Adjust => ({ body: {}, head: {}, col1: {}, exclude: [] });

const NAMES = ['刘新', '王晓东', '陈静', '张涛', '李明', '赵琳', '孙宇', '周洁', '吴昊', '郑雪'];
const CAPTIONS = [
  (z: string) => `${z}企业研发人员在实验室开展技术攻关。`,
  (z: string) => `${z}一家企业的智能化生产线。`,
  (z: string) => `图为${z}核心区一角。`,
  (z: string) => `${z}重点项目建设现场。`,
  (z: string) => `${z}企业展示最新研发成果。`,
  (z: string) => `工作人员在${z}政务服务大厅为企业办理业务。`,
];

function pickPhoto(r: Rng, a: ArticleText, heightPt: number): Photo {
  const z = primaryZone(a);
  const caption = r.chance(0.85) ? (a.photoCaption ?? r.pick(CAPTIONS)(z)) : null;
  const cr = r.next();
  const credit = cr < 0.35 ? `${r.pick(NAMES)}/摄` : cr < 0.7 || !caption ? `图片来源：${z}` : null;
  return { heightPt, frame: r.chance(0.3), caption, credit };
}

/** Per-article style, drawn from (seed, article id) so it is stable while the layout is re-tried. */
function articleStyle(seed: number, a: ArticleText, tpl: Template): ModuleStyle {
  const r = rng(hashSeed(seed, a.id, 'style'));
  const titleSize = r.int(tpl.titleSize[0] * 2, tpl.titleSize[1] * 2) / 2;
  const plainText = a.kind === 'article';
  const noHeadExtras = !a.kicker && !a.subtitle && bylineStyle(a) !== 'line';
  const chars = [...a.title].length;
  let head: ModuleStyle['head'] = 'top';
  const hv = r.next();
  if (plainText && a.subheads.length === 0 && hv < tpl.pInset) head = 'inset';
  else if (plainText && noHeadExtras && !hasLatin(a.title) && chars >= 8 && chars <= 22 && hv > 1 - tpl.pVertical) head = 'vertical';
  const sig = signatureNames(a);
  const sigForm: SigForm = a.sigForm ?? (sig.length > 1 ? 'paren' : r.pick(['paren', 'paren', 'wen', 'right'] as const));
  const flow = plainText && head !== 'inset' && r.chance(tpl.pFlowPhoto);
  const top = plainText && head === 'top' && !flow && r.chance(tpl.pTopPhoto);
  return {
    head,
    titleSize,
    titleHei: r.chance(0.6),
    titleStroke: r.chance(0.35),
    fakeBold: r.chance(tpl.pFakeBold),
    titleAlign: r.chance(0.6) ? 'center' : 'left',
    subtitleDash: r.chance(tpl.pKickerSubtitleDash),
    sigForm,
    subheadHei: r.chance(0.6),
    subheadCenter: r.chance(0.5),
    titleAbovePhoto: r.chance(0.5),
    topPhoto: top ? pickPhoto(r, a, mm(r.int(35, 60))) : null,
    flowPhoto: flow ? pickPhoto(r, a, mm(r.int(25, 45))) : null,
    flowPhotoAfter: r.int(0, Math.max(0, a.paragraphs.length - 2)),
  };
}

/** What the page prints for an article's body, in order (single column): used for sizing and by typst.ts. */
export interface BodyItem {
  t: 'para' | 'subhead' | 'photo' | 'sigline';
  text: string;
  /** For 'para': index into article.paragraphs; the printed text may start with an inline byline. */
  para?: number;
  /** Prefix printed before the paragraph text (inline byline). */
  prefix?: string;
  /** Suffix printed after the paragraph text (paren signature or photo credit). */
  suffix?: string;
}

export function bodyItems(a: ArticleText, st: ModuleStyle): BodyItem[] {
  const items: BodyItem[] = [];
  const pos = subheadPositions(a);
  const sig = signatureNames(a);
  const inline = bylineStyle(a) === 'inline';
  a.paragraphs.forEach((p, i) => {
    pos.forEach((at, j) => {
      if (at === i) items.push({ t: 'subhead', text: a.subheads[j]! });
    });
    const it: BodyItem = { t: 'para', text: p, para: i };
    if (i === 0 && inline) it.prefix = a.byline!;
    if (i === a.paragraphs.length - 1 && sig.length) {
      if (a.kind === 'photo-news') it.suffix = `${sig.join(' ')}/摄`;
      else if (st.sigForm === 'paren') it.suffix = `（${sig.join(' ')}）`;
    }
    items.push(it);
    if (st.flowPhoto && st.flowPhotoAfter === i) items.push({ t: 'photo', text: '' });
  });
  if (sig.length && a.kind !== 'photo-news' && st.sigForm !== 'paren') {
    items.push({ t: 'sigline', text: st.sigForm === 'wen' ? `文/${sig.join(' ')}` : sig.join(' ') });
  }
  return items;
}

interface Metrics {
  size: number;
  pitch: number;
  colW: number;
}

const capSize = (size: number) => Math.max(7, size * 0.85);
const photoBlockH = (p: Photo, size: number, w: number) => {
  const cs = capSize(size);
  const cpl = w / cs;
  let h = p.heightPt + 4;
  if (p.caption) h += paraLines(p.caption, cpl, 0) * cs * 1.3 + 2;
  if (p.credit) h += cs * 1.3 + 2;
  return h + 6;
};

/** Single-column height of a body's items at width colW. */
function bodyHeight(items: BodyItem[], st: ModuleStyle, m: Metrics): { total: number; unbreak: number } {
  const cpl = m.colW / m.size;
  let total = 0;
  let unbreak = m.pitch * 1.5;
  for (const it of items) {
    if (it.t === 'para') total += paraLines((it.prefix ?? '') + it.text + (it.suffix ?? ''), cpl) * m.pitch;
    else if (it.t === 'sigline') total += m.pitch;
    else if (it.t === 'subhead') {
      const ss = m.size * 1.12;
      const h = paraLines(it.text, m.colW / ss, 0) * ss * 1.3 + m.size * 1.6;
      total += h;
      unbreak = Math.max(unbreak, h + m.pitch * 2);
    } else if (it.t === 'photo' && st.flowPhoto) {
      const h = photoBlockH(st.flowPhoto, m.size, m.colW);
      total += h;
      unbreak = Math.max(unbreak, h * 0.7);
    }
  }
  return { total, unbreak };
}

/** Height of the head block (kicker, title, subtitle, line byline, top photo) at width w. */
function headHeight(a: ArticleText, st: ModuleStyle, w: number, size: number): number {
  let h = 4;
  const ts = st.titleSize;
  const kSize = Math.max(size * 1.2, ts * 0.55);
  if (a.kicker) h += paraLines(a.kicker, w / kSize, 0) * kSize * 1.25 + 3;
  if (a.title) h += paraLines(a.title, w / ts, 0) * ts * 1.2 + 3;
  if (a.subtitle) h += paraLines((st.subtitleDash ? '——' : '') + a.subtitle, w / kSize, 0) * kSize * 1.25 + 3;
  if (bylineStyle(a) === 'line') h += paraLines(a.byline!, w / size, 0) * size * 1.3 + 3;
  if (st.topPhoto) h += photoBlockH(st.topPhoto, size, w);
  return h + 6;
}

interface Need {
  h: number;
  headH: number;
  bodyH: number;
  head: ModulePlan['head'];
  split: ModulePlan['split'];
}

function vertLines(title: string): [string, string] {
  const chars = [...title];
  const colon = chars.findIndex((c) => c === '：' || c === ':');
  const cut = colon > 2 && colon < chars.length - 3 ? colon + 1 : Math.ceil(chars.length / 2);
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}
export { vertLines };

export const stripWidth = (ts: number) => ts * 2.5 + 6;

/** The size a module needs for an article at a span. */
function need(page: PageGeom, a: ArticleText, st: ModuleStyle, span: number, adj: Adjust): Need {
  const m: Metrics = { size: page.size, pitch: page.size * (1 + page.leading), colW: page.colW };
  const w = span * page.colW + (span - 1) * page.gutter;
  const items = bodyItems(a, st);
  const extraBody = adj.body[a.id] ?? 0;
  const extraHead = adj.head[a.id] ?? 0;
  let head: ModulePlan['head'] = st.head;
  if (span < 2 && head !== 'top') head = 'top';
  if (a.kind === 'photo-news') {
    const photo = Math.min(w * 0.68, mm(60));
    const ts = st.titleSize * 0.75;
    const titleH = a.title ? paraLines(a.title, w / ts, 0) * ts * 1.2 + 6 : 0;
    const b = bodyHeight(items, st, { ...m, colW: w });
    const h = photo + 6 + titleH + b.total + m.pitch + extraBody + extraHead;
    return { h, headH: 0, bodyH: b.total + m.pitch + extraBody, head: 'top', split: null };
  }
  const rowsOf = (x: number) => Math.ceil(x / m.pitch) * m.pitch;
  if (head === 'vertical') {
    const [l1, l2] = vertLines(a.title);
    const stripH = Math.max([...l1].length, [...l2].length) * st.titleSize * 1.06 + 8;
    const bw = w - stripWidth(st.titleSize) - page.gutter;
    const cw = (bw - (span - 1) * page.gutter) / span;
    if (cw < m.size * 6) head = 'top';
    else {
      const b = bodyHeight(items, st, { ...m, colW: cw });
      const bodyH = rowsOf(b.total / span + b.unbreak + extraBody);
      const h = Math.max(bodyH, stripH + extraHead);
      return { h, headH: 0, bodyH: h, head, split: null };
    }
  }
  if (head === 'inset') {
    const headW = w - page.colW - page.gutter;
    const headH = headHeight(a, st, headW, m.size) + extraHead;
    const b = bodyHeight(items, st, m);
    const H = rowsOf((b.total + headH * (span - 1)) / span + b.unbreak + extraBody);
    // fill column 1 with whole lines of the printed body, splitting a paragraph at a char offset
    const lines1 = Math.floor((H + page.leading * m.size) / m.pitch) - 1 - (adj.col1[a.id] ?? 0);
    let left = lines1;
    const cpl = page.colW / m.size - 0.4;
    let split: ModulePlan['split'] = null;
    for (const it of items) {
      if (it.t !== 'para') break; // inset modules have no subheads or photos before the split
      const printed = (it.prefix ?? '') + it.text;
      const lines = paraLines(printed + (it.suffix ?? ''), cpl + 0.4);
      if (lines <= left) {
        left -= lines;
        continue;
      }
      // split inside this paragraph after `left` lines
      let em = 2;
      let at = 0;
      const chars = [...printed];
      const room = left * cpl * 0.985;
      while (at < chars.length && em + emWidth(chars[at]!) <= room) em += emWidth(chars[at++]!);
      // do not start column 2 with closing punctuation
      while (at > 0 && at < chars.length && /[，。、；：！？”’）》]/u.test(chars[at]!)) at--;
      const prefixLen = [...(it.prefix ?? '')].length;
      if (at > prefixLen + 1 && at < chars.length - 1) split = { para: it.para!, at };
      break;
    }
    if (!split) head = 'top';
    else return { h: H, headH, bodyH: H - headH, head, split };
  }
  const headH = headHeight(a, st, w, m.size) + extraHead;
  const b = bodyHeight(items, st, m);
  const bodyH = rowsOf(b.total / span + b.unbreak + extraBody);
  return { h: headH + bodyH, headH, bodyH, head: 'top', split: null };
}

interface PageGeom {
  size: number;
  leading: number;
  colW: number;
  gutter: number;
  cols: number;
}

const BAND_GAP = mm(5);

function compositions(total: number, parts: number): number[][] {
  if (parts === 1) return [[total]];
  const out: number[][] = [];
  for (let first = 1; first <= total - parts + 1; first++) for (const rest of compositions(total - first, parts - 1)) out.push([first, ...rest]);
  return out;
}

interface Band {
  mods: { a: ArticleText; span: number; need: Need }[];
  h: number;
}

function chars(a: ArticleText): number {
  return a.paragraphs.join('').length;
}

function layoutBands(page: PageGeom, chosen: ArticleText[], groups: number[], styles: Map<string, ModuleStyle>, adj: Adjust): Band[] | null {
  const bands: Band[] = [];
  let i = 0;
  let g = 0;
  while (i < chosen.length) {
    let m = Math.min(groups[g++ % groups.length]!, chosen.length - i, page.cols);
    let best: Band | null = null;
    while (!best && m >= 1) {
      const arts = chosen.slice(i, i + m);
      let bestCost = Infinity;
      for (const comp of compositions(page.cols, m)) {
        const ok = arts.every((a, k) => {
          const s = comp[k]!;
          if (a.kind === 'photo-news') return s <= 2;
          if (chars(a) > 900 && s < 2) return false;
          return true;
        });
        if (!ok) continue;
        const needs = arts.map((a, k) => need(page, a, styles.get(a.id)!, comp[k]!, adj));
        const hs = needs.map((n) => n.h);
        const max = Math.max(...hs);
        const cost = max + 0.6 * (max - Math.min(...hs));
        if (cost < bestCost) {
          bestCost = cost;
          best = { mods: arts.map((a, k) => ({ a, span: comp[k]!, need: needs[k]! })), h: max };
        }
      }
      if (!best) m--;
    }
    const band = best as Band | null;
    if (!band) return null;
    bands.push(band);
    i += band.mods.length;
  }
  return bands;
}

export interface PlanInput {
  doc: string;
  pageNo: number;
  seed: number;
  template: Template;
  pool: ArticleText[];
  section: string;
  pageNumber: number;
  adjust?: Adjust;
}

/** Plan one page. Deterministic in its input. */
export function planPage(input: PlanInput): PagePlan {
  const { template: tpl, seed } = input;
  const adj = input.adjust ?? emptyAdjust();
  const r = rng(hashSeed(seed, 'page'));
  const [wMm, hMm] = r.pick(tpl.sizes);
  const w = mm(wMm);
  const h = mm(hMm);
  const marginSide = mm(r.int(tpl.marginMm[0], tpl.marginMm[1]));
  const marginTop = mm(r.int(tpl.marginMm[0], tpl.marginMm[1]));
  const marginBottom = mm(r.int(tpl.marginMm[0], tpl.marginMm[1]));
  const cols = r.pick(tpl.cols);
  const gutter = mm(tpl.gutterMm[0] + r.next() * (tpl.gutterMm[1] - tpl.gutterMm[0]));
  const colW = (w - 2 * marginSide - (cols - 1) * gutter) / cols;
  const bodySize = Math.round((tpl.bodySize[0] + r.next() * (tpl.bodySize[1] - tpl.bodySize[0])) * 4) / 4;
  const leading = r.pick(tpl.leadings);
  const bodyHei = r.chance(tpl.pHeiBody);
  const header = planHeader(r, input.pageNumber, input.section);
  const headerH = mm(header.pageOnSectionLine ? 24 : 28);
  header.heightPt = headerH;
  const geom: PageGeom = { size: bodySize, leading, colW, gutter, cols };
  const avail = h - marginTop - marginBottom - headerH;
  const target = r.int(Math.max(4, tpl.articles[0]), tpl.articles[1]);
  const groups = Array.from({ length: 8 }, () => r.pick(cols >= 5 ? [1, 2, 2, 3, 3] : [1, 2, 2, 3]));
  const excluded = new Set(adj.exclude);
  const order = r.shuffle(input.pool.filter((a) => !excluded.has(a.id)));
  const styles = new Map(input.pool.map((a) => [a.id, articleStyle(seed, a, tpl)] as const));

  const total = (bs: Band[]) => bs.reduce((s, b) => s + b.h, 0) + BAND_GAP * (bs.length - 1);
  let chosen: ArticleText[] = [];
  let bands: Band[] = [];
  let longs = 0;
  let photos = 0;
  for (const cand of order) {
    if (chosen.length >= target) break;
    const long = chars(cand) > 1300;
    if (long && longs >= 1) continue;
    if (cand.kind === 'photo-news' && photos >= 1) continue;
    const trial = layoutBands(geom, [...chosen, cand], groups, styles, adj);
    if (!trial || total(trial) > avail) continue;
    chosen = [...chosen, cand];
    bands = trial;
    if (long) longs++;
    if (cand.kind === 'photo-news') photos++;
  }
  if (!chosen.length) throw new Error(`page ${input.doc}-p${input.pageNo}: no article fits`);

  // spread the spare height over the bands; large spare room in a module becomes a photo
  const spare = Math.max(0, avail - total(bands));
  const perBand = spare / bands.length;
  const modules: ModulePlan[] = [];
  let y = marginTop + headerH;
  const pr = rng(hashSeed(seed, 'fill'));
  for (const b of bands) {
    const bh = b.h + perBand;
    let col = 0;
    for (const { a, span, need: n } of b.mods) {
      const st = styles.get(a.id)!;
      const mw = span * colW + (span - 1) * gutter;
      const room = bh - n.h;
      let fillPhoto: Photo | null = null;
      if (a.kind === 'article' && room > mm(30) && pr.chance(0.85)) {
        const p = pickPhoto(pr, a, 0);
        const rest = photoBlockH(p, bodySize, mw) + 4;
        p.heightPt = Math.min(room - rest, mw * 0.8);
        if (p.heightPt > mm(18)) fillPhoto = p;
      }
      modules.push({
        article: a,
        style: st,
        head: n.head,
        span,
        col,
        x: marginSide + col * (colW + gutter),
        y,
        w: mw,
        h: bh,
        headH: n.headH,
        bodyH: n.bodyH,
        split: n.split,
        fillPhoto,
        needH: n.h,
      });
      col += span;
    }
    y += bh + BAND_GAP;
  }
  modules.sort((p, q) => p.y - q.y || p.x - q.x);
  const shuffled = r.chance(tpl.pShuffle);
  const emitOrder = modules.map((_, i) => i);
  if (shuffled) r.shuffle(emitOrder);
  return {
    doc: input.doc,
    pageNo: input.pageNo,
    seed,
    template: tpl.name,
    w,
    h,
    marginTop,
    marginBottom,
    marginSide,
    cols,
    gutter,
    colW,
    bodySize,
    leading,
    bodyHei,
    header,
    headerH,
    modules,
    emitOrder,
    headerFirst: !shuffled || r.chance(0.5),
  };
}
