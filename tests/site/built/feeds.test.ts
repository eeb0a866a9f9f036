/** The seed site's Atom feeds: valid (RFC 4287), dated entries only (never an epoch stand-in), zone feeds pointing at their zone. */
import { describe, expect, it } from 'vitest';
import { atomProblems, parseXml } from '../../support/atom';
import { archive, page } from '../../support/site';

const data = archive();
const feeds = ['/feed.xml', ...data.zones.map((z) => `${z.url}feed.xml`)];

describe('feeds', () => {
  it('every feed is valid Atom', () => {
    expect(feeds.flatMap((f) => atomProblems(page(f)).map((p) => `${f}: ${p}`))).toEqual([]);
  });

  it('/feed.xml holds exactly the dated articles (up to 50), newest first, and no undated one', () => {
    const feed = parseXml(page('/feed.xml'));
    const entries = feed.children.filter((c) => c.name === 'entry');
    const ids = entries.map((e) => new URL(e.children.find((c) => c.name === 'id')!.text).pathname);
    const dated = data.articles.filter((a) => a.date);
    expect(data.articles.length).toBeGreaterThan(dated.length); // the seeds have undated pages
    expect([...ids].sort()).toEqual(dated.slice(0, 50).map((a) => a.url).sort());
    const stamps = entries.map((e) => e.children.find((c) => c.name === 'updated')!.text);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    expect(page('/feed.xml')).not.toContain('1970');
  });

  it('each zone feed links its zone page as alternate', () => {
    for (const z of data.zones) {
      const alternate = parseXml(page(`${z.url}feed.xml`)).children.find((c) => c.name === 'link' && c.attrs.rel === 'alternate');
      expect(new URL(alternate!.attrs.href).pathname).toBe(z.url);
    }
  });
});
