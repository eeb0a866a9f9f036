import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/zones/chart.ts';
import { coverage } from '../../../src/lib/zones/coverage.ts';
import { zones } from '../../../src/lib/zones/gazetteer.ts';
import { zoneFactsBySlug } from '../../../src/lib/zones/hub.ts';
import { groupByProvince, PROVINCE_SLUGS, provinceSlug } from '../../../src/lib/zones/provinces.ts';

describe('zoneFacts', () => {
  it('gives the gazetteer facts of a zone (../shared/reference/zones-facts.md row 2)', () => {
    expect(zoneFactsBySlug('tianjin-binhai')).toEqual({
      slug: 'tianjin-binhai',
      officialName: '天津滨海高新技术产业开发区',
      shortForms: ['天津滨海高新区', '滨海高新区', '天津高新区'],
      formerNames: ['天津新技术产业园区'],
      city: '天津',
      seat: null,
      province: '天津',
      provinceSlug: 'tianjin',
      nationalSince: 1991,
    });
  });

  it('gives the year it became national and its former names (rows 161, 91)', () => {
    expect(zoneFactsBySlug('lasa')).toMatchObject({ officialName: '拉萨高新技术产业开发区', formerNames: ['柳梧新区'], nationalSince: 2022, provinceSlug: 'xizang' });
    expect(zoneFactsBySlug('dezhou')).toMatchObject({ formerNames: ['禹城高新区'], nationalSince: 2015, seat: '禹城市', province: '山东' });
    expect(zoneFactsBySlug('nanning')).toMatchObject({ shortForms: ['南宁高新区'], formerNames: [], city: '南宁', province: '广西' });
  });

  it('knows no zone outside the gazetteer', () => {
    expect(zoneFactsBySlug('quan-tai-ren-li-zi-yuan-fu-wu-chan-ye-yuan')).toBeUndefined();
  });
});

describe('provinces', () => {
  it('has a distinct ASCII slug for every province of the gazetteer', () => {
    const slugs = new Set(Object.values(PROVINCE_SLUGS));
    expect(slugs.size).toBe(31);
    for (const z of zones) expect(provinceSlug(z.province)).toMatch(/^[a-z]+$/);
    expect(provinceSlug('陕西')).not.toBe(provinceSlug('山西'));
    expect(() => provinceSlug('火星')).toThrow();
  });

  it('groups zones by province, in the official order, every zone once', () => {
    const groups = groupByProvince(zones);
    expect(groups.map((g) => g.province).slice(0, 3)).toEqual(['北京', '天津', '河北']);
    expect(groups.find((g) => g.slug === 'guangxi')!.zones.map((z) => z.slug).sort()).toEqual(['beihai', 'guilin', 'liuzhou', 'nanning']);
    expect(groups.find((g) => g.slug === 'jiangsu')!.zones).toHaveLength(18);
    expect(groups.reduce((n, g) => n + g.zones.length, 0)).toBe(zones.length);
  });
});

describe('coverage', () => {
  const items = [
    { date: '2019-03-04', kind: 'article' as const },
    { date: '2021-03-01', kind: 'article' as const },
    { date: '2021-03-29', kind: 'brief' as const },
    { date: '2021-11-08', kind: 'photo-news' as const },
    { date: null, kind: 'article' as const },
  ];
  const c = coverage(items);

  it('counts by year with empty years kept, by month and by kind', () => {
    expect(c.byYear).toEqual([
      { period: '2019', count: 1 },
      { period: '2020', count: 0 },
      { period: '2021', count: 3 },
    ]);
    expect(c.byMonth.get('2021')!.filter((m) => m.count).map((m) => [m.period, m.count])).toEqual([
      ['2021-03', 2],
      ['2021-11', 1],
    ]);
    expect(c.byMonth.get('2020')).toHaveLength(12);
    expect(c.byKind).toEqual({ article: 3, 'photo-news': 1, brief: 1 });
    expect([c.total, c.undated]).toEqual([5, 1]);
  });

  it('is empty without dated items', () => {
    expect(coverage([{ date: null, kind: 'brief' }])).toMatchObject({ byYear: [], undated: 1, total: 1 });
  });
});

describe('barChart', () => {
  it('draws bars whose heights match the counts, on one baseline, side by side', () => {
    const chart = barChart(
      [
        { period: '2019', count: 2 },
        { period: '2020', count: 0 },
        { period: '2021', count: 4 },
        { period: '2022', count: 1 },
      ],
      { width: 100, height: 40, gap: 4 },
    );
    expect(chart.max).toBe(4);
    expect(chart.bars.map((b) => b.height)).toEqual([20, 0, 40, 10]);
    for (const b of chart.bars) expect(b.y + b.height).toBe(40);
    expect(chart.bars.map((b) => b.x)).toEqual([0, 26, 52, 78]);
    expect(chart.bars.every((b) => b.width === 22)).toBe(true);
  });

  it('never hides a small count, and draws nothing for no counts', () => {
    const chart = barChart([{ period: 'a', count: 1 }, { period: 'b', count: 1000 }], { height: 50 });
    expect(chart.bars[0]!.height).toBe(1);
    expect(barChart([{ period: 'a', count: 0 }]).bars[0]!.height).toBe(0);
    expect(barChart([]).bars).toEqual([]);
  });
});
