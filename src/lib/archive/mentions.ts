/**
 * The national zones an article names in its headlines and text, whether or
 * not it is about them: by gazetteer slug, each once, in order of first
 * mention. Bare brand names (中关村, 光谷) are left out: they are often used
 * attributively ("光谷企业") and would list articles that only pass by.
 */
import type { ArticleRecord } from '../types';
import { findZoneMentions } from '../zones/mentions';

export function mentionedZones(record: Pick<ArticleRecord, 'kicker' | 'title' | 'subtitle' | 'paragraphs'>): string[] {
  const text = [record.kicker, record.title, record.subtitle, ...record.paragraphs].filter(Boolean).join('\n');
  const slugs = findZoneMentions(text).filter((m) => m.zone && !m.bare).map((m) => m.zone!.slug);
  return [...new Set(slugs)];
}
