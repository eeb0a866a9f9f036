/** The article texts: the 32 hand-checked seed articles plus the ones written for this corpus. */
import { readFileSync } from 'node:fs';
import type { ArticleText, BylineStyle } from './types.ts';

function load(name: string): ArticleText[] {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as ArticleText[];
}

/** All articles, seed ones first. */
export function allArticles(): ArticleText[] {
  const seed = load('articles-seed.json').map((a) => ({ ...a, origin: 'seed' as const }));
  const fresh = load('articles-new.json').map((a) => ({ ...a, origin: 'new' as const }));
  return [...seed, ...fresh];
}

/** Articles usable in a split. */
export function articlesFor(split: 'dev' | 'holdout', all = allArticles()): ArticleText[] {
  return all.filter((a) => !a.split || a.split === split);
}

/** Authors credited at the end (signature or photo credit): those not named in the byline. */
export function signatureNames(a: ArticleText): string[] {
  return a.authors.filter((n) => !(a.byline ?? '').includes(n));
}

export function bylineStyle(a: ArticleText): BylineStyle | null {
  if (!a.byline) return null;
  if (a.bylineStyle) return a.bylineStyle;
  return a.byline.startsWith('本报讯') ? 'inline' : 'line';
}

/** Paragraph index before which each subhead goes: after an intro paragraph, evenly spread. */
export function subheadPositions(a: ArticleText): number[] {
  if (a.subheadAt) return a.subheadAt;
  const p = a.paragraphs.length;
  const s = a.subheads.length;
  if (s === 0) return [];
  if (p <= s) return a.subheads.map((_, j) => Math.min(j, p - 1));
  return a.subheads.map((_, j) => 1 + Math.floor((j * (p - 1)) / s));
}

/** The zone to mention in a made-up photo caption. */
export function primaryZone(a: ArticleText): string {
  return a.zones[0] ?? '园区';
}
