/**
 * Headlines drawn twice (fake bold) come out of some extractions as the same
 * line (or the same few lines) twice in a row. The copy is taken out and reported in `dropped`; a
 * line of running text is never printed twice in a row. The copy may also
 * follow on the same line, after a space.
 */
import type { RawLine } from './lines.ts';

const bare = (s: string) => s.replace(/\s+/g, '');

/** Lines of a headline printed again right after it: up to six lines (a narrow headline), repeated in the same order. */
const MAX_REPEAT = 6;

export function dropRepeatedLines(lines: RawLine[]): { lines: RawLine[]; dropped: string } {
  const out: RawLine[] = [];
  let dropped = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const twice = /^(\S.{3,}?)\s*\1$/.exec(line.text.trim());
    if (twice) dropped += bare(twice[1]!);
    out.push(twice ? { ...line, text: twice[1]!, em: undefined } : line);
    for (let k = MAX_REPEAT; k >= 1; k--) {
      const copy = lines.slice(i + 1, i + 1 + k);
      const printed = out.slice(-k);
      if (copy.length < k || printed.length < k) continue;
      if (bare(printed.map((l) => l.text).join('')).length < 4) continue;
      if (copy.every((c, j) => bare(c.text) === bare(printed[j]!.text))) {
        dropped += copy.map((c) => bare(c.text)).join('');
        i += k;
        break;
      }
    }
  }
  return { lines: out, dropped };
}
