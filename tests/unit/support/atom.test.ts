/** The Atom checker used by the feed tests finds what it is meant to find. */
import { describe, expect, it } from 'vitest';
import { atomProblems, parseXml } from '../../support/atom';

const feed = (entry: string, head = '<updated>2021-01-25T00:00:00+08:00</updated>') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>https://example.org/feed.xml</id>
  <title>T</title>
  <link rel="self" href="https://example.org/feed.xml"/>
  <link rel="alternate" type="text/html" href="https://example.org/"/>
  ${head}
  <author><name>A</name></author>
  ${entry}
</feed>`;
const entry = (updated = '2021-01-25T00:00:00+08:00', id = 'https://example.org/a/') =>
  `<entry><id>${id}</id><title>甲 &amp; 乙</title><link rel="alternate" href="${id}"/><updated>${updated}</updated></entry>`;

describe('atomProblems', () => {
  it('accepts a valid feed', () => {
    expect(atomProblems(feed(entry()))).toEqual([]);
  });

  it('rejects an epoch stand-in date and a non-RFC 3339 date', () => {
    expect(atomProblems(feed(entry('1970-01-01T00:00:00Z')))).toEqual([expect.stringContaining('stand-in')]);
    expect(atomProblems(feed(entry('2021-01-25')))).toEqual([expect.stringContaining('RFC 3339')]);
  });

  it('rejects a missing updated, a relative id, duplicate ids and two alternates of one type', () => {
    expect(atomProblems(feed(entry(), ''))).toContain('feed: 0 <updated> (needs exactly one)');
    expect(atomProblems(feed(entry(undefined, '/a/'))).some((p) => p.includes('absolute IRI'))).toBe(true);
    expect(atomProblems(feed(entry() + entry()))).toContain('feed: two entries share an id');
    const twoAlternates = feed(entry()).replace('<author>', '<link rel="alternate" type="text/html" href="https://example.org/b/"/><author>');
    expect(atomProblems(twoAlternates)).toContain('feed: several alternate links of one type and language');
  });

  it('rejects XML that is not well-formed', () => {
    expect(atomProblems(feed(entry()).replace('</title>', ''))[0]).toMatch(/^not well-formed/);
    expect(atomProblems(feed(entry()).replace('&amp;', '&'))[0]).toMatch(/^not well-formed/);
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(parseXml('<a x="1 &lt; 2">t<b/></a>')).toEqual({ name: 'a', attrs: { x: '1 < 2' }, text: 't', children: [{ name: 'b', attrs: {}, text: '', children: [] }] });
  });
});
