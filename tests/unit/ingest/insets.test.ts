import { describe, expect, it } from 'vitest';
import { headlinesInSentences, type LineDraft } from '../../../src/lib/ingest/insets.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';

/** Body drafts of a 14-character column, as the classifier drafts them. */
const body = (...rows: string[]): LineDraft[] =>
  rows.map((text, i) => ({ kind: 'body', measure: 14, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } }));

describe('headlinesInSentences', () => {
  const before = ['西安高新区在半导体、光子等领', '域具有优势，成都高新区在电子', '厚。合作将推动双方创新资源共', '享，共同打造西部科'];
  const inset = ['西安高新区与', '成都高新区签', '署协同创新合', '作协议'];

  it('finds a headline read between a cut line and the full line that goes on with its sentence', () => {
    const drafts = body(...before, ...inset, '技创新走廊，推动两区产业协同', '发展。');
    expect(headlinesInSentences(drafts)).toEqual([4, 5, 6, 7]);
  });

  it('finds a stack of three narrow lines or more before the sentence\'s end on a short line of its own', () => {
    const drafts = body(...before, ...inset, '技创新走廊。', '据悉，西安高新区还将组织');
    expect(headlinesInSentences(drafts)).toEqual([4, 5, 6, 7]);
  });

  it('leaves two short lines before a short sentence end: a paragraph may end so', () => {
    const drafts = body(...before, '西安高新区与', '成都高新区', '技创新走廊。');
    expect(headlinesInSentences(drafts)).toEqual([]);
  });
});
