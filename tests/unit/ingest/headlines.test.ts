/**
 * headlines.ts on its own: headline items and article bodies written for the
 * test, as assemble hands them over.
 */
import { describe, expect, it } from 'vitest';
import type { DraftArticle, HeadItem } from '../../../src/lib/ingest/assemble.ts';
import { headlineRoles, matchHeadlines } from '../../../src/lib/ingest/headlines.ts';

let pos = 0;
/** A headline item of the given printed lines, at the next stream position(s). */
const head = (...texts: string[]): HeadItem => {
  const start = pos;
  pos += texts.length;
  return { text: texts.join(''), texts, lines: texts.map((_, i) => start + i + 1), start, end: pos - 1, doubled: false, dropped: '' };
};
/** An article body of one paragraph, at the next stream positions. */
const body = (text: string): DraftArticle => {
  const start = pos;
  pos += 3;
  return { kind: 'article', blocks: [], byline: null, signature: null, start, end: pos - 1, firstLine: start + 1, lastLine: pos, closed: false, text } as DraftArticle & { text: string };
};
const bodyText = (a: DraftArticle) => (a as DraftArticle & { text: string }).text;

describe('headlineRoles', () => {
  it('tells kicker and title apart inside one item where type sizes are unknown', () => {
    const item = head('聚焦东盟开放合作', '南宁高新区跨境数字贸易加速发展');
    expect(headlineRoles([item], item)).toEqual({ kicker: '聚焦东盟开放合作', title: '南宁高新区跨境数字贸易加速发展', subtitle: null });
  });

  it('keeps a zone named alone, printed apart, as the kicker of the line it labels', () => {
    const label = head('泉州高新区（台商区）');
    pos++; // a blank line between
    const title = head('泉台人力资源服务产业园开园');
    expect(headlineRoles([label, title], label)).toEqual({ kicker: '泉州高新区（台商区）', title: '泉台人力资源服务产业园开园', subtitle: null });
  });

  it('reads a line of its own under the main line as its subtitle', () => {
    const title = head('成都高新区打造生物医药创新高地');
    const sub = head('——创新药临床批件数量居全国园区前列');
    expect(headlineRoles([title, sub], title)).toEqual({ kicker: null, title: '成都高新区打造生物医药创新高地', subtitle: '——创新药临床批件数量居全国园区前列' });
  });
});

describe('matchHeadlines', () => {
  it('gives each body the headline that shares its words, and a zone named alone to the body it labels', () => {
    pos = 0;
    const first = body('近日，泉州高新区（台商区）泉台人力资源服务产业园开园，这是泉州高新区（台商区）对接台湾地区优势产业资源的重要新举措。');
    const second = body('近日，南宁高新区举办科技成果对接会，来自区内外的高校院所和企业参加，现场签约合作项目十七个。泉州高新区（台商区）也派员参加。');
    const label = head('泉州高新区（台商区）');
    const title = head('泉台人力资源服务产业园开园');
    const other = head('南宁高新区举办科技成果对接会');
    const m = matchHeadlines([label, title, other], [first, second], bodyText);
    expect(m.byArticle.get(0)?.items.map((h) => h.text)).toEqual(['泉州高新区（台商区）', '泉台人力资源服务产业园开园']);
    expect(m.byArticle.get(0)?.primary.text).toBe('泉台人力资源服务产业园开园');
    expect(m.byArticle.get(1)?.items.map((h) => h.text)).toEqual(['南宁高新区举办科技成果对接会']);
  });
});
