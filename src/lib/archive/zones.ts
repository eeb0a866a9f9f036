/** Zone names as written → zone pages. Gazetteer zones keep the gazetteer slug; others get a pinyin slug. */
import { pinyin } from 'pinyin-pro';
import type { Zone } from '../zones/types.ts';
import { asciiSlug, fnv1a } from './urls';

/** What the archive needs from a gazetteer entry. */
export type GazetteerZone = Pick<Zone, 'slug' | 'name' | 'short' | 'aliases' | 'province' | 'city' | 'approved'>;

export type ZoneResolver = (name: string) => GazetteerZone | undefined;

/** Normalise a written zone name for grouping: NFKC (full-width brackets → ASCII), no spaces. */
export function zoneKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Pinyin slug of a name outside the gazetteer: `泉台人力资源服务产业园` → `quan-tai-ren-li-zi-yuan-fu-wu-chan-ye-yuan`. */
export function pinyinSlug(name: string): string {
  const syllables = pinyin(zoneKey(name), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const slug = asciiSlug(syllables.join('-'));
  return slug || `zone-${fnv1a(zoneKey(name)).toString(36)}`;
}
