/**
 * Place names an organisation's name may start or end with (广西…, 济宁市…, …(保定)): the provinces,
 * cities and county seats of the gazetteer. A place counts as a distinctive part of a name
 * (重庆大学, 广州生产力促进中心), unlike the generic words of ./vocabulary.ts.
 */
import { zones } from '../zones/gazetteer.ts';

const names = new Set<string>(['中国', '中华', '台湾', '香港', '澳门']);
for (const z of zones) {
  for (const place of [z.province, z.city, z.seat ?? '']) {
    const bare = place.replace(/(市|州|县|区|盟|地区)$/, '');
    if (bare.length >= 2) names.add(bare);
    if (place.length >= 2) names.add(place);
  }
}
// Longest first, so that 石家庄市 is taken before 石家庄.
const byLength = [...names].flatMap((n) => [`${n}省`, `${n}市`, n]).sort((a, b) => b.length - a.length);

/** The place name `text` starts at `index`, longest form (with 省/市), or null. */
export function placeAt(text: string, index: number): string | null {
  for (const p of byLength) if (text.startsWith(p, index)) return p;
  return null;
}
