/** Rough text metrics (in em and pt) used to size modules before Typst checks them. */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d\u2026\u00b7\u25a0\u25b6]/u;

/** Width of a string in em: CJK and full-width 1em, ASCII about 0.55em, plus CJK/Latin auto-spacing. */
export function emWidth(s: string): number {
  let w = 0;
  let prevCjk: boolean | null = null;
  for (const ch of s) {
    const cjk = CJK.test(ch);
    if (ch === ' ') {
      w += 0.3;
      prevCjk = null;
      continue;
    }
    w += cjk ? 1 : 0.56;
    if (prevCjk !== null && prevCjk !== cjk) w += 0.25;
    prevCjk = cjk;
  }
  return w;
}

/** Lines a paragraph takes in a measure of `cpl` em, with first-line indent `indent` em. */
export function paraLines(s: string, cpl: number, indent = 2): number {
  const w = emWidth(s) + indent;
  // line-break rules (no closing punctuation at line start) waste a little per line
  return Math.max(1, Math.ceil((w * 1.03) / Math.max(1, cpl - 0.4)));
}

export const MM = 72 / 25.4;
export const mm = (x: number) => x * MM;
export const hasLatin = (s: string) => /[A-Za-z]/.test(s);
