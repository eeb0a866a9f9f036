/** Hub data from a hand-made archive: coverage with empty years, bar links, related zones, province pages on one scale. */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build';
import { emptyLock } from '../../../src/lib/archive/permalinks';
import { indexArchive } from '../../../src/lib/archive/site';
import { entityIndex, provincePages, zoneHub } from '../../../src/lib/archive/hubs';
import { zoneByName, zones as gazetteer } from '../../../src/lib/zones/gazetteer';
import { article, page } from '../../support/fixtures';

const text = (s: string) => [`${s}高新区经济运行平稳，重点项目建设加快推进。`];
let n = 0;
const one = (date: string | null, zones: string[], kind: 'article' | 'brief' = 'article') =>
  page(`${String(n++).padStart(3, '0')}.txt`, [article({ id: `a${n}`, title: `标题${n}`, kind, zones, paragraphs: text(`第${n}篇`) })], date ? { date, page: 5 } : { page: 5 });

const pages = [
  one('2019-03-01', ['南宁高新区']),
  one('2019-05-01', ['南宁高新区']),
  one('2019-07-01', ['南宁高新区'], 'brief'),
  one('2021-02-01', ['南宁高新区', '重庆高新区']),
  one(null, ['南宁高新区']),
  one('2020-06-01', ['重庆高新区']),
  one('2020-08-01', ['柳州高新区']),
];
const { archive } = buildArchive(pages, { lock: emptyLock(), resolveZone: zoneByName });
const site = indexArchive(archive);

describe('zone hub data', () => {
  const hub = zoneHub(site.zone.get('nanning')!, site.lookup);

  it('counts per year from the first to the last dated year, empty years kept; undated and kinds apart', () => {
    expect(hub.coverage.byYear).toEqual([
      { period: '2019', count: 3 },
      { period: '2020', count: 0 },
      { period: '2021', count: 1 },
    ]);
    expect(hub.coverage.undated).toBe(1);
    expect(hub.byKind).toEqual([
      { kind: 'article', label: '文章', count: 4 },
      { kind: 'brief', label: '简讯', count: 1 },
    ]);
  });

  it('draws a bar per year, full height for the most, none for an empty year, each linked to its year on the hub', () => {
    const bars = hub.chart!.bars;
    expect(bars.map((b) => [b.period, b.count, b.height, b.url])).toEqual([
      ['2019', 3, 120, '#y2019'],
      ['2020', 0, 0, null],
      ['2021', 1, 40, '#y2021'],
    ]);
    expect(hub.chart!.desc).toContain('2019年 3 篇，2020年 0 篇，2021年 1 篇，日期不详 1 篇');
    expect(hub.years.map((y) => [y.anchor, y.articles.length])).toEqual([['y2021', 1], ['y2019', 3], ['yundated', 1]]);
  });

  it('gives the gazetteer facts and the zones covered with it', () => {
    expect(hub.facts?.officialName).toBe('南宁高新技术产业开发区');
    expect(hub.provinceUrl).toBe('/zones/province/guangxi/');
    expect(hub.coZones.map((z) => [z.slug, z.count])).toEqual([['chongqing', 1]]);
  });

  it('links the bars of a zone paged by year to its year pages', () => {
    const many = Array.from({ length: 101 }, (_, i) => one(`${2015 + (i % 3)}-01-0${(i % 9) + 1}`, ['南宁高新区']));
    const big = buildArchive(many, { lock: emptyLock(), resolveZone: zoneByName }).archive;
    const s = indexArchive(big);
    const bars = zoneHub(s.zone.get('nanning')!, s.lookup).chart!.bars;
    expect(bars.map((b) => b.url)).toEqual(['/zones/nanning/2015/', '/zones/nanning/2016/', '/zones/nanning/2017/']);
    expect(zoneHub(s.zone.get('nanning')!, s.lookup).years).toEqual([]);
  });
});

describe('province pages', () => {
  const provinces = provincePages(archive, site.lookup.article);

  it('one per province of the gazetteer, each listing exactly its zones', () => {
    expect(provinces.map((p) => p.province).sort()).toEqual([...new Set(gazetteer.map((z) => z.province))].sort());
    for (const p of provinces) expect(p.zones.map((z) => z.slug).sort()).toEqual(gazetteer.filter((z) => z.province === p.province).map((z) => z.slug).sort());
  });

  it('counts, most first, and charts over the archive’s years on one scale per province', () => {
    const guangxi = provinces.find((p) => p.slug === 'guangxi')!;
    expect(guangxi.total).toBe(6);
    expect(guangxi.zones.slice(0, 2).map((z) => [z.slug, z.count, z.undated])).toEqual([['nanning', 5, 1], ['liuzhou', 1, 0]]);
    const nanning = guangxi.zones[0]!.chart.bars;
    const liuzhou = guangxi.zones[1]!.chart.bars;
    expect(nanning.map((b) => b.period)).toEqual(['2019', '2020', '2021']);
    expect(liuzhou.map((b) => [b.period, b.count])).toEqual([['2019', 0], ['2020', 1], ['2021', 0]]);
    // 3 articles in 2019 are the full height (48); liuzhou's one in 2020 a third of it
    expect(nanning[0]!.height).toBe(48);
    expect(liuzhou[1]!.height).toBe(16);
    expect(guangxi.zones.find((z) => z.count === 0)?.url).toBeNull();
  });
});

describe('entity index', () => {
  it('lists entities of each kind, at most `max`', () => {
    const e = (slug: string, kind: 'person' | 'organization', count: number) => ({
      slug, url: `/entities/${slug}/`, kind, name: slug, aliases: [], roles: [], articleIds: Array.from({ length: count }, (_, i) => `x${i}`), authored: 0,
    });
    const index = entityIndex([e('a', 'person', 3), e('b', 'organization', 2), e('c', 'person', 2)], 1);
    expect(index.people).toEqual({ total: 2, items: [{ slug: 'a', url: '/entities/a/', name: 'a', count: 3, note: null }] });
    expect(index.organizations.total).toBe(1);
  });
});

describe('articles that only mention a zone', () => {
  // about 重庆 and naming 南宁 in its text; about 柳州 and naming 南宁 only as a bare word; about 南宁 and naming it
  const mentioning = [
    page('m1.txt', [article({ id: 'm1', title: '重庆高新区签约一批项目', zones: ['重庆高新区'], paragraphs: ['重庆高新区与南宁高新区的企业签约。'] })], { date: '2022-01-03', page: 5 }),
    page('m2.txt', [article({ id: 'm2', title: '柳州高新区新闻', zones: ['柳州高新区'], paragraphs: ['柳州高新区的企业赴南宁考察。'] })], { date: '2022-02-07', page: 5 }),
    page('m3.txt', [article({ id: 'm3', title: '成都高新区新闻', zones: ['成都高新技术产业开发区'], paragraphs: ['成都高新区与南宁高新技术产业开发区合作。'] })], { date: '2023-02-06', page: 5 }),
    page('m4.txt', [article({ id: 'm4', title: '南宁高新区新闻', zones: ['南宁高新区'], paragraphs: ['南宁高新区企业增多。'] })], { date: '2023-03-06', page: 5 }),
  ];
  const built = buildArchive(mentioning, { lock: emptyLock(), resolveZone: zoneByName }).archive;
  const idOf = (seed: string) => built.articles.find((a) => a.seed === seed)!.id;
  const s = indexArchive(built);

  it('lists, newest first, the articles about other zones that name it in any written form, apart from its own', () => {
    const nanning = s.zone.get('nanning')!;
    expect(nanning.articleIds).toEqual([idOf('m4.txt')]);
    expect(nanning.mentionIds).toEqual([idOf('m3.txt'), idOf('m1.txt')]);
    const hub = zoneHub(nanning, s.lookup);
    expect(hub.mentions.total).toBe(2);
    expect(hub.mentions.newest.map((a) => a.id)).toEqual([idOf('m3.txt'), idOf('m1.txt')]);
  });

  it('naming the zone an article is about, or a bare city name, is no mention', () => {
    expect(s.zone.get('chongqing')!.mentionIds).toEqual([]);
    expect(s.zone.get('liuzhou')!.mentionIds).toEqual([]);
    expect(built.zones.every((z) => z.mentionIds.every((id) => !z.articleIds.includes(id)))).toBe(true);
  });
});
