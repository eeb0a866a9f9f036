import { describe, expect, it } from 'vitest';
import { zoneByName, zoneBySlug, zones } from '../../../src/lib/zones/gazetteer.ts';

describe('gazetteer.json integrity', () => {
  it('has the 177 rows of the facts table', () => {
    expect(zones).toHaveLength(177);
  });

  it('has unique, lowercase ASCII slugs', () => {
    const slugs = zones.map((z) => z.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('resolves every alias, short form and official name back to its own zone', () => {
    for (const zone of zones) {
      for (const form of [zone.name, zone.short, ...zone.aliases]) {
        expect(zoneByName(form)?.slug, form).toBe(zone.slug);
      }
    }
  });

  it('keeps context-dependent forms out of automatic lookup', () => {
    expect(zoneByName('火炬高新区')).toBeUndefined();
    expect(zoneByName('园区')).toBeUndefined();
    expect(zoneByName('滨江')).toBeUndefined();
    expect(zoneBySlug('hangzhou')?.weak).toContain('滨江');
  });

  it('stores province, city and approval year', () => {
    const nanning = zoneBySlug('nanning');
    expect(nanning).toMatchObject({ name: '南宁高新技术产业开发区', short: '南宁高新区', province: '广西', city: '南宁', approved: 1992 });
    expect(zoneBySlug('zhongguancun')?.short).toBe('中关村');
    expect(zoneBySlug('tianjin-binhai')?.short).toBe('天津滨海高新区');
    expect(zoneBySlug('chongqing')).toBeDefined();
  });
});

describe('zoneByName', () => {
  it('accepts the official full name, short form and 国家 forms', () => {
    expect(zoneByName('无锡高新技术产业开发区')?.slug).toBe('wuxi');
    expect(zoneByName('无锡国家高新区')?.slug).toBe('wuxi');
    expect(zoneByName('无锡国家级高新区')?.slug).toBe('wuxi');
    expect(zoneByName('国家级无锡高新区')?.slug).toBe('wuxi');
    expect(zoneByName('光谷')?.slug).toBe('wuhan-donghu');
  });

  it('accepts former names', () => {
    expect(zoneByName('襄樊高新区')?.slug).toBe('xiangyang');
    expect(zoneByName('禹城高新区')?.slug).toBe('dezhou');
  });

  it('ignores bracket width and spaces', () => {
    expect(zoneByName('泉州高新区(台商区)')?.slug).toBe('quanzhou');
    expect(zoneByName('泉州高新区（台商区）')?.slug).toBe('quanzhou');
    expect(zoneByName('南宁 高新区')?.slug).toBe('nanning');
    expect(zoneByName('南宁\u3000高新区')?.slug).toBe('nanning');
  });

  it('does not map related areas or unknown zones', () => {
    expect(zoneByName('西部(重庆)科学城')).toBeUndefined();
    expect(zoneByName('宣城高新区')).toBeUndefined();
  });
});
