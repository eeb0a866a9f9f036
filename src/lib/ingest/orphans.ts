/**
 * Text read apart from its article: the end of a column set under a photo,
 * read after the module beside it, comes out as an article without a
 * headline. It is the end of the nearest article before it that was left
 * open (its last line ends no sentence, nothing signed it), past articles
 * that ended, when that one has a headline.
 */
import type { DraftArticle } from './assemble.ts';
import { endsSentence } from './text.ts';

const lastText = (a: DraftArticle): string | null => {
  const last = a.blocks.at(-1);
  return last?.kind === 'line' ? last.line.unit.text : null;
};

/** Signed, or finished on a full stop (or on a subhead, which no text would be cut after). */
const ended = (a: DraftArticle): boolean => {
  const last = lastText(a);
  return a.signature !== null || last === null || endsSentence(last);
};

/** Articles with headless text joined to the open article before it; null when there is none. */
export function joinHeadlessText(articles: DraftArticle[], headed: (i: number) => boolean): DraftArticle[] | null {
  const out = articles.map((a) => ({ ...a, blocks: [...a.blocks] }));
  const gone = new Set<number>();
  out.forEach((a, i) => {
    if (headed(i) || a.kind !== 'article' || a.byline || !a.blocks.length) return;
    let j = i - 1;
    while (j >= 0 && (gone.has(j) || ended(out[j]!))) j--;
    const open = out[j];
    if (!open || !headed(j) || open.kind !== 'article' || lastText(open) === null) return;
    open.blocks.push(...a.blocks);
    Object.assign(open, { signature: a.signature, end: a.end, lastLine: a.lastLine });
    gone.add(i);
  });
  return gone.size ? out.filter((_, i) => !gone.has(i)) : null;
}
