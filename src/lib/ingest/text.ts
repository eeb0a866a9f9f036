/**
 * Character-level helpers shared by the ingest stages: what counts as CJK,
 * how wide a line is in print, where the PDF justification put spaces, and
 * the repair of doubled glyphs of large headline type.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u25a0-\u25ff\u00b7]/;
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;

export const isCjk = (ch: string): boolean => CJK.test(ch);
export const isIdeograph = (ch: string): boolean => IDEOGRAPH.test(ch);
export const isLatinLetter = (ch: string): boolean => /[A-Za-z]/.test(ch);

/** ASCII punctuation that stands in for full-width punctuation in CJK text. */
const WIDE_ASCII = /[,;:!?()"']/;

/**
 * Width of a text in print, in em of the body type: ideographs and full-width
 * punctuation 1, digits, Latin letters and narrow signs 1/2, spaces 0 (the
 * extraction inserts them for justification).
 */
export function printWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000) continue;
    if (c >= 0xd800 && c <= 0xdbff) { w += 1; i++; continue; } // astral ideographs
    if (c < 0x80) w += WIDE_ASCII.test(text[i]!) ? 1 : 0.5;
    else w += CJK.test(text[i]!) ? 1 : 0.5;
  }
  return w;
}

/** Commas and semicolons: running text's, never a title's or a kicker's. */
export const RUNNING_MARKS = /[，,、；;]/;

/** Full-width punctuation a justified line may set at half width: how much narrower than printWidth it may print. */
export const squeezable = (text: string): number => (text.match(/[，。、；：？！“”‘’（）《》]/g)?.length ?? 0) / 2;

/** A paragraph's first line is set this much (em) inside the measure. */
export const PARAGRAPH_INDENT = 2;

/** How far a line's print width misses a measure: it prints between its characters' width and that less its squeezable punctuation. */
export function missOf(text: string, measure: number): number {
  const [most, least] = [printWidth(text), printWidth(text) - squeezable(text)];
  return measure > most ? measure - most : measure < least ? least - measure : 0;
}

/** Sentence-final: the text ends a sentence (。！？…, optionally closed by quotes or brackets). */
export function endsSentence(text: string): boolean {
  return /(?:[。！？!?]|……|\.\.\.)[”’"'）)」』]*$/.test(text.trimEnd());
}

/** A zone or place on its own line, ending in a colon: "X高新区：" printed above the rest of its title. */
export const COLON_HEAD = /^[^，。,；;！？：:]{1,12}(?:高新区|开发区|园区?|科学城|科技城|新区|[市县区城])(?:[（(][^）)]{1,8}[）)])?[：:]$/;

/** A zone named alone on a headline's line, no colon ("泉州高新区（台商区）"): a label over the rest, like COLON_HEAD. */
export const ZONE_LABEL = /^[^，。,；;！？：:]{1,12}(?:高新区|开发区|经开区|工业园区|科学城|科技城|新区|片区)(?:[（(][^）)]{1,8}[）)])?$/;

/**
 * Running text's punctuation (a comma, a full stop, an enumeration comma, a
 * semicolon), full or half width (pages are set in either): a headline's
 * line holds none.
 */
export const holdsRunningPunctuation = (text: string): boolean => /[，。、；,;]/.test(text);

/**
 * A line that opens by finishing a clause in a character or two ("确，要…",
 * "表示，公司…", "余项，企业…"): what the line before it left open goes on here.
 */
export const opensByFinishingClause = (text: string): boolean => /^\p{Script=Han}{1,2}[，。、；：,;:]/u.test(text.trimStart());

/** A subtitle's opening dash ("——首批入驻企业 42 家"), full or half width. */
export const opensWithDash = (text: string): boolean => /^[—－-]/.test(text.trimStart());

/** Text is nothing but punctuation/quotes/space. */
export const isPunctOnly = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

/**
 * Remove spaces that justification put inside CJK text. One space is kept
 * between two Latin words ("Open Source", "by 12 percent", "2023 Open"):
 * letters or figures on both sides, a letter on one; never next to CJK or
 * punctuation, nor between two figures.
 */
export function squeezeSpaces(text: string): string {
  return text.replace(/[ \t\u3000]+/g, (_m, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _m.length] ?? '';
    const word = (c: string) => /[A-Za-z0-9]/.test(c);
    return word(before) && word(after) && (isLatinLetter(before) || isLatinLetter(after)) ? ' ' : '';
  }).trim();
}

/**
 * Headline spacing: remove justification gaps but keep one space between two
 * parallel phrases ("向“高”攀 向“新”行", "签约项目114个 完成投资501亿元"),
 * i.e. where a gap separates two word characters and is not after punctuation.
 */
export function headlineSpaces(text: string): string {
  const t = text.trim().replace(/[ \t\u3000]+/g, ' ');
  return t.replace(/ /g, (_m, offset: number) => {
    const before = t[offset - 1] ?? '';
    const after = t[offset + 1] ?? '';
    const word = (c: string) => /[\p{L}\p{N}“‘"「]/u.test(c) && !/[：:，,、；;。！？!?]/.test(c);
    return word(before) && word(after) && /[\p{L}\p{N}”’"」]/u.test(before) ? ' ' : '';
  });
}

/**
 * Join two wrapped pieces of one line of text: no space, except between two
 * Latin letters (a Latin word never wraps without a hyphen in this paper).
 */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return isLatinLetter(a.at(-1)!) && isLatinLetter(b[0]!) ? `${a} ${b}` : a + b;
}

/**
 * Doubled glyphs of big headline type: the extraction prints every glyph (or
 * every run of glyphs) twice, e.g. "重庆高新区重庆高新区：：" or "““高高””攀攀".
 * Returns the repaired text and how many characters were dropped, or null
 * when the text is not entirely made of doubled pieces (spaces may stand alone).
 */
export function repairDoubled(text: string): { text: string; dropped: string } | null {
  const s = [...text.trim()];
  const n = s.length;
  if (n < 2) return null;
  // best[i]: a decomposition of s[0..i) into doubled pieces and lone spaces.
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    if (s[i] === ' ' && !best[i + 1]) best[i + 1] = [...prefix, ' '];
    for (let len = 1; i + 2 * len <= n; len++) {
      let same = true;
      for (let k = 0; k < len; k++) if (s[i + k] !== s[i + len + k]) { same = false; break; }
      if (!same) continue;
      const end = i + 2 * len;
      const piece = s.slice(i, i + len).join('');
      if (piece.trim() === '') continue;
      // prefer decompositions with fewer pieces (longer runs)
      if (!best[end] || best[end]!.length > prefix.length + 1) best[end] = [...prefix, piece];
    }
  }
  const parts = best[n];
  if (!parts || parts.every((p) => p === ' ')) return null;
  const repaired = parts.join('').replace(/ +/g, ' ').trim();
  const dropped = parts.filter((p) => p !== ' ').join('');
  return { text: repaired, dropped };
}
