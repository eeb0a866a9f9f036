/** A zone's gazetteer facts as its hub page shows them. */
import { zoneBySlug } from './gazetteer.ts';
import { provinceSlug } from './provinces.ts';
import type { Zone } from './types.ts';

export interface ZoneFacts {
  slug: string;
  /** Official full name (南宁高新技术产业开发区). */
  officialName: string;
  /** The usual short form first, then the other short forms written in the papers. */
  shortForms: string[];
  formerNames: string[];
  city: string;
  /** County-level seat, when the zone sits in one. */
  seat: string | null;
  province: string;
  provinceSlug: string;
  /** Year it became national; null when unknown. */
  nationalSince: number | null;
}

/** Forms made mechanically from the short form (南宁国家高新区, 国家级南宁高新区): known, but not worth listing. */
const MECHANICAL = /国家|高新技术产业开发区$/;

export function zoneFacts(zone: Zone): ZoneFacts {
  const former = new Set(zone.former);
  const others = zone.aliases.filter((a) => a !== zone.name && a !== zone.short && !former.has(a) && !MECHANICAL.test(a));
  return {
    slug: zone.slug,
    officialName: zone.name,
    shortForms: [zone.short, ...others].filter((f, i, all) => f !== zone.name && all.indexOf(f) === i),
    formerNames: [...zone.former],
    city: zone.city,
    seat: zone.seat,
    province: zone.province,
    provinceSlug: provinceSlug(zone.province),
    nationalSince: zone.approved,
  };
}

/** Facts of a gazetteer zone by slug, or undefined for a zone outside the gazetteer. */
export function zoneFactsBySlug(slug: string): ZoneFacts | undefined {
  const zone = zoneBySlug(slug);
  return zone ? zoneFacts(zone) : undefined;
}
