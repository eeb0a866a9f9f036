import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/lib/entities/extract.ts';
import { entityKey } from '../../../src/lib/entities/names.ts';
import { articleText, bigramCodes, bigramOf } from '../../../src/lib/related/features.ts';
import { relatedArticles, type RelatedInput } from '../../../src/lib/related/related.ts';
import { zoneKey } from '../../../src/lib/archive/zones.ts';
import { goldPages } from '../../support/fixtures.ts';

describe('bigrams', () => {
  it('takes CJK pairs within runs only', () => {
    expect(bigramCodes('高新区，AI产业2020年，高新').map(bigramOf).sort()).toEqual(['产业', '新区', '高新']);
  });
});

/** The seed gold articles as related-articles input: zones as written (normalised), entities found. */
function seedInputs(): RelatedInput[] {
  return goldPages().flatMap((page) =>
    page.articles.map((a, i) => {
      const e = extractEntities(a);
      return {
        id: `${page.seed.replace(/\.txt$/, '')}#${i}`,
        zones: a.zones.map(zoneKey),
        date: page.issue.date,
        text: articleText(a),
        entities: [...e.organizations.map((o) => entityKey(o.name)), ...e.people.map((p) => entityKey(p.name))],
      };
    }),
  );
}

describe.runIf(goldPages().length > 0)('related articles of the seed gold', () => {
  const inputs = seedInputs();
  const { related } = relatedArticles(inputs);
  const byZone = (zone: string) => inputs.filter((a) => a.zones.includes(zoneKey(zone))).map((a) => a.id);

  it('gives every article at most five, never itself, each once', () => {
    expect(related.size).toBe(inputs.length);
    for (const [id, list] of related) {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list).not.toContain(id);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('ranks the articles of the same zone first', () => {
    for (const zone of ['南宁高新区', '烟台高新区', '贵阳高新区', '重庆高新区', '西安高新区', '天津滨海高新区']) {
      const ids = byZone(zone);
      expect(ids.length, zone).toBeGreaterThanOrEqual(2);
      for (const id of ids) {
        const others = ids.filter((x) => x !== id);
        expect(new Set(related.get(id)!.slice(0, others.length)), `${zone} ${id}`).toEqual(new Set(others));
      }
    }
  });

  it('is the same whatever the input order', () => {
    const again = relatedArticles([...inputs].reverse()).related;
    for (const [id, list] of related) expect(again.get(id)).toEqual(list);
  });
});

describe('relatedArticles on hand-made articles', () => {
  // Words every article has: shared by all, they tell nothing.
  const make = (id: string, zones: string[], topic: string, _k: number): RelatedInput => ({ id, zones, date: null, text: `${topic}。会议召开，工作部署，营商环境。` });
  const items = [
    make('a', ['za'], '知识产权质押融资试点落地', 0),
    make('b', ['zb'], '知识产权质押融资规模扩大', 1),
    make('c', ['zc'], '知识产权质押融资服务平台', 2),
    make('d', ['zd'], '新能源汽车零部件项目开工', 3),
    make('e', ['ze'], '新能源汽车整车项目签约', 4),
    make('f', ['za'], '人才公寓交付使用', 5),
    ...Array.from({ length: 12 }, (_, k) => make(`x${k}`, [`zx${k}`], `${'甲乙丙丁戊己庚辛壬癸子丑'[k]}${'寅卯辰巳午未申酉戌亥金木'[k]}专项活动`, k)),
  ];
  const { related } = relatedArticles(items);

  it('puts the zone mate first, then articles sharing rare words', () => {
    expect(related.get('a')).toEqual(['f', 'b', 'c']);
    expect(related.get('b')!.slice(0, 2).sort()).toEqual(['a', 'c']);
    expect(related.get('d')).toEqual(['e']);
  });

  it('relates nothing that shares only common words', () => {
    expect(related.get('x3')).toEqual([]);
  });
});

describe('work done at scale', () => {
  /** A deterministic synthetic archive: zones of varied size, texts drawn from a skewed vocabulary. */
  function synthetic(n: number): RelatedInput[] {
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const chars = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const pick = () => chars[Math.floor(chars.length * rand() ** 3)]!;
    return Array.from({ length: n }, (_, i) => ({
      id: `a${String(i).padStart(6, '0')}`,
      zones: [`z${Math.floor(200 * rand() ** 2)}`],
      date: `20${String(10 + Math.floor(rand() * 15))}-01-01`,
      text: Array.from({ length: 300 }, pick).join(''),
    }));
  }

  it('compares a bounded number of candidates per article: pairs grow about linearly, far below all pairs', () => {
    const counts = [500, 1000, 2000].map((n) => ({ n, pairs: relatedArticles(synthetic(n)).candidatePairs }));
    const perArticle = counts.map((c) => c.pairs / c.n);
    console.log(counts.map((c) => `${c.n} articles: ${c.pairs} candidate pairs (${(c.pairs / c.n).toFixed(1)} per article)`).join('\n'));
    // Bound by construction: signature (24) × posting cap (64) + 2 × 5 zone neighbours.
    for (const p of perArticle) expect(p).toBeLessThanOrEqual(24 * 64 + 10);
    // Doubling the archive does not double the work per article.
    expect(perArticle[2]! / perArticle[0]!).toBeLessThan(1.5);
    expect(counts[2]!.pairs).toBeLessThan((2000 * 1999) / 2 / 4);
  }, 60_000);
});
