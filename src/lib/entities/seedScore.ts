/**
 * Entity extraction measured on the seed gold: the gold articles (../shared/gold, input, so the
 * score measures extraction and not parsing) against the hand-written expected entities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldPage } from '../gold.ts';
import { extractEntities } from './extract.ts';
import { scoreEntities, type ExpectedArticle } from './score.ts';
import type { ArticleEntities } from './types.ts';

export interface SeedScoreInput {
  goldDir: string;
  fixturePath: string;
}

export function scoreSeedEntities({ goldDir, fixturePath }: SeedScoreInput) {
  const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { articles: ExpectedArticle[] };
  const pages = new Map<string, GoldPage>();
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    pages.set(f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldPage);
  }
  const extracted: ArticleEntities[] = fixture.articles.map((e) => {
    const article = pages.get(e.seed)?.articles[e.index];
    if (!article) throw new Error(`fixture article ${e.seed}#${e.index} is not in ${goldDir}`);
    if (article.title !== e.title) throw new Error(`fixture article ${e.seed}#${e.index}: title ${e.title} ≠ gold ${article.title}`);
    return extractEntities(article);
  });
  return { articles: fixture.articles.length, extracted, ...scoreEntities(fixture.articles, extracted) };
}
