/**
 * Headlines drawn twice (fake bold) come out of some extractions as the same
 * line (or the same few lines) twice in a row. The copy is taken out and
 * reported in `dropped`; a line of running text is never printed twice in a
 * row. The copy may also follow on the same line, after a space. The lines
 * kept are marked `twice`: headline type.
 */
import type { RawLine } from './lines.ts';

const bare = (s: string) => s.replace(/\s+/g, '');

/** Lines of a headline printed again right after it: up to six lines (a narrow headline), repeated in the same order. */
const MAX_REPEAT = 6;

/** The first half of a line that is the same text twice ("X X", "XX"), or null. */
function firstOfTwice(text: string, flat: string): string | null {
  const half = flat.length / 2;
  if (flat.length < 8 || !Number.isInteger(half) || flat.slice(0, half) !== flat.slice(half)) return null;
  return /^(\S.{3,}?)\s*\1$/.exec(text.trim())?.[1] ?? null;
}

/** Title type (where the source knows sizes): a short line of it printed twice is a copy too. */
const TITLE_TYPE = 1.3;
const isTitleType = (l: RawLine) => l.size !== undefined && l.size >= TITLE_TYPE;

export function dropRepeatedLines(lines: RawLine[]): { lines: RawLine[]; dropped: string } {
  const out: RawLine[] = [];
  const outFlat: string[] = [];
  const flat = lines.map((l) => bare(l.text));
  let dropped = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const once = firstOfTwice(line.text, flat[i]!);
    if (once) dropped += bare(once);
    out.push(once ? { ...line, text: once, em: undefined, twice: true } : line);
    outFlat.push(once ? bare(once) : flat[i]!);
    for (let k = Math.min(MAX_REPEAT, outFlat.length, lines.length - i - 1); k >= 1; k--) {
      const printed = outFlat.slice(-k);
      if (printed.join('').length < (out.slice(-k).every(isTitleType) ? 2 : 4)) continue;
      if (printed.every((p, j) => p === flat[i + 1 + j])) {
        dropped += printed.join('');
        for (let j = out.length - k; j < out.length; j++) out[j] = { ...out[j]!, twice: true };
        i += k;
        break;
      }
    }
  }
  return { lines: out, dropped };
}
