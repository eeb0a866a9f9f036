/**
 * Bodies printed one after the other with no byline or signature between
 * them run together in assembly. When two headlines about different zones
 * end up on one body, and the body has a paragraph start before which the
 * second zone is never named, the body is cut there.
 */
import { findZoneMentions } from '../zones/match.ts';
import type { DraftArticle, DraftBlock, HeadItem } from './assemble.ts';
import type { HeadMatch } from './headlines.ts';
import { endsSentence } from './text.ts';

const zoneKeysOf = (text: string) => findZoneMentions(text).filter((m) => m.kind !== 'district').map((m) => m.key);

function blockText(b: DraftBlock): string {
  return b.kind === 'line' ? b.line.unit.text : b.text;
}

/**
 * Where to cut one body for two zones, or -1: a paragraph start before which
 * the second zone is never named (and, when `strict`, after which the first is never named).
 */
function cutPoint(blocks: DraftBlock[], first: string, second: string, strict: boolean): number {
  const counts = blocks.map((b) => {
    const keys = zoneKeysOf(blockText(b));
    return { a: keys.filter((k) => k === first).length, b: keys.filter((k) => k === second).length };
  });
  let best = -1;
  let bestScore = 1;
  let beforeA = 0;
  let beforeB = 0;
  const totalA = counts.reduce((t, c) => t + c.a, 0);
  const totalB = counts.reduce((t, c) => t + c.b, 0);
  for (let i = 1; i < blocks.length; i++) {
    beforeA += counts[i - 1]!.a;
    beforeB += counts[i - 1]!.b;
    const b = blocks[i]!;
    const prev = blocks[i - 1]!;
    const paragraphStart = b.kind === 'line' && (prev.kind === 'subhead' || endsSentence(blockText(prev)));
    if (!paragraphStart || beforeB > 0 || beforeA === 0 || (strict && beforeA < totalA)) continue;
    const score = beforeA + (totalB - beforeB) - (totalA - beforeA);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/**
 * Items printed right after one another in type of different sizes are the
 * parts of one headline (a kicker naming the zone over the title), not two
 * headlines of two bodies.
 */
function oneHeadline(items: HeadItem[]): boolean {
  const together = items.every((h, k) => k === 0 || h.start <= items[k - 1]!.end + 1);
  const sizes = items.map((h) => h.size);
  return together && sizes.every((x) => x !== undefined) && new Set(sizes.map((x) => x!.toFixed(1))).size === items.length;
}

/** The drafts with merged bodies cut apart, or null when nothing was cut. */
export function splitMerged(articles: DraftArticle[], match: HeadMatch): DraftArticle[] | null {
  let changed = false;
  const out: DraftArticle[] = [];
  articles.forEach((a, ai) => {
    const items = match.byArticle.get(ai)?.items ?? [];
    if (items.length < 2 || oneHeadline(items)) { out.push(a); return; }
    const itemZones = items.map((h) => zoneKeysOf(h.text)[0]);
    const keys = [...new Set(itemZones.filter((k): k is string => !!k))];
    const order = [...new Set(zoneKeysOf(a.blocks.map(blockText).join('')))];
    let at = -1;
    if (keys.length >= 2) {
      // two headlines name two zones: cut where the second zone starts
      const [first, second] = keys.sort((x, y) => (order.indexOf(x) + 1 || Infinity) - (order.indexOf(y) + 1 || Infinity));
      at = cutPoint(a.blocks, first!, second!, false);
    } else if (keys.length === 1 && itemZones.some((k) => !k) && order[0] === keys[0]) {
      // one headline names the body's first zone, another none: cut where talk of that zone ends and another zone's begins
      for (const second of order.slice(1)) {
        at = cutPoint(a.blocks, keys[0]!, second, true);
        if (at >= 0) break;
      }
    }
    if (at < 0) { out.push(a); return; }
    changed = true;
    const head = a.blocks.slice(0, at);
    const tail = a.blocks.slice(at);
    const lines = (bs: DraftBlock[]) => bs.flatMap((b) => (b.kind === 'line' ? [b.line] : []));
    const lastOfHead = lines(head).at(-1)!;
    const firstOfTail = lines(tail)[0]!;
    out.push({ ...a, blocks: head, signature: null, end: lastOfHead.pos, lastLine: lastOfHead.unit.no, closed: true });
    out.push({ ...a, blocks: tail, byline: null, start: firstOfTail.pos, firstLine: firstOfTail.unit.no });
  });
  return changed ? out : null;
}
