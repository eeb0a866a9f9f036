/**
 * Headlines set vertically: a stack of single glyphs, one under the other,
 * read top to bottom, the stacks right to left. Each vertical headline is
 * replaced by one run carrying its text in reading order, placed at the top
 * of its stacks and as wide as they are.
 */
import type { TextRun } from './runs.ts';

/** Glyphs per stack before a stack counts as vertical type. */
const MIN_GLYPHS = 3;

const isGlyph = (r: TextRun) => [...r.text.trim()].length === 1 || /^\d{1,3}$/.test(r.text.trim());

/** Stacks: glyphs of one size centred on one vertical, each about one size under the one above. */
function stacks(runs: TextRun[]): TextRun[][] {
  const glyphs = runs.filter(isGlyph).sort((a, b) => a.y - b.y);
  const out: TextRun[][] = [];
  const used = new Set<TextRun>();
  for (const g of glyphs) {
    if (used.has(g)) continue;
    const stack = [g];
    used.add(g);
    for (const h of glyphs) {
      const last = stack.at(-1)!;
      if (used.has(h) || Math.abs(h.size - g.size) > 0.5) continue;
      const dy = h.y - last.y;
      const centred = Math.abs(h.x + h.w / 2 - (last.x + last.w / 2)) < g.size * 0.3;
      if (centred && dy > g.size * 0.8 && dy < g.size * 1.5) { stack.push(h); used.add(h); }
    }
    if (stack.length >= MIN_GLYPHS) out.push(stack);
    else for (const r of stack.slice(1)) used.delete(r);
  }
  return out;
}

export function joinVertical(runs: TextRun[]): TextRun[] {
  const found = stacks(runs);
  if (!found.length) return runs;
  // stacks of one headline stand side by side, starting at the same height
  found.sort((a, b) => b[0]!.x - a[0]!.x);
  const heads: TextRun[][][] = [];
  for (const s of found) {
    const head = heads.find((h) => {
      const last = h.at(-1)!;
      return Math.abs(last[0]!.y - s[0]!.y) < s[0]!.size && last[0]!.x - s[0]!.x < s[0]!.size * 2.5;
    });
    if (head) head.push(s);
    else heads.push([s]);
  }
  const gone = new Set(found.flat());
  const joined = heads.map((h) => {
    const all = h.flat();
    const x = Math.min(...all.map((r) => r.x));
    return { text: h.map((s) => s.map((r) => r.text.trim()).join('')).join(''), x, y: h[0]![0]!.y, w: Math.max(...all.map((r) => r.x + r.w)) - x, size: h[0]![0]!.size, font: h[0]![0]!.font, vertical: true } as TextRun;
  });
  return [...runs.filter((r) => !gone.has(r)), ...joined];
}
