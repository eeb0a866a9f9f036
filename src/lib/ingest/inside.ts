/**
 * A title read inside its own article's text: a text dump in content-stream
 * order may print a one-line headline between two lines of the body it
 * heads, in the middle of a sentence. An article left without a headline
 * takes as its title the one line of its text that reads like one (else
 * the one pair of lines, the second short): no running punctuation, a zone
 * named, inside an open sentence, no word running into it or out of it;
 * and the line under a one-line title, where it is no running text either
 * and the sentence goes on past it, as its subtitle.
 */
import type { DraftArticle, DraftBlock, HeadItem } from './assemble.ts';
import { findZoneMentions, zoneKeys } from '../zones/match.ts';
import { printedPairs, readsOn } from './pairs.ts';
import { endsSentence, opensByFinishingClause } from './text.ts';
import { CLOSING } from './interleave.ts';

/** Running text punctuation no one-line title carries. */
const RUNNING = /[，,。；;、]/;
const SHORTEST = 6;
const LONGEST = 40;
/** Longest line that is only the end of the sentence before it (a caption's "业务。"). */
const SENTENCE_END = 6;
/** Within this of its measure (in em) a line fills its column. */
const FULL = 1;

const textOf = (b: DraftBlock | undefined): string | null => (b?.kind === 'line' ? b.line.unit.text : null);

const readsLikeTitle = (text: string): boolean => {
  const chars = [...text.replace(/\s/g, '')].length;
  return chars >= SHORTEST && chars <= LONGEST && !RUNNING.test(text) && zoneKeys(text).size > 0;
};

/** The page prints the word cut between `a`'s last character and `b`'s first elsewhere. */
const wordInto = (a: string | null, b: string | null, pairs: Set<string>): boolean =>
  a !== null && b !== null && /[\p{L}\p{N}]$/u.test(a.trim()) && readsOn(a, b, pairs);

/** Blocks `k` to `k + n - 1` of the article are a title read inside it (on one line, or on two, the second short). */
function titleAt(a: DraftArticle, k: number, n: 1 | 2, pairs: Set<string>): boolean {
  const span = a.blocks.slice(k, k + n);
  // (not the first line: a text opening on a line of its own was read apart from its title)
  if (k === 0 || span.length < n || span.some((b) => b.kind !== 'line')) return false;
  const lines = span.map((b) => textOf(b)!);
  // (a line filling its column is running text wrapped at the measure, unless it opens on a zone's name, as titles do)
  const fills = span.some((b) => b.kind === 'line' && Math.abs(b.line.unit.width - b.line.measure) <= FULL);
  if (fills && !findZoneMentions(lines[0]!).some((m) => m.index === 0)) return false;
  const [prev, next] = [textOf(a.blocks[k - 1]), textOf(a.blocks[k + n])];
  // (a line between two paragraphs heads the second; a short line ending the sentence makes it a caption's start,
  // unless that line opens with what no line starts with: the sentence runs on into it past the title, "…超过 95" / "%。")
  const captionEnd = next !== null && endsSentence(next) && [...next].length <= SENTENCE_END && !CLOSING.test(next) && !/^[%％]/.test(next);
  if (prev === null || endsSentence(prev) || captionEnd) return false;
  return readsLikeTitle(lines.join('')) && !wordInto(prev, lines[0]!, pairs) && !wordInto(lines.at(-1)!, next, pairs);
}

/**
 * The line right under a one-line title read inside the text is its
 * subtitle where it is no running text either (no running punctuation, no
 * sentence end) and the sentence the title cut goes on past it: set wider
 * than the column, or not read on into from the line before the title while
 * the line after it is.
 */
function subtitleAt(a: DraftArticle, k: number, pairs: Set<string>): boolean {
  const [prev, line, after] = [a.blocks[k - 1], a.blocks[k + 1], a.blocks[k + 2]];
  if (line?.kind !== 'line' || prev?.kind !== 'line' || after?.kind !== 'line') return false;
  const [p, s, t] = [prev.line.unit.text, line.line.unit.text, after.line.unit.text];
  const chars = [...s.replace(/\s/g, '')].length;
  if (chars < SHORTEST || chars > LONGEST || RUNNING.test(s) || endsSentence(s) || wordInto(s, t, pairs)) return false;
  const wider = line.line.unit.width > line.line.measure + FULL / 2;
  // (the line after goes on with the sentence: it reads on from the line before the title, or opens by finishing a
  // clause in a word or two, "表示，公司…")
  const goesOn = wordInto(p, t, pairs) || CLOSING.test(t) || opensByFinishingClause(t);
  return wider || (!wordInto(p, s, pairs) && goesOn);
}

const itemOf = (lines: Extract<DraftBlock, { kind: 'line' }>['line'][]): HeadItem => {
  const size = lines[0]!.unit.size;
  return { text: lines.map((l) => l.unit.text).join(''), texts: lines.map((l) => l.unit.text), lines: lines.map((l) => l.unit.no), start: lines[0]!.pos, end: lines.at(-1)!.pos, doubled: false, dropped: '', ...(size !== undefined ? { size } : {}) };
};

/** The headless articles' titles found inside them (the title, then any subtitle), by article index, with their lines taken out. */
export function titlesInside(articles: DraftArticle[], headed: (i: number) => boolean): { articles: DraftArticle[]; titles: Map<number, HeadItem[]> } | null {
  const pairs = printedPairs(articles.flatMap((a) => a.blocks.map((b) => textOf(b) ?? '')));
  const titles = new Map<number, HeadItem[]>();
  const out = articles.map((a, i) => {
    if (headed(i) || a.kind !== 'article') return a;
    // one line that reads like a title, else two
    let n: 1 | 2 = 1;
    let found = a.blocks.flatMap((_, k) => (titleAt(a, k, 1, pairs) ? [k] : []));
    if (!found.length) [n, found] = [2, a.blocks.flatMap((_, k) => (titleAt(a, k, 2, pairs) ? [k] : []))];
    if (found.length !== 1) return a;
    const k = found[0]!;
    const sub = n === 1 && subtitleAt(a, k, pairs) ? 1 : 0;
    const lines = a.blocks.slice(k, k + n + sub).map((b) => (b as Extract<DraftBlock, { kind: 'line' }>).line);
    titles.set(i, sub ? [itemOf(lines.slice(0, 1)), itemOf(lines.slice(1))] : [itemOf(lines)]);
    return { ...a, blocks: a.blocks.filter((_, m) => m < k || m >= k + n + sub) };
  });
  return titles.size ? { articles: out, titles } : null;
}
