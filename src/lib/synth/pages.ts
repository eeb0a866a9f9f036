/**
 * Compose synthetic raw pages from article records, laid out in the three
 * extraction styles the real pages come in, with what a parser should find
 * on them. Used by the benchmark (a large realistic input for the real
 * parser) and by the round-trip test (pages the parser has never seen).
 */
import type { ArticleRecord, ExtractionStyle } from '../types.ts';
import type { Rng } from './rng.ts';
import { wrapParagraph } from './wrap.ts';

/** What a page's parse should give for one article. */
export interface ExpectedArticle {
  headline: string;
  paragraphs: string[];
  authors: string[];
  zone: string | null;
}

export interface SynthPage {
  text: string;
  style: ExtractionStyle;
  date: string | null;
  expected: ExpectedArticle[];
}

export type Placement = 'before' | 'after' | 'end' | 'start';

export interface ComposeOptions {
  style: ExtractionStyle;
  /** Column measure in characters (wrapped and spaced styles). */
  measure: number;
  placement: Placement;
  /** Print the running header with this date (else the page is undated). */
  date: string | null;
}

/** The source of a synthetic article: a parsed record with a byline and a headline. */
export type SourceArticle = Pick<ArticleRecord, 'kicker' | 'title' | 'subtitle' | 'byline' | 'authors' | 'zones' | 'body'>;

const ASCII_PUNCT: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '“': '"', '”': '"', '！': '!', '？': '?' };
const asciiPunct = (s: string) => s.replace(/[，：；（）“”！？]/g, (c) => ASCII_PUNCT[c]!);

/** Justification spaces the extraction leaves around numbers in some lines. */
function justify(line: string, r: Rng, full: boolean): string {
  if (full && r.chance(0.03)) return [...line].join(' '); // a full line stretched glyph by glyph: "发 明 专 利 授 权"
  return r.chance(0.25) ? line.replace(/(\d+(?:\.\d+)?)/g, ' $1 ').replace(/^ | $/g, '') : line;
}

/** Split a headline too long for one printed line into two lines, at a colon or near the middle. */
function headlineLines(text: string, max: number): string[] {
  const chars = [...text];
  if (chars.length <= max) return [text];
  const colon = chars.findIndex((c) => c === '：' || c === ':');
  const at = colon > 1 && colon < chars.length - 2 ? colon + 1 : Math.ceil(chars.length / 2);
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

function doubled(text: string, r: Rng): string {
  return r.chance(0.5) ? [...text].map((c) => c + c).join('') : text + text;
}

function signatureNames(a: SourceArticle): string[] {
  const inByline = a.byline ?? '';
  return a.authors.filter((n) => !inByline.includes(n));
}

export function expectedOf(a: SourceArticle): ExpectedArticle {
  return {
    headline: [a.kicker, a.title, a.subtitle].filter(Boolean).join(''),
    paragraphs: a.body.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    authors: a.authors,
    zone: a.zones[0] ?? null,
  };
}

/** Header lines of the page (section, INNOVATION, page number, co-publisher, date, editor). */
function furniture(date: string, r: Rng): string[] {
  const [y, m, d] = date.split('-').map(Number);
  const week = '日一二三四五六'[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()];
  const big = r.chance(0.5);
  return ['创新园区', big ? 'INNOVATIONINNOVATION' : 'INNOVATION', big ? '55' : '5', '科技部火炬中心合办', `${y}.${m}.${d}星期${week}`, '■ 编辑：叶伟 ■ 组版：沙欣'];
}

/**
 * One page. Headlines go before their bodies, after them, or all at the end
 * or start of the page (wrapped style only: the other styles always print
 * them before, as the real pages do).
 */
export function composePage(articles: SourceArticle[], opts: ComposeOptions, r: Rng): SynthPage {
  const { style } = opts;
  let measure = opts.measure;
  const placement = style === 'wrapped' ? opts.placement : 'before';
  const out: string[] = [];
  const gathered: string[] = [];
  // A block is a list of printed lines; lines of one block are separated by a single newline in the wrapped style.
  const emit = (lines: string[]) => out.push(lines.join('\n'));

  const headBlocks = (a: SourceArticle): string[][] => {
    const blocks: string[][] = [];
    if (a.kicker) blocks.push([a.kicker]);
    const zoneColon = /^(.{2,10}(?:高新区|园区?|科学城))[：:](.+)$/.exec(a.title);
    if (zoneColon && style !== 'paragraph' && r.chance(0.5)) {
      blocks.push([`${zoneColon[1]}${a.title[zoneColon[1]!.length]}`], [zoneColon[2]!]);
    } else if (style === 'wrapped' && r.chance(0.1) && !/\s/.test(a.title)) {
      blocks.push([doubled(a.title, r)]);
    } else {
      const lines = style === 'paragraph' ? [a.title] : headlineLines(a.title, measure + 4);
      blocks.push(style === 'spaced' ? [lines.join(' ')] : lines);
    }
    if (a.subtitle) blocks.push([a.subtitle]);
    return blocks.map((b) => b.map((l) => (style === 'spaced' ? asciiPunct(l) : l)));
  };

  for (const a of articles) {
    // articles of one page are set in columns of slightly different measure
    measure = opts.measure + (style === 'paragraph' ? 0 : r.int(-1, 1));
    const heads = headBlocks(a);
    if (placement === 'before') heads.forEach(emit);
    else if (placement === 'end' || placement === 'start') gathered.push(...heads.map((h) => h.join('\n')));
    const inlineByline = a.byline?.startsWith('本报讯') ? a.byline : null;
    if (a.byline && !inlineByline) emit([a.byline]);
    const names = signatureNames(a);
    const paragraphs = a.body.filter((b) => b.kind === 'paragraph').length;
    let seen = 0;
    for (const b of a.body) {
      if (b.kind === 'subhead') {
        emit([style === 'spaced' ? asciiPunct(b.text) : b.text]);
        continue;
      }
      seen++;
      let text = b.text;
      if (seen === 1 && inlineByline) text = `${inlineByline} ${text}`;
      const signs = seen === paragraphs && names.length > 0;
      if (style === 'paragraph') {
        if (signs) text = `${text} ${names.join(' ')}`;
        // a column cut splits a long paragraph now and then
        const chars = [...text];
        if (chars.length > 80 && r.chance(0.2)) {
          const at = r.int(30, chars.length - 30);
          emit([chars.slice(0, at).join('')]);
          if (r.chance(0.5)) emit([`图片来源：${a.zones[0] ?? '本报'}`]);
          emit([chars.slice(at).join('')]);
        } else emit([text]);
        continue;
      }
      const body = inlineByline && seen === 1 ? text.slice(inlineByline.length + 1) : text;
      let lines = wrapParagraph(body, measure, inlineByline && seen === 1 ? 2 + [...inlineByline].length + 1 : 2);
      if (inlineByline && seen === 1) lines[0] = `${inlineByline} ${lines[0]}`;
      // the signature is set after the last sentence, on the same line
      if (signs) lines = [...lines.slice(0, -1), `${lines.at(-1)!} ${names.join(' ')}`];
      if (style === 'spaced') {
        const chunk = lines.map(asciiPunct);
        const cut = chunk.length > 6 && r.chance(0.2) ? r.int(3, chunk.length - 3) : chunk.length;
        emit([chunk.slice(0, cut).join(' ')]);
        if (cut < chunk.length) emit([chunk.slice(cut).join(' ')]);
      } else {
        const photoAt = lines.length > 6 && r.chance(0.1) ? r.int(2, lines.length - 2) : -1;
        lines.forEach((l, i) => {
          if (i === photoAt) emit([`图片来源：${a.zones[0] ?? '本报'}`]); // a photo set into the column
          emit([justify(l, r, i < lines.length - 1)]);
        });
      }
    }
    if (placement === 'after') heads.forEach(emit);
  }
  if (placement === 'start') out.unshift(...gathered);
  if (placement === 'end') out.push(...gathered);
  if (opts.date) {
    const header = furniture(opts.date, r);
    if (r.chance(0.5)) out.unshift(...header);
    else out.push(...header);
  }
  return { text: `${out.join('\n\n')}\n`, style, date: opts.date, expected: articles.map(expectedOf) };
}
