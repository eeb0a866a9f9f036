/** Entities and related articles in the archive model: pages for entities in two articles, registered slugs, redirects. */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build';
import { emptyLock, parseLock, serialiseLock } from '../../../src/lib/archive/permalinks';
import type { GazetteerZone } from '../../../src/lib/archive/zones';
import { article, page } from '../../support/fixtures';

const gazetteer: GazetteerZone[] = [
  { slug: 'nanning', name: '南宁高新技术产业开发区', short: '南宁高新区', aliases: ['南宁高新区'], province: '广西', city: '南宁', approved: 1992 },
  { slug: 'chongqing', name: '重庆高新技术产业开发区', short: '重庆高新区', aliases: ['重庆高新区'], province: '重庆', city: '重庆', approved: 1991 },
];
const resolveZone = (name: string) => gazetteer.find((z) => z.short === name || z.name === name);

const COMPANY = '南宁汉和生物科技股份有限公司';
const pages = (withSecond = true) => [
  page('a.txt', [
    article({ id: 'p1', title: '南宁甲', zones: ['南宁高新区'], byline: '本报记者 李争粉', authors: ['李争粉'], paragraphs: [`${COMPANY}新建生产线投产，年产值预计超过十亿元。`] }),
    article({ id: 'p2', title: '重庆乙', zones: ['重庆高新区'], paragraphs: ['重庆高新区科学城建设加快推进，多个重大项目集中开工。'] }),
  ], { date: '2021-01-25', page: 5 }),
  ...(withSecond
    ? [page('b.txt', [article({ id: 'p3', title: '南宁丙', zones: ['南宁高新区'], byline: '本报记者 李争粉', authors: ['李争粉'], paragraphs: [`${COMPANY}获评国家级专精特新企业。`] })], { date: '2021-03-01', page: 5 })]
    : []),
];

describe('discovery in the archive', () => {
  const { archive, nextLock, report } = buildArchive(pages(), { lock: emptyLock(), resolveZone });

  it('gives a page to every entity named in two articles, with its articles newest first', () => {
    const byName = new Map((archive.entities ?? []).map((e) => [e.name, e]));
    expect([...byName.keys()].sort()).toEqual([COMPANY, '李争粉'].sort());
    const company = byName.get(COMPANY)!;
    expect(company.kind).toBe('organization');
    expect(company.articleIds).toEqual(['p3', 'p1']);
    expect(company.url).toBe(`/entities/${company.slug}/`);
    expect(company.slug).toMatch(/^[a-z0-9-]+$/);
    const reporter = byName.get('李争粉')!;
    expect(reporter.kind).toBe('person');
    expect(reporter.authored).toBe(2);
    // each article links to its entities; p2 names none
    expect(archive.articles.find((a) => a.id === 'p1')!.entities.sort()).toEqual([company.slug, reporter.slug].sort());
    expect(archive.articles.find((a) => a.id === 'p2')!.entities).toEqual([]);
  });

  it('relates articles: same zone first, never itself, at most five', () => {
    const p1 = archive.articles.find((a) => a.id === 'p1')!;
    expect(p1.related[0]).toBe('p3');
    for (const a of archive.articles) {
      expect(a.related).not.toContain(a.id);
      expect(a.related.length).toBeLessThanOrEqual(5);
    }
  });

  it('registers entity slugs in the lock, and reports them as new until registered', () => {
    expect(Object.keys(nextLock.entities).sort()).toEqual((archive.entities ?? []).map((e) => e.slug).sort());
    expect(report.newEntities.sort()).toEqual(Object.keys(nextLock.entities).sort());
    expect(parseLock(serialiseLock(nextLock)).entities).toEqual(nextLock.entities);
    const again = buildArchive(pages(), { lock: nextLock, resolveZone });
    expect(again.report.newEntities).toEqual([]);
    expect(again.report.lockChanged).toBe(false);
  });

  it('redirects a registered entity that lost its page to the one article still naming it', () => {
    const company = archive.entities!.find((e) => e.name === COMPANY)!;
    const fewer = buildArchive(pages(false), { lock: nextLock, resolveZone });
    expect(fewer.archive.entities).toEqual([]);
    expect(fewer.report.goneEntities.sort()).toEqual(Object.keys(nextLock.entities).sort());
    expect(fewer.archive.redirects).toContainEqual({ from: company.url, to: '/articles/p1/', reason: 'entity named in one article only now' });
    // still registered: its URL never vanishes
    expect(fewer.nextLock.entities[company.slug]).toBe(COMPANY);
  });

  it('can be left out (the first of two builds when corrections apply)', () => {
    const off = buildArchive(pages(), { lock: emptyLock(), resolveZone, discover: false });
    expect(off.archive.entities).toEqual([]);
    expect(off.archive.articles.every((a) => a.related.length === 0 && a.entities.length === 0)).toBe(true);
  });
});
