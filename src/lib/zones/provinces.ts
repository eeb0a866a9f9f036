/**
 * Provinces of the gazetteer with ASCII slugs for their pages. Written out, not made by pinyin:
 * 山西 and 陕西 are both "shanxi" in toneless pinyin, and the official romanisation tells them
 * apart (shaanxi); the list is fixed (31 provincial divisions).
 */
import type { Zone } from './types.ts';

export const PROVINCE_SLUGS: Readonly<Record<string, string>> = {
  北京: 'beijing', 天津: 'tianjin', 河北: 'hebei', 山西: 'shanxi', 内蒙古: 'neimenggu',
  辽宁: 'liaoning', 吉林: 'jilin', 黑龙江: 'heilongjiang', 上海: 'shanghai', 江苏: 'jiangsu',
  浙江: 'zhejiang', 安徽: 'anhui', 福建: 'fujian', 江西: 'jiangxi', 山东: 'shandong',
  河南: 'henan', 湖北: 'hubei', 湖南: 'hunan', 广东: 'guangdong', 广西: 'guangxi',
  海南: 'hainan', 重庆: 'chongqing', 四川: 'sichuan', 贵州: 'guizhou', 云南: 'yunnan',
  西藏: 'xizang', 陕西: 'shaanxi', 甘肃: 'gansu', 青海: 'qinghai', 宁夏: 'ningxia', 新疆: 'xinjiang',
};

/** The slug of a province as the gazetteer writes it (山东); throws on a name outside the list. */
export function provinceSlug(province: string): string {
  const slug = PROVINCE_SLUGS[province];
  if (!slug) throw new Error(`no slug for province ${province}`);
  return slug;
}

export interface ProvinceGroup<Z> {
  province: string;
  slug: string;
  zones: Z[];
}

/** Zones grouped by province, provinces in the order of PROVINCE_SLUGS (the usual official order), zones as given. */
export function groupByProvince<Z extends Pick<Zone, 'province'>>(zones: readonly Z[]): ProvinceGroup<Z>[] {
  const groups = new Map<string, Z[]>();
  for (const z of zones) groups.set(z.province, [...(groups.get(z.province) ?? []), z]);
  const order = Object.keys(PROVINCE_SLUGS);
  return [...groups.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([province, zs]) => ({ province, slug: provinceSlug(province), zones: zs }));
}
