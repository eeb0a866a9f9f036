/** The open-data record: `body` published as `subheadsAt` (the text once), and put back by `bodyOf`. */
import { describe, expect, it } from 'vitest';
import { bodyOf, openRecord, subheadPositions } from '../../../src/lib/archive/openData';
import type { ArticleRecord, BodyBlock } from '../../../src/lib/types';

const record = (body: BodyBlock[], extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: 'abc', kind: 'article', kicker: null, title: '标题', subtitle: null, byline: null, authors: [], zones: [],
  subheads: body.filter((b) => b.kind === 'subhead').map((b) => b.text),
  paragraphs: body.filter((b) => b.kind === 'paragraph').map((b) => b.text),
  truncated: false, body, captions: [], lines: [1, 9], ...extra,
});
const P = (text: string): BodyBlock => ({ kind: 'paragraph', text });
const S = (text: string): BodyBlock => ({ kind: 'subhead', text });

describe('open-data record', () => {
  it('replaces body by the subheads\' positions, in body\'s place, and bodyOf puts it back', () => {
    for (const body of [
      [P('一'), P('二')],
      [S('甲'), P('一'), S('乙'), P('二'), P('三')],
      [P('一'), S('甲'), S('乙'), P('二'), S('丙')],
      [],
    ]) {
      const r = record(body);
      const o = openRecord(r);
      expect(o.body).toBeUndefined();
      expect(Object.keys(o)).toEqual(Object.keys(r).map((k) => (k === 'body' ? 'subheadsAt' : k)));
      expect(bodyOf(o)).toEqual(body);
      expect(bodyOf(JSON.parse(JSON.stringify(o)))).toEqual(body);
    }
    expect(subheadPositions(record([S('甲'), P('一'), S('乙'), P('二'), S('丙')]))).toEqual([0, 1, 2]);
  });

  it('keeps body as it is when it is not paragraphs and subheads interleaved', () => {
    const differs = [
      record([P('一'), P('二')], { paragraphs: ['一', '二改'] }), // a paragraph's text differs
      record([P('一')], { paragraphs: ['一', '二'] }), // a paragraph missing from body
      record([S('甲'), P('一')], { subheads: [] }), // a subhead missing from subheads
      record([], { paragraphs: ['一'] }), // no body at all
    ];
    for (const r of differs) {
      expect(subheadPositions(r)).toBeNull();
      expect(openRecord(r)).toBe(r);
      expect(bodyOf(openRecord(r))).toEqual(r.body);
    }
  });
});
