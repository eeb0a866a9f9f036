/**
 * Headlines drawn twice (fake bold) come out of some extractions as the same
 * line (or the same few lines) twice in a row. The copy is taken out and
 * reported in `dropped`; a line of running text is never printed twice in a
 * row. The copy may also follow on the same line, after a space. The lines
 * kept are marked `twice`: headline type.
 */
import type { RawLine } from './lines.ts';
import { holdsRunningPunctuation } from './text.ts';

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

/**
 * The text T when `flat` is two copies of T interleaved, the first ahead
 * ("AAB B" of a headline "A B" whose copies layout text set a row apart), or
 * null. Each character goes to the second copy where it is the one that copy
 * needs next, else starts more of T.
 */
export function twoCopiesOf(flat: string): string | null {
  let text = '';
  let second = 0;
  for (const c of flat) {
    if (second < text.length && text[second] === c) second++;
    else text += c;
  }
  return second === text.length && text.length * 2 === flat.length ? text : null;
}

/** A window of headline lines (no running text's punctuation) at which two interleaved copies of one headline start. */
const WINDOW = 3;

/** The text of one copy, with its spaces: from the line that starts with it, else bare. */
function copyText(window: RawLine[], flat: string): string {
  for (const l of window) {
    if (!bare(l.text).startsWith(flat)) continue;
    let n = 0;
    let i = 0;
    for (; i < l.text.length && n < flat.length; i++) if (!/\s/.test(l.text[i]!)) n++;
    return l.text.slice(0, i);
  }
  return flat;
}

/** Headline lines at `i` that are two copies of one headline interleaved: the line it stands for and how many it takes. */
function interleavedAt(lines: RawLine[], flat: string[], i: number): { line: RawLine; count: number } | null {
  for (let k = WINDOW; k >= 2; k--) {
    const window = lines.slice(i, i + k);
    if (window.length < k || window.some((l) => holdsRunningPunctuation(l.text))) continue;
    // (a short line set apart above the copies, itself two of one glyph, is no part of them: a signature "乐乐")
    if (window[1]!.gap > 0 && twoCopiesOf(flat[i]!) && twoCopiesOf(flat.slice(i + 1, i + k).join(''))) continue;
    const copy = twoCopiesOf(flat.slice(i, i + k).join(''));
    if (copy && copy.length >= 6) return { line: { ...lines[i]!, text: copyText(window, copy), em: undefined, twice: true }, count: k };
  }
  return null;
}

/**
 * How long the last k kept lines must be for a repeat of them to count as a copy: title type
 * (where sizes are known) and the short last line of a headline whose line before was itself
 * printed twice ("A" / "A" / "升级" / "升级") are copies however short; running text is never so.
 */
function shortestCopy(out: RawLine[], k: number): number {
  if (out.slice(-k).every(isTitleType)) return 2;
  const before = out.at(-k - 1);
  return k === 1 && before?.twice && out.at(-1)!.gap === 0 ? 1 : 4;
}

export function dropRepeatedLines(given: RawLine[]): { lines: RawLine[]; dropped: string } {
  const lines = [...given]; // a line may lose a glued copy's end
  const out: RawLine[] = [];
  const outFlat: string[] = [];
  const flat = lines.map((l) => bare(l.text));
  let dropped = '';
  for (let i = 0; i < lines.length; i++) {
    const interleaved = interleavedAt(lines, flat, i);
    if (interleaved) {
      out.push(interleaved.line);
      outFlat.push(bare(interleaved.line.text));
      dropped += bare(interleaved.line.text);
      i += interleaved.count - 1;
      continue;
    }
    const line = lines[i]!;
    const once = firstOfTwice(line.text, flat[i]!);
    if (once) dropped += bare(once);
    out.push(once ? { ...line, text: once, em: undefined, twice: true } : line);
    outFlat.push(once ? bare(once) : flat[i]!);
    for (let k = Math.min(MAX_REPEAT, outFlat.length, lines.length - i - 1); k >= 1; k--) {
      const printed = outFlat.slice(-k);
      if (printed.join('').length < shortestCopy(out, k)) continue;
      // (the copies of all lines but the last follow)
      const copiesFollow = printed.slice(0, -1).every((p, j) => p === flat[i + 1 + j]);
      // the copy's last line printed on the line itself, after it ("X X"): the copies of the lines before follow
      if (once && k >= 2 && copiesFollow) {
        dropped += printed.slice(0, -1).join('');
        for (let j = out.length - k; j < out.length; j++) out[j] = { ...out[j]!, twice: true };
        i += k - 1;
        break;
      }
      // the copy's last line glued to what follows it ("展" + "本报讯…" read as "展本报讯…")
      const gluedAt = i + k;
      const glued = k >= 2 && copiesFollow && flat[gluedAt]!.length > printed.at(-1)!.length &&
        flat[gluedAt]!.startsWith(printed.at(-1)!) && lines[gluedAt]!.text.startsWith(out.at(-1)!.text);
      if (glued) {
        dropped += printed.join('');
        for (let j = out.length - k; j < out.length; j++) out[j] = { ...out[j]!, twice: true };
        const rest = lines[gluedAt]!;
        lines[gluedAt] = { ...rest, text: rest.text.slice(out.at(-1)!.text.length).trim(), em: undefined };
        flat[gluedAt] = flat[gluedAt]!.slice(printed.at(-1)!.length);
        i += k - 1;
        break;
      }
      if (copiesFollow && printed.at(-1) === flat[i + k]) {
        dropped += printed.join('');
        for (let j = out.length - k; j < out.length; j++) out[j] = { ...out[j]!, twice: true };
        i += k;
        break;
      }
    }
  }
  return { lines: out, dropped };
}
