/**
 * Character folding shared by the gazetteer lookup and the matcher. Every fold maps one
 * UTF-16 unit to one, so indices into folded text are indices into the original.
 */
const FOLD: Record<string, string> = {
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '\u3000': ' ',
  '·': '·',
  '・': '·',
  '•': '·',
};

/** Full-width brackets, ideographic space and middle-dot variants folded to one form each. */
export function foldChars(text: string): string {
  return text.replace(/[（）［］【】\u3000・•]/g, (c) => FOLD[c] ?? c);
}

/** Lookup key for a name: folded, all whitespace removed (PDF justification inserts spaces). */
export function nameKey(name: string): string {
  return foldChars(name.normalize('NFC')).replace(/\s+/g, '');
}
