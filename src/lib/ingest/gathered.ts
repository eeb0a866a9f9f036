/**
 * Headlines gathered before their bodies, their bylines gathered after them
 * (title A, title B, byline A, byline B, body A…): a run of k bylines right
 * after the headlines of k articles goes to them in the same order, not each
 * to the headline or body it happens to touch. A byline that opens its
 * body's first line is that body's and never part of such a run.
 */
import type { Byline } from './bylines.ts';
import type { DraftArticle, HeadItem } from './assemble.ts';
import type { HeadMatch } from './headlines.ts';

interface Placed { byline: Byline; pos: number }

/** Runs of bylines at consecutive stream positions, two or more long. */
function bylineRuns(bylines: Placed[]): Placed[][] {
  const sorted = [...bylines].sort((a, b) => a.pos - b.pos);
  const runs: Placed[][] = [];
  for (const b of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.pos === b.pos - 1) run.push(b);
    else runs.push([b]);
  }
  return runs.filter((r) => r.length >= 2);
}

/** The articles whose headline items stand right before `pos`, back to back, in stream order (at most `k`). */
function articlesHeadedBefore(pos: number, k: number, owner: Map<HeadItem, number>): number[] {
  const byEnd = new Map([...owner.keys()].map((h) => [h.end, h] as const));
  const found: number[] = [];
  // walking back: an article's earliest item is met last, and puts it first
  for (let h = byEnd.get(pos - 1); h; h = byEnd.get(h.start - 1)) {
    const a = owner.get(h)!;
    if (!found.includes(a) && found.length === k) break;
    if (found.includes(a)) found.splice(found.indexOf(a), 1);
    found.unshift(a);
  }
  return found;
}

/** Article index → its byline, for the articles whose bylines were gathered after their headlines. */
export function gatheredBylines(articles: DraftArticle[], loose: Placed[], heads: HeadMatch): Map<number, Byline> {
  const owner = new Map<HeadItem, number>();
  for (const [a, e] of heads.byArticle) for (const h of e.items) owner.set(h, a);
  const placed = articles.flatMap((a) => (a.byline && a.bylinePos !== undefined ? [{ byline: a.byline, pos: a.bylinePos }] : []));
  const out = new Map<number, Byline>();
  // (a byline that opens its body's first line, "本报讯（记者 X）近日…", stays with that body)
  const apart = [...placed, ...loose].filter((b) => !b.byline.rest);
  for (const run of bylineRuns(apart)) {
    const headed = articlesHeadedBefore(run[0]!.pos, run.length, owner);
    // (an article with a byline of its own outside the run keeps it: the run is no list of theirs)
    const own = headed.some((a) => articles[a]!.byline && !run.some((r) => r.byline === articles[a]!.byline));
    if (headed.length !== run.length || own) continue;
    headed.forEach((a, i) => out.set(a, run[i]!.byline));
  }
  return out;
}
