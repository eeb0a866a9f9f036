/** Query and name normalisation shared by build time and the browser (no dependencies). */

const FOLD: Record<string, string> = { '（': '(', '）': ')', '［': '[', '］': ']', '【': '[', '】': ']', '・': '·', '•': '·' };

/** NFKC (full-width letters and digits to ASCII), one bracket form, no whitespace inside Han text. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[（）［］【】・•]/g, (c) => FOLD[c] ?? c)
    .replace(/\s+/g, '');
}

/** A query as typed: NFKC, spaces of any width collapsed to one, quotes removed, trimmed. */
export function cleanQuery(q: string): string {
  return q
    .normalize('NFKC')
    .replace(/[“”"「」『』]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text has Han characters (only then is a Traditional→Simplified pass worth loading). */
export const hasHan = (s: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(s);
