/** Checks that a page's extracted text holds exactly the gold (plus known extras). */
import type { GoldPage } from './types.ts';
import { goldStrings } from './gold.ts';

export const squash = (s: string) => s.replace(/\s+/gu, '');

export function charCounts(strings: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of strings) for (const ch of squash(s)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Characters in a but not b, and in b but not a (as "x×n" lists). */
export function diffCounts(a: Map<string, number>, b: Map<string, number>): { more: string[]; less: string[] } {
  const more: string[] = [];
  const less: string[] = [];
  for (const [ch, n] of a) {
    const k = b.get(ch) ?? 0;
    if (n > k) more.push(`${ch}×${n - k}`);
  }
  for (const [ch, n] of b) {
    const k = a.get(ch) ?? 0;
    if (n > k) less.push(`${ch}×${n - k}`);
  }
  return { more, less };
}

export interface PageCheck {
  missing: string[];
  charDiff: { more: string[]; less: string[] };
}

/**
 * Every gold paragraph, title, subhead … must occur in the squashed page text, except pieces
 * a layout splits on purpose (`splitParas`: paragraphs whose parts are checked instead);
 * and the page's characters must be the gold's plus the extras, one for one.
 */
export function checkPage(text: string, gold: GoldPage, extras: string[], splitParas: Map<string, string[]> = new Map()): PageCheck {
  const flat = squash(text);
  const missing: string[] = [];
  for (const s of goldStrings(gold)) {
    const parts = splitParas.get(s) ?? [s];
    for (const p of parts) if (!flat.includes(squash(p))) missing.push(p);
  }
  const charDiff = diffCounts(charCounts([text]), charCounts([...goldStrings(gold), ...extras]));
  return { missing, charDiff };
}
