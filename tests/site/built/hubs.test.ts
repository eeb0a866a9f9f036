/**
 * Zone hubs, province pages, entity pages and related articles on the built seed site. Expected values
 * come from archive.json's articles and the gazetteer file, counted here — never from the hub code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, archive, attrValues, decode, fileForPath, firstText, page, stripTags } from '../../support/site';
import type { ArchiveArticle } from '../../../src/lib/archive/model';

interface GazZone {
  slug: string;
  name: string;
  short: string;
  former: string[];
  province: string;
  city: string;
  approved: number | null;
}
const gazetteer = JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/lib/zones/gazetteer.json'), 'utf8')) as GazZone[];
const gazBySlug = new Map(gazetteer.map((z) => [z.slug, z]));
const data = archive();
const byId = new Map(data.articles.map((a) => [a.id, a]));

const about = (slug: string): ArchiveArticle[] => data.articles.filter((a) => a.zones.some((z) => z.slug === slug));

/** The inner HTML of the first element whose opening tag has `attr` (optionally `="value"`), up to its closing tag. */
function block(html: string, tag: string, attr: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*\\s${attr}(?=[\\s>=])[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return m ? m[1] : null;
}

interface BarSeen {
  period: string;
  count: number;
  height: number;
  y: number;
  href: string | null;
}

/** The bars of the first chart in `html`, with the chart's drawing height and top count. */
function bars(html: string): { height: number; bars: BarSeen[]; table: [string, number][] } | null {
  const svg = /<svg\b([^>]*)>([\s\S]*?)<\/svg>/.exec(html);
  if (!svg) return null;
  const height = Number(/data-height="(\d+)"/.exec(svg[1])![1]);
  // the pointer layer: a link over each bar with a list, in a second (aria-hidden) SVG
  const links = new Map([...html.matchAll(/<a href="([^"]*)" tabindex="-1"[^>]*>\s*<rect\b[^>]*\sdata-link="(\d+)"/g)].map((m) => [m[2], decode(m[1])]));
  const found: BarSeen[] = [];
  for (const m of svg[2].matchAll(/<rect\b([^>]*)>/g)) {
    const attrs = m[1];
    const num = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)![1]);
    const period = /data-period="(\d+)"/.exec(attrs)![1];
    found.push({ period, count: num('data-count'), height: num('height'), y: num('y'), href: links.get(period) ?? null });
  }
  const tableHtml = /<table[^>]*data-chart-table[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const table = [...tableHtml.matchAll(/<tr[^>]*><th scope="row"[^>]*>([\s\S]*?)<\/th><td[^>]*>(\d+)<\/td><\/tr>/g)].map(
    (m) => [stripTags(m[1]), Number(m[2])] as [string, number],
  );
  return { height, bars: found, table };
}

/** Years from the first to the last dated article of a list, each with its count. */
function perYear(articles: ArchiveArticle[]): Map<string, number> {
  const years = articles.filter((a) => a.date).map((a) => Number(a.date!.slice(0, 4)));
  const out = new Map<string, number>();
  if (!years.length) return out;
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.set(String(y), 0);
  for (const y of years) out.set(String(y), out.get(String(y))! + 1);
  return out;
}

describe('zone hubs', () => {
  it('the seed site has hubs with facts, charts, related zones and entities to test', () => {
    expect(data.zones.filter((z) => z.inGazetteer).length).toBeGreaterThan(10);
    expect(data.zones.some((z) => about(z.slug).some((a) => a.date))).toBe(true);
    expect(data.articles.some((a) => a.zones.length > 1)).toBe(true);
    expect((data.entities ?? []).length).toBeGreaterThan(0);
  });

  let shownForms = 0;
  for (const zone of data.zones) {
    describe(zone.url, () => {
      const html = page(zone.url);
      const mine = about(zone.slug);

      it('shows the gazetteer facts, with a link to the province page', () => {
        const g = gazBySlug.get(zone.slug);
        expect(firstText(html, '<h1[^>]*>', 'h1')).toBe(g ? g.name : zone.name);
        if (!g) {
          expect(html).toContain('未收录于国家高新区名录');
          return;
        }
        expect(stripTags(block(html, 'dd', 'data-fact="official"')!)).toBe(g.name);
        expect(stripTags(block(html, 'dd', 'data-fact="short"')!).split('、')).toContain(g.short);
        for (const f of g.former) expect(stripTags(block(html, 'dd', 'data-fact="former"')!).split('、')).toContain(f);
        const place = stripTags(block(html, 'dd', 'data-fact="place"')!);
        expect(place).toContain(g.province);
        expect(place).toContain(g.city);
        if (g.approved) expect(stripTags(block(html, 'dd', 'data-fact="since"')!)).toBe(`${g.approved}年`);
        const provinceLink = /<a href="([^"]+)" data-fact="province"/.exec(html)![1];
        expect(provinceLink).toMatch(/^\/zones\/province\/[a-z]+\/$/);
        expect(firstText(page(provinceLink), '<h1[^>]*>', 'h1')).toBe(`${g.province}的国家高新区`);
      });

      it('lists the other forms its articles wrote it in, each once, printed in one of them, none a name listed above', () => {
        const dd = /<dt[^>]*>文中写法<\/dt><dd[^>]*>([^<]*)<\/dd>/.exec(html);
        if (!dd) return;
        shownForms++;
        const forms = decode(dd[1]).split('、');
        expect(new Set(forms).size).toBe(forms.length);
        const g = gazBySlug.get(zone.slug);
        const named = g ? [g.name, g.short, ...g.former] : [zone.name];
        const printed = mine.map((a) => [a.displayTitle, a.record.kicker, a.record.subtitle, ...a.record.paragraphs].filter(Boolean).join('\n'));
        for (const f of forms) {
          expect(named).not.toContain(f);
          expect(printed.some((t) => t.replace(/\s/g, '').includes(f.replace(/\s/g, ''))), f).toBe(true);
        }
      });

      it('lists apart the articles about other zones that name it (a gazetteer form in their text)', () => {
        const g = gazBySlug.get(zone.slug);
        const forms = g ? [g.name, g.short, ...g.former].filter((f) => f && /[区园城]$/.test(f)) : [];
        const textOf = (a: ArchiveArticle) => [a.displayTitle, a.record.kicker, a.record.subtitle, ...a.record.body.map((b) => b.text), ...a.captions].filter(Boolean).join('\n');
        const expected = data.articles.filter((a) => !mine.includes(a) && forms.some((f) => textOf(a).includes(f)));
        expect(attrValues(html, 'data-mention-id').sort()).toEqual(expected.map((a) => a.id).sort());
        const total = block(html, 'span', 'data-mentions-total');
        expect(total === null ? 0 : Number.parseInt(stripTags(total))).toBe(expected.length);
      });

      it('lists each of its articles with the other zones it is about, not with itself', () => {
        const items = [...html.matchAll(/<li data-article-id="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
        expect(items.length).toBeGreaterThan(0);
        for (const [, id, item] of items) {
          const others = byId.get(id)!.zones.filter((z) => z.slug !== zone.slug).map((z) => z.url);
          expect(attrValues(item, 'href').filter((h) => h.startsWith('/zones/'))).toEqual(others);
        }
      });

      it('counts its articles in total, by kind and undated', () => {
        expect(Number(stripTags(block(html, 'strong', 'data-total')!))).toBe(mine.length);
        for (const kind of ['article', 'photo-news', 'brief']) {
          const n = mine.filter((a) => a.record.kind === kind).length;
          const shown = block(html, 'span', `data-kind="${kind}"`);
          if (n === 0) expect(shown).toBeNull();
          else expect(Number(stripTags(shown!))).toBe(n);
        }
        const undated = mine.filter((a) => !a.date).length;
        const shown = block(html, 'span', 'data-undated');
        expect(shown === null ? 0 : Number(stripTags(shown))).toBe(undated);
      });

      it('draws a bar per year whose height matches its count, linked to that year’s list, with the same counts in a table', () => {
        const expected = perYear(mine);
        const chart = bars(block(html, 'section', 'data-coverage') ?? '');
        if (expected.size === 0) {
          expect(chart).toBeNull();
          return;
        }
        expect(chart).not.toBeNull();
        const { height, bars: seen, table } = chart!;
        expect(seen.map((b) => [b.period, b.count])).toEqual([...expected]);
        const max = Math.max(...expected.values());
        for (const b of seen) {
          // proportional to the count, one unit of rounding; a year with articles is never invisible
          expect(Math.abs(b.height - (b.count / max) * height)).toBeLessThanOrEqual(1);
          if (b.count > 0) expect(b.height).toBeGreaterThan(0);
          expect(b.y + b.height).toBe(height);
          if (b.count === max) expect(b.height).toBe(height);
          if (b.count === 0) expect(b.href).toBeNull();
          else {
            // the year's list: its heading on this page, or the zone's year page
            expect(b.href).not.toBeNull();
            if (b.href!.startsWith('#')) {
              expect(html).toContain(`id="${b.href!.slice(1)}"`);
              const section = block(html, 'section', `data-year="${b.period}"`)!;
              expect(attrValues(section, 'data-article-id').sort()).toEqual(mine.filter((a) => a.date?.startsWith(b.period)).map((a) => a.id).sort());
            } else {
              expect(b.href).toBe(`${zone.url}${b.period}/`);
              expect(fileForPath(b.href!)).not.toBeNull();
            }
          }
        }
        expect(table).toEqual([...expected].map(([y, n]) => [`${y}年`, n]));
      });

      it('lists the zones most often covered with it, and the people and bodies most named, with counts', () => {
        const co = new Map<string, number>();
        for (const a of mine) for (const z of a.zones) if (z.slug !== zone.slug) co.set(z.slug, (co.get(z.slug) ?? 0) + 1);
        const listed = (kind: string) => {
          const list = block(html, 'ol', `data-ranked="${kind}"`);
          return list ? [...list.matchAll(/<li data-slug="([^"]+)" data-count="(\d+)"[^>]*>\s*<a href="([^"]+)"/g)].map((m) => ({ slug: m[1], count: Number(m[2]), href: m[3] })) : [];
        };
        const zones = listed('zones');
        expect(zones.length).toBe(Math.min(10, co.size));
        for (const z of zones) {
          expect(z.count).toBe(co.get(z.slug));
          expect(z.href).toBe(`/zones/${z.slug}/`);
        }
        const least = Math.min(...zones.map((z) => z.count));
        expect([...co].filter(([slug, n]) => n > least && !zones.some((z) => z.slug === slug))).toEqual([]);
        // entities: a count is the zone's articles naming it; the entity page lists those articles
        for (const kind of ['people', 'organizations']) {
          for (const e of listed(kind)) {
            const entity = data.entities!.find((x) => x.slug === e.slug)!;
            expect(entity.kind).toBe(kind === 'people' ? 'person' : 'organization');
            expect(e.count).toBe(mine.filter((a) => entity.articleIds.includes(a.id)).length);
            expect(e.count).toBeGreaterThan(0);
            expect(e.href).toBe(`/entities/${e.slug}/`);
          }
        }
      });
    });
  }

  it('some hub lists other written forms (the check above is not empty)', () => expect(shownForms).toBeGreaterThan(0));

  it('every entity named in two of a zone’s articles is listed on its hub', () => {
    for (const zone of data.zones) {
      const mine = new Set(about(zone.slug).map((a) => a.id));
      const html = page(zone.url);
      for (const e of data.entities ?? []) {
        const n = e.articleIds.filter((id) => mine.has(id)).length;
        if (n >= 2) expect(html, `${zone.url} ${e.name}`).toContain(`data-slug="${e.slug}" data-count="${n}"`);
      }
    }
  });
});

describe('province pages', () => {
  const provinces = [...new Set(gazetteer.map((z) => z.province))];
  const files = readdirSync(join(DIST, 'zones/province'));

  it('one page per province of the gazetteer, linked from /zones/ for every province with zones in the archive', () => {
    expect(files.length).toBe(provinces.length);
    const titles = files.map((f) => firstText(page(`/zones/province/${f}/`), '<h1[^>]*>', 'h1'));
    expect(titles.sort()).toEqual(provinces.map((p) => `${p}的国家高新区`).sort());
    const index = page('/zones/');
    const linked = new Set(attrValues(index, 'href').filter((h) => h.startsWith('/zones/province/')));
    const withZones = new Set(data.zones.filter((z) => z.inGazetteer).map((z) => gazBySlug.get(z.slug)!.province));
    expect(linked.size).toBe(withZones.size);
    for (const href of linked) expect(withZones.has(firstText(page(href), '<h1[^>]*>', 'h1')!.replace(/的国家高新区$/, ''))).toBe(true);
  });

  for (const file of files) {
    it(`/zones/province/${file}/ lists exactly its zones, with their counts, hubs and a chart each`, () => {
      const html = page(`/zones/province/${file}/`);
      const province = firstText(html, '<h1[^>]*>', 'h1')!.replace(/的国家高新区$/, '');
      const expected = gazetteer.filter((z) => z.province === province);
      const items = [...html.matchAll(/<li data-zone="([^"]+)" data-count="(\d+)"[^>]*>([\s\S]*?)<\/li>/g)];
      expect(items.map((m) => m[1]).sort()).toEqual(expected.map((z) => z.slug).sort());
      for (const [, slug, count, body] of items) {
        const mine = about(slug);
        expect(Number(count)).toBe(mine.length);
        const hub = data.zones.find((z) => z.slug === slug);
        if (hub) expect(attrValues(body, 'href')).toContain(hub.url);
        else expect(body).toContain('暂无文章');
        // the small chart: same years on every chart of the page, bars matching the zone's dated articles
        const chart = bars(body)!;
        expect(chart.bars.map((b) => b.period)).toEqual([...perYear(data.articles).keys()]);
        const expectedCounts = chart.bars.map((b) => mine.filter((a) => a.date?.startsWith(b.period)).length);
        expect(chart.bars.map((b) => b.count)).toEqual(expectedCounts);
        expect(expectedCounts.reduce((x, y) => x + y, 0)).toBe(mine.filter((a) => a.date).length);
        for (const b of chart.bars) expect(b.height > 0).toBe(b.count > 0);
      }
      expect(Number(stripTags(block(html, 'span', 'data-article-total')!))).toBe(expected.reduce((s, z) => s + about(z.slug).length, 0));
      // one scale for the page: the tallest bar of any zone is the full height
      const all = items.flatMap((m) => bars(m[3])!.bars);
      const max = Math.max(0, ...all.map((b) => b.count));
      if (max > 0) for (const b of all.filter((x) => x.count === max)) expect(b.height).toBe(bars(items[0]![3])!.height);
    });
  }
});

describe('entity pages', () => {
  const entities = data.entities ?? [];

  it('every entity has a page, listed on /entities/', () => {
    const index = attrValues(page('/entities/'), 'href');
    for (const e of entities) {
      expect(e.url).toMatch(/^\/entities\/[a-z0-9-]+\/$/);
      expect(fileForPath(e.url)).not.toBeNull();
      expect(index).toContain(e.url);
    }
    expect(readdirSync(join(DIST, 'entities')).filter((f) => f !== 'index.html').length).toBe(entities.length);
  });

  for (const e of entities) {
    it(`${e.url}: name, kind, forms and roles, exactly its articles, each of which names it`, () => {
      const html = page(e.url);
      expect(firstText(html, '<h1[^>]*>', 'h1')).toBe(e.name);
      expect(stripTags(block(html, 'dd', 'data-fact="kind"')!)).toBe(e.kind === 'person' ? '人物' : '机构');
      for (const alias of e.aliases) expect(stripTags(block(html, 'dd', 'data-fact="aliases"')!)).toContain(alias);
      for (const role of e.roles) expect(stripTags(block(html, 'dd', 'data-fact="roles"')!)).toContain(role);
      const listed = attrValues(html, 'data-article-id');
      expect(listed.length).toBeGreaterThanOrEqual(2);
      // its articles in search, where year, kind and words narrow them (the entity filter)
      expect(attrValues(html, 'href')).toContain(`/search/?entity=${e.slug}`);
      expect(Number(stripTags(block(html, 'span', 'data-fact="count"')!))).toBe(listed.length);
      for (const id of listed) {
        const a = byId.get(id)!;
        // every article it lists prints the name (or one of its forms) somewhere: title, byline, authors, text, captions
        const text = [a.record.kicker, a.record.title, a.record.subtitle, a.record.byline, ...a.record.authors, ...a.record.paragraphs, ...a.captions].join('\n');
        expect([e.name, ...e.aliases].some((n) => text.includes(n)), `${a.url} names ${e.name}`).toBe(true);
        // and links back to the entity
        expect(attrValues(page(a.url), 'href')).toContain(e.url);
      }
    });
  }
});

describe('article pages: related articles and entities', () => {
  it('every article shows up to five related articles, each another built article page', () => {
    let withRelated = 0;
    for (const a of data.articles) {
      const html = page(a.url);
      const section = block(html, 'section', 'data-related');
      if (!section) continue;
      withRelated++;
      const links = attrValues(section, 'href');
      expect(links.length).toBeGreaterThan(0);
      expect(links.length).toBeLessThanOrEqual(5);
      expect(new Set(links).size).toBe(links.length);
      expect(links).not.toContain(a.url);
      for (const href of links) {
        expect(href).toMatch(/^\/articles\/[a-z0-9]+\/$/);
        expect(fileForPath(href)).not.toBeNull();
      }
    }
    expect(withRelated).toBeGreaterThan(data.articles.length / 2);
  });

  it('related lists make sense on the seeds: an article of a zone with other articles lists one of them first', () => {
    for (const a of data.articles) {
      const zoneMates = new Set(a.zones.flatMap((z) => about(z.slug).map((x) => x.url)).filter((u) => u !== a.url));
      if (!zoneMates.size) continue;
      const first = attrValues(block(page(a.url), 'section', 'data-related') ?? '', 'href')[0];
      expect(zoneMates.has(first!), `${a.url}: first related ${first}`).toBe(true);
    }
  });

  it('entity links of an article lead to entity pages that list the article', () => {
    let links = 0;
    for (const a of data.articles) {
      const dd = block(page(a.url), 'dd', 'data-entities');
      for (const href of dd ? attrValues(dd, 'href') : []) {
        links++;
        expect(attrValues(page(href), 'data-article-id')).toContain(a.id);
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});
