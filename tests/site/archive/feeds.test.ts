/** Atom feeds from the archive model: dated entries only, a stand-in date only where no entry has one. */
import { describe, expect, it } from 'vitest';
import { archiveAsOf, atomFeed } from '../../../src/lib/archive/feeds';
import { archiveOf } from '../../support/fixtures';

describe('feeds', () => {
  const archive = archiveOf(30);

  it('a feed holds dated entries only, and a feed without any takes the archive’s latest date', () => {
    const site = new URL('https://example.org');
    const feed = atomFeed({ site, path: '/feed.xml', page: '/', title: 't', articles: archive.articles, asOf: archiveAsOf(archive) });
    expect((feed.match(/<entry>/g) ?? []).length).toBe(24);
    const undatedOnly = atomFeed({ site, path: '/f.xml', page: '/zones/x/', title: 't', articles: archive.articles.filter((a) => !a.date), asOf: archiveAsOf(archive) });
    expect(undatedOnly).not.toContain('<entry>');
    // the latest dated page: i = 26 (i % 3 = 2: March; day 26 % 28 + 1 = 27); i = 29 is undated
    expect(undatedOnly).toContain('<updated>2021-03-27T00:00:00+08:00</updated>');
    expect(undatedOnly).toContain('<link rel="alternate" type="text/html" href="https://example.org/zones/x/"/>');
  });
});
