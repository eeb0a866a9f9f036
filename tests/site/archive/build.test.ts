import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build';
import { emptyLock } from '../../../src/lib/archive/permalinks';
import { indexArchive } from '../../../src/lib/archive/site';
import { calendar } from '../../../src/lib/archive/calendar';
import type { GazetteerZone } from '../../../src/lib/archive/zones';
import { article, page } from '../../support/fixtures';

const gazetteer: GazetteerZone[] = [
  { slug: 'nanning', name: '南宁高新技术产业开发区', short: '南宁高新区', aliases: ['南宁高新区'], province: '广西', city: '南宁', approved: 1992 },
  { slug: 'chongqing', name: '重庆高新技术产业开发区', short: '重庆高新区', aliases: ['重庆高新区'], province: '重庆', city: '重庆', approved: 1991 },
];
const resolveZone = (name: string) => gazetteer.find((z) => z.short === name || z.name === name);
const text = (s: string) => [`${s}${'高新区经济运行平稳，重点项目建设加快推进，企业创新能力持续增强。'.repeat(3)}`];

const pages = [
  page('b.txt', [
    article({ id: 'p1', title: '南宁甲', zones: ['南宁高新区'], paragraphs: text('甲') }),
    article({ id: 'p2', title: '科学城乙', zones: ['西部（重庆）科学城', '重庆高新区'], paragraphs: text('乙') }),
  ]),
  page('a.txt', [article({ id: 'p3', title: '南宁丙', zones: ['南宁高新区', '西部(重庆)科学城'], paragraphs: text('丙') })], {
    date: '2021-01-25',
    page: 5,
    source: 'printed',
  }),
  page('c.txt', [article({ id: 'p4', title: '南宁丁', zones: ['南宁高新区'], paragraphs: text('丁') })], { date: '2020-06-01', page: 5 }),
];

describe('buildArchive', () => {
  const { archive, nextLock, report } = buildArchive(pages, { lock: emptyLock(), resolveZone });

  it('orders issues: dated by date, then undated by file', () => {
    expect(archive.issues.map((x) => x.key)).toEqual(['2020-06-01-p5', '2021-01-25-p5', 'undated-b']);
    expect(archive.latestIssue).toBe('2021-01-25-p5');
    expect(archive.issues[1].prev?.url).toBe('/issues/2020-06-01-p5/');
    expect(archive.issues[1].next?.url).toBe('/issues/undated-b/');
  });

  it('links articles to their issue and neighbours', () => {
    const p2 = archive.articles.find((a) => a.id === 'p2')!;
    expect(p2.issueUrl).toBe('/issues/undated-b/');
    expect(p2.prev?.id).toBe('p1');
    expect(p2.next).toBeNull();
    expect(p2.position).toBe(2);
  });

  it('resolves gazetteer zones and gives others a pinyin page', () => {
    const slugs = archive.zones.map((z) => z.slug);
    expect(slugs).toEqual(['chongqing', 'nanning', 'xi-bu-chong-qing-ke-xue-cheng']);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9-]+$/);
    const kxc = archive.zones.find((z) => z.slug === 'xi-bu-chong-qing-ke-xue-cheng')!;
    expect(kxc.inGazetteer).toBe(false);
    expect(kxc.writtenForms).toEqual(['西部（重庆）科学城', '西部(重庆)科学城']);
    expect(kxc.name).toBe('西部（重庆）科学城'); // on a tie the full-width form names the zone
  });

  it('lists zone articles newest first, undated last', () => {
    const nn = archive.zones.find((z) => z.slug === 'nanning')!;
    expect(nn.articleIds).toEqual(['p3', 'p4', 'p1']);
    expect(nn.name).toBe('南宁高新技术产业开发区');
  });

  it('groups zones by province with non-gazetteer zones last', () => {
    const idx = indexArchive(archive);
    expect(idx.provinces.map((p) => p.province)).toEqual(['重庆', '广西', '未收录于国家高新区名录']) // 拼音: chongqing < guangxi;
  });

  it('builds a calendar of dated issues only', () => {
    const years = calendar(archive.issues);
    expect(years.map((y) => y.year)).toEqual([2021, 2020]);
    const jan = years[0].months[0];
    expect(jan.weeks[0].slice(0, 1)).toEqual([null]); // 2021-01-01 was a Friday
    expect(jan.weeks.flat().find((d) => d?.day === 25)?.issues.map((x) => x.key)).toEqual(['2021-01-25-p5']);
  });

  it('reports everything as new on a first build', () => {
    expect(report.added.length).toBe(4);
    expect(report.newIssues.length).toBe(3);
    expect(report.lockChanged).toBe(true);
    expect(Object.keys(nextLock.issues)).toEqual(['2020-06-01-p5', '2021-01-25-p5', 'undated-b']);
  });

  it('redirects issue keys and zone slugs that change', () => {
    const dated = pages.map((p) => (p.seed === 'b.txt' ? { ...p, issue: { ...p.issue, date: '2021-02-01', page: 5 } } : p));
    const lock = { ...nextLock, zones: { ...nextLock.zones, 'old-slug': '南宁高新区' } };
    const again = buildArchive(dated, { lock, resolveZone });
    expect(again.archive.redirects).toEqual(
      expect.arrayContaining([
        { from: '/issues/undated-b/', to: '/issues/2021-02-01-p5/', reason: 'issue key changed' },
        { from: '/zones/old-slug/', to: '/zones/nanning/', reason: 'zone slug changed' },
      ]),
    );
    expect(again.report.goneIssues).toEqual(['undated-b']);
  });

  it('is deterministic', () => {
    const again = buildArchive(pages, { lock: emptyLock(), resolveZone });
    expect(JSON.stringify(again)).toBe(JSON.stringify({ archive, nextLock, report }));
  });
});
