/**
 * A headline governs the columns set under it: the text blocks below it
 * within its width, down to the next headline. Each headline (with the
 * kicker and subtitle stacked with it) is read right before the first block
 * it governs, wherever the reading order put it — beside its first column,
 * in a band with other modules' headlines, above a photo.
 */
import type { PrintedLine } from './lines.ts';

/** Kickers, titles, subtitles and subheads are set at least this much larger than the body, */
const HEADLINE_TYPE = 1.1;
/** and titles at least this much. */
const TITLE_TYPE = 1.3;

interface Box { x0: number; x1: number; top: number; bottom: number }

const boxOf = (lines: PrintedLine[]): Box => ({
  x0: Math.min(...lines.map((l) => l.x0)),
  x1: Math.max(...lines.map((l) => l.x1)),
  top: Math.min(...lines.map((l) => l.y - l.size * 0.9)),
  bottom: Math.max(...lines.map((l) => l.y + l.size * 0.2)),
});

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));

/** A page's blocks and headline groups (by index), and which group governs which block, as the rules below build it. */
interface Ownership {
  blocks: PrintedLine[][];
  boxes: Box[];
  /** The headline group a headline block is part of. */
  groupOf: Map<number, number>;
  /** Each group's box; whether it is set vertically; whether it governs text (a title, not a subhead). */
  heads: Box[];
  vertical: boolean[];
  governs: boolean[];
  /** The group governing a text block. */
  ownerOf: Map<number, number>;
  body: number;
}

/** Blocks cut where headline type and text type meet: a byline set under its headline is no part of it. */
function splitByType(blocks: PrintedLine[][], big: (l: PrintedLine) => boolean): PrintedLine[][] {
  return blocks.flatMap((b) => {
    const parts: PrintedLine[][] = [];
    for (const l of b) {
      const last = parts.at(-1);
      if (last && big(last.at(-1)!) === big(l)) last.push(l);
      else parts.push([l]);
    }
    return parts;
  });
}

/**
 * An inset headline is set over the later columns of its article, beside
 * its first column, which starts at the headline's height to its left and is
 * read before the columns under the headline: that column is the headline's
 * too. (A vertical headline, over no column, is set beside its last.)
 */
function firstColumnsBeside(o: Ownership): void {
  const { blocks, boxes, groupOf, heads, vertical, ownerOf, body } = o;
  // (a vertical headline, over no block, may take a block read before or after it)
  const firstUnder = heads.map((_, gi) => { const i = blocks.findIndex((_b, j) => ownerOf.get(j) === gi); return i < 0 && vertical[gi] ? Infinity : i; });
  blocks.forEach((_, i) => {
    if (ownerOf.has(i) || groupOf.has(i)) return;
    const box = boxes[i]!;
    let best = -1;
    heads.forEach((h, gi) => {
      const atLevel = Math.abs(box.top - h.top) <= 1.5 * body && h.x0 - box.x1 <= 3 * body;
      // (or a byline, a line or two, set right under the level of a title centred over the module: the column goes on under it)
      const byline = blocks[i]!.length <= 2 && box.top - h.bottom >= -0.5 * body && box.top - h.bottom <= 1.5 * body && h.x0 - box.x1 <= 8 * body;
      const beside = (atLevel || byline) && box.x1 <= h.x0 + body;
      if (beside && i < firstUnder[gi]! && (best < 0 || h.x0 < heads[best]!.x0)) best = gi;
    });
    if (best >= 0) ownerOf.set(i, best);
  });
}

/** The subhead read right before a block and set right over it: the column starts at the subhead. */
function subheadOver({ blocks, boxes, groupOf, governs, body }: Ownership, i: number): Box | undefined {
  const g = groupOf.get(i - 1);
  const [sub, box] = [boxes[i - 1], boxes[i]!];
  if (g === undefined || governs[g] || !sub || blocks[i - 1]!.length > 2) return undefined;
  return overlap(sub, box) > 0 && box.top - sub.bottom >= -0.2 * body && box.top - sub.bottom <= 1.5 * body ? sub : undefined;
}

/** Most lines of the block are set in the body type. */
const bodyType = (lines: PrintedLine[], body: number) => lines.filter((l) => Math.abs(l.size - body) <= 0.08 * body).length * 2 > lines.length;

/**
 * A column under the edge of a headline narrower than its module (a title
 * centred over three columns covers less than half of the outer ones) is
 * the headline's when it starts at the height of a column beside it that the
 * headline governs. So is a column on the far side of the column set beside
 * a vertical headline (the columns of its row).
 */
function columnsOfOneRow(o: Ownership): void {
  const { blocks, boxes, groupOf, heads, vertical, ownerOf, body } = o;
  // (a module of many columns: each column found makes the one beside it the headline's too)
  for (let found = true; found; ) {
    found = false;
    blocks.forEach((_, i) => {
      if (ownerOf.has(i) || groupOf.has(i)) return;
      const box = boxes[i]!;
      const top = subheadOver(o, i)?.top ?? box.top;
      for (const [j, gi] of [...ownerOf]) {
        // (a caption beside it, in smaller type, is no column of the row)
        if (!bodyType(blocks[j]!, body)) continue;
        const other = boxes[j]!;
        const otherTop = subheadOver(o, j)?.top ?? other.top;
        const sideBySide = Math.min(Math.abs(other.x0 - box.x1), Math.abs(box.x0 - other.x1)) <= 3 * body;
        const head = heads[gi]!;
        // (the column beside a vertical headline has the other columns of its row on its far side)
        const farSide = vertical[gi]! && Math.abs(other.top - head.top) <= 1.5 * body && (head.x0 >= other.x1 ? box.x1 <= other.x0 + body : box.x0 >= other.x1 - body);
        if (Math.abs(otherTop - top) <= body && sideBySide && (head.bottom <= top || farSide)) {
          ownerOf.set(i, gi);
          found = true;
          return;
        }
      }
    });
  }
}

/** What a byline says: the paper's reporter or correspondent ("▶ 本报通讯员 胡静", "成雪 本报记者 叶伟"). */
const BYLINE = /^▶|记者|通讯员/;

/**
 * A headline's byline: a block of a line or two, under no other headline,
 * set at the left edge of a column the headline governs, above that column,
 * from the headline's top to just under it (under the headline, or beside a
 * title centred over its module).
 */
function bylinesOf(o: Ownership, gi: number): number[] {
  const { blocks, boxes, groupOf, ownerOf, body } = o;
  const head = o.heads[gi]!;
  const columns = [...ownerOf].filter(([, g]) => g === gi).map(([i]) => boxes[i]!).filter((b) => b.top >= head.top);
  return blocks.map((_, i) => i).filter((i) => {
    if (groupOf.has(i) || blocks[i]!.length > 2 || (ownerOf.has(i) && ownerOf.get(i) !== gi) || !BYLINE.test(blocks[i]!.map((l) => l.text).join(''))) return false;
    const box = boxes[i]!;
    return box.top >= head.top - body && box.top <= head.bottom + 2 * body && columns.some((c) => c !== box && Math.abs(c.x0 - box.x0) <= body && box.bottom <= c.top + body);
  });
}

/**
 * Text read right after a block of an article (past a subhead) and under no
 * headline goes on with that article when it is set below that block in its
 * column or beside it to the right at overlapping heights: a module may be
 * wider than its headline, and a subhead's space ends a headline's reach.
 */
function columnsGoingOn(o: Ownership): void {
  const { blocks, boxes, groupOf, governs, ownerOf, body } = o;
  for (let i = 1; i < blocks.length; i++) {
    let p = i - 1;
    while (p > 0 && groupOf.has(p) && !governs[groupOf.get(p)!]) p--;
    const owner = ownerOf.get(p);
    if (ownerOf.has(i) || groupOf.has(i) || owner === undefined) continue;
    const [prev, box] = [boxes[p]!, boxes[i]!];
    const below = box.top >= prev.bottom - body && overlap(prev, box) >= 0.5 * Math.min(prev.x1 - prev.x0, box.x1 - box.x0);
    const beside = box.x0 >= prev.x1 - body && box.x0 - prev.x1 <= 3 * body && box.top < prev.bottom && box.bottom > prev.top;
    if (below || beside) ownerOf.set(i, owner);
  }
}

/**
 * A headline's last line read apart from the lines above it (the reading
 * order took it with the column band under the headline's first line): a
 * block of the same type set right under a headline block's last line,
 * flush left or centred under it, goes back to it.
 */
function rejoinHeadlineLines(blocks: PrintedLine[][], big: (l: PrintedLine) => boolean): PrintedLine[][] {
  const out: PrintedLine[][] = [];
  for (const b of blocks) {
    const first = b[0]!;
    const above = big(first) && b.every(big) ? out.find((a) => {
      const last = a.at(-1)!;
      const gap = first.y - first.size * 0.9 - (last.y + last.size * 0.2);
      // set flush left under it, or centred under it
      const aligned = Math.abs(last.x0 - first.x0) <= 0.5 * first.size || Math.abs(last.x0 + last.x1 - first.x0 - first.x1) <= first.size;
      return a.every(big) && Math.abs(last.size - first.size) <= 0.05 * first.size && aligned && gap >= -0.1 * first.size && gap <= 0.6 * first.size;
    }) : undefined;
    if (above) above.push(...b);
    else out.push(b);
  }
  return out;
}

export function headlinesBeforeBodies(input: PrintedLine[][], body: number): PrintedLine[][] {
  const big = (l: PrintedLine) => l.size >= HEADLINE_TYPE * body;
  const blocks = rejoinHeadlineLines(splitByType(input, big), big);
  const isHead = (b: PrintedLine[]) => b.every(big);
  const boxes = blocks.map(boxOf);
  // stacks of headline blocks that follow each other in reading order form one headline
  const groups: number[][] = [];
  blocks.forEach((b, i) => {
    if (!isHead(b)) return;
    const last = groups.at(-1);
    if (last && last.at(-1) === i - 1 && overlap(boxes[i - 1]!, boxes[i]!) > 0) last.push(i);
    else groups.push([i]);
  });
  const groupOf = new Map(groups.flatMap((g, gi) => g.map((i) => [i, gi] as const)));
  const groupBox = groups.map((g) => boxOf(g.flatMap((i) => blocks[i]!)));
  // subheads (set a little larger than the body) run with the text; titles govern
  const governs = groups.map((g) => g.some((i) => blocks[i]!.some((l) => l.size >= TITLE_TYPE * body)));
  // a column of text between a headline and a block (not a byline or a caption line or two) ends its reach
  const textBetween = (h: Box, box: Box, self: number) => boxes.some((c, ci) =>
    ci !== self && !groupOf.has(ci) && blocks[ci]!.length > 2 && c.top >= h.bottom - body && c.bottom <= box.top + body && overlap(c, box) > 0);
  const ownerOf = new Map<number, number>();
  blocks.forEach((b, i) => {
    if (groupOf.has(i)) return;
    const box = boxes[i]!;
    let best = -1;
    groupBox.forEach((h, gi) => {
      if (!governs[gi] || h.bottom > box.top + body || overlap(h, box) < Math.min(box.x1 - box.x0, h.x1 - h.x0) * 0.5 || textBetween(h, box, i)) return;
      if (best < 0 || h.bottom > groupBox[best]!.bottom) best = gi;
    });
    if (best >= 0) ownerOf.set(i, best);
  });
  const vertical = groups.map((g) => g.some((i) => blocks[i]!.some((l) => l.runs.some((r) => r.vertical))));
  const o: Ownership = { blocks, boxes, groupOf, heads: groupBox, vertical, governs, ownerOf, body };
  firstColumnsBeside(o);
  columnsOfOneRow(o);
  columnsGoingOn(o);
  // a headline read before the text it governs moves down to it only past other headlines' text
  const moveTo = new Map<number, number>();
  // its byline (a line or two set under it or beside it) moves with it
  const bylines = groups.map((_, gi) => bylinesOf(o, gi));
  groups.forEach((g, gi) => {
    const own = new Set(bylines[gi]);
    const first = blocks.findIndex((_, i) => (i < g[0]! || i > g.at(-1)!) && ownerOf.get(i) === gi && !own.has(i));
    if (first < 0) return;
    const between = blocks.map((_, i) => i).filter((i) => i > g.at(-1)! && i < first && !own.has(i));
    // (a caption or a byline, a line or two under no headline, is no other headline's text)
    if (first < g[0]! || between.every((i) => groupOf.has(i) || ownerOf.has(i) || blocks[i]!.length <= 2)) moveTo.set(gi, first);
  });
  const moved = new Set([...moveTo.keys()].flatMap((gi) => bylines[gi]!));
  const out: PrintedLine[][] = [];
  const emitted = new Set<number>();
  const emit = (gi: number) => {
    if (emitted.has(gi)) return;
    emitted.add(gi);
    for (const i of groups[gi]!) out.push(blocks[i]!);
    if (moveTo.has(gi)) for (const i of bylines[gi]!) out.push(blocks[i]!);
  };
  blocks.forEach((b, i) => {
    const gi = groupOf.get(i);
    if (gi !== undefined) {
      if (!moveTo.has(gi)) emit(gi);
      return;
    }
    for (const [g, at] of moveTo) if (at === i) emit(g);
    if (!moved.has(i)) out.push(b);
  });
  groups.forEach((_, gi) => emit(gi));
  return out;
}
