/**
 * Headlines drawn twice (fake bold) come out of some extractions as the same
 * line twice in a row. The copy is taken out and reported in `dropped`; a
 * line of running text is never printed twice in a row. The copy may also
 * follow on the same line, after a space.
 */
import type { RawLine } from './lines.ts';

const bare = (s: string) => s.replace(/\s+/g, '');

export function dropRepeatedLines(lines: RawLine[]): { lines: RawLine[]; dropped: string } {
  const out: RawLine[] = [];
  let dropped = '';
  for (const line of lines) {
    const twice = /^(\S.{3,}?)\s+\1$/.exec(line.text.trim());
    if (twice) dropped += bare(twice[1]!);
    const l = twice ? { ...line, text: twice[1]!, em: undefined } : line;
    const prev = out.at(-1);
    if (prev && [...bare(l.text)].length >= 4 && bare(prev.text) === bare(l.text)) {
      dropped += bare(l.text);
      continue;
    }
    out.push(l);
  }
  return { lines: out, dropped };
}
