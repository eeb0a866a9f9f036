/** Every gold article (../shared/gold) has its page in the built site with the right title, zones and issue. */
import { describe, expect, it } from 'vitest';
import { goldPages } from '../../support/fixtures';
import { attrValues, firstText, page, stripTags } from '../../support/site';
import { seedSlug, sourceUrl } from '../../../src/lib/archive/urls';

interface ApiEntry {
  id: string;
  url: string;
  json: string;
  title: string;
  issue: string;
  zones: { name: string; slug: string; url: string }[];
}
interface ApiArticle {
  seed: string;
  issue: { url: string };
  record: { kicker: string | null; title: string; subtitle: string | null; paragraphs: string[] };
}

const api = JSON.parse(page('/api/articles.json')) as ApiEntry[];
const details = new Map(api.map((a) => [a.id, JSON.parse(page(a.json)) as ApiArticle]));
/** Bracket width and spacing are the zone name's spelling, not a different zone. */
const zoneKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const textKey = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
/** As tests/gold and score-gold: a headline is right when its title, or kicker + title + subtitle, matches. */
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');
const headline = (a: { kicker: string | null; title: string; subtitle: string | null }) => norm([a.kicker, a.title, a.subtitle].join(''));

describe.skipIf(goldPages().length === 0)('gold articles in the built site', () => {
  for (const gold of goldPages()) {
    it(`${gold.seed}: every article has its page with title, zones and issue`, () => {
      const problems: string[] = [];
      const ofSeed = api.filter((a) => details.get(a.id)!.seed === gold.seed);
      for (const g of gold.articles) {
        const found = ofSeed.find((a) => {
          const r = details.get(a.id)!.record;
          if (g.title) return norm(r.title) === norm(g.title) || headline(r) === headline(g);
          return !r.title && textKey(r.paragraphs[0] ?? '') === textKey(g.paragraphs[0] ?? '');
        });
        const label = g.title || `(photo) ${g.paragraphs[0]?.slice(0, 12)}`;
        if (!found) {
          problems.push(`no page titled ${JSON.stringify(label)}`);
          continue;
        }
        const html = page(found.url);
        const h1 = firstText(html, '<h1[^>]*>', 'h1');
        const shownHeadline = firstText(html.replace(/<p class="byline">[\s\S]*?<\/p>/, ''), '<header class="article-head"[^>]*>', 'header');
        if (g.title && norm(shownHeadline) !== headline(g)) problems.push(`${label}: headline shown is ${JSON.stringify(shownHeadline)}`);
        if (details.get(found.id)!.record.title && h1 !== details.get(found.id)!.record.title) problems.push(`${label}: <h1> is ${JSON.stringify(h1)}`);
        const zonesBlock = /<dd class="zone-links"[^>]*data-zones[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
        const shown = [...zonesBlock.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => zoneKey(stripTags(m[1])));
        if (JSON.stringify(shown) !== JSON.stringify(g.zones.map(zoneKey))) {
          problems.push(`${label}: zones ${JSON.stringify(shown)}, gold ${JSON.stringify(g.zones)}`);
        }
        const issueHref = /<a href="([^"]+)" data-issue-link/.exec(html)?.[1];
        const issuePage = issueHref ? page(issueHref) : '';
        if (!attrValues(issuePage, 'href').includes(sourceUrl(seedSlug(gold.seed)))) problems.push(`${label}: issue link ${issueHref} is not the page of ${gold.seed}`);
        if (!attrValues(issuePage, 'data-article-id').includes(found.id)) problems.push(`${label}: not listed on its issue page`);
      }
      expect(problems).toEqual([]);
    });
  }
});
