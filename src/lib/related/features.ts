/**
 * What two articles can share: character bigrams of their text (Chinese has no spaces; a bigram
 * is the cheapest word-like unit) and the keys of the entities they name. Bigrams are coded as
 * numbers: counting them over 100k articles is the bulk of the work, and number keys are far
 * cheaper than strings.
 */

const CJK_FIRST = 0x4e00;
const CJK_SPAN = 0x9fff - CJK_FIRST + 1;
/** Codes at or above this are entities (see FeatureCoder). */
export const ENTITY_BASE = CJK_SPAN * CJK_SPAN;

const isCjk = (c: number): boolean => c >= CJK_FIRST && c <= 0x9fff;

/** Distinct CJK character bigrams of a text, coded, ascending; a bigram never spans punctuation, digits or Latin. */
export function bigramCodes(text: string): number[] {
  const codes = new Int32Array(Math.max(0, text.length - 1));
  let k = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isCjk(a) && isCjk(b)) codes[k++] = (a - CJK_FIRST) * CJK_SPAN + (b - CJK_FIRST);
  }
  const sorted = codes.subarray(0, k).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}

/** The bigram a code stands for (tests, debugging). */
export const bigramOf = (code: number): string =>
  String.fromCharCode(CJK_FIRST + Math.floor(code / CJK_SPAN), CJK_FIRST + (code % CJK_SPAN));

/** Entity keys → codes above every bigram code, in order of first sight. */
export class FeatureCoder {
  private readonly codes = new Map<string, number>();
  entity(key: string): number {
    let c = this.codes.get(key);
    if (c === undefined) this.codes.set(key, (c = ENTITY_BASE + this.codes.size));
    return c;
  }
}

/** The text of a record that tells what it is about: headlines and body. */
export function articleText(a: { kicker?: string | null; title: string; subtitle?: string | null; paragraphs: string[] }): string {
  return [a.kicker, a.title, a.subtitle, ...a.paragraphs].filter(Boolean).join('\n');
}
