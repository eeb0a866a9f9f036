/**
 * How well a page's lines are in reading order, measured against the gold:
 * of the lines whose true successor (the line that goes on where it stops,
 * in the same article) is among the page's lines, how many come right
 * before it. Lines found nowhere or more than once in the gold (short ones,
 * repeated phrases) are left out. A measure of the ordering stages alone,
 * before any article is put together.
 */
import { norm } from './gold.ts';

/** Where a line's text stands in the gold: article and character offset. */
interface Place { article: number; at: number; length: number }

/** Text as the scores compare it, without the 本报讯 the gold keeps in the byline. */
const squeeze = (text: string) => norm(text).replace(/^本报讯/, '');

/** The one place a line's text stands in the articles' texts, or null (too short, absent or repeated). */
function placeOf(line: string, articles: string[]): Place | null {
  const text = squeeze(line);
  if (text.length < 4) return null;
  let found: Place | null = null;
  for (const [article, body] of articles.entries()) {
    const at = body.indexOf(text);
    if (at < 0) continue;
    if (found || body.indexOf(text, at + 1) >= 0) return null;
    found = { article, at, length: text.length };
  }
  return found;
}

export interface SuccessorCount { right: number; total: number }

/** Lines followed by their true successor, among those whose successor the page holds. */
export function countSuccessors(lines: string[], articleTexts: string[]): SuccessorCount {
  const articles = articleTexts.map(squeeze);
  const places = lines.map((l) => placeOf(l, articles));
  const starts = new Set(places.flatMap((p) => (p ? [`${p.article}:${p.at}`] : [])));
  let right = 0;
  let total = 0;
  places.forEach((p, i) => {
    if (!p || !starts.has(`${p.article}:${p.at + p.length}`)) return;
    total++;
    const next = places[i + 1];
    if (next && next.article === p.article && next.at === p.at + p.length) right++;
  });
  return { right, total };
}
