import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/ingest/classify.ts';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { toUnits } from '../../../src/lib/ingest/units.ts';

/** Lines of a PDF page: text with its type size against the body. */
const page = (...rows: [string, number][]): RawLine[] =>
  rows.map(([text, size], i) => ({ no: i + 1, text, gap: 0, lead: false, size, em: [...text].length, measure: 16 }));
const kinds = (lines: RawLine[]) => classify(toUnits(lines, 'wrapped'), 'wrapped').elements.map((e) => e.kind);

describe('classify: photo credits by type size', () => {
  const text: [string, number][] = [
    ['南宁高新区举办科技成果对接会', 2], ['近日，南宁高新区举办科技成果转', 1], ['移转化对接会。来自区内外的40余', 1],
    ['家高校院所参加，签约项目17个。', 1],
  ];
  it('reads a credit set in caption type as a caption, never a signature', () => {
    expect(kinds(page(...text, ['李明/摄', 0.85]))).toEqual(['head', 'body', 'body', 'body', 'caption']);
  });

  it('reads a credit set in body type after the text as its signature', () => {
    expect(kinds(page(...text, ['李明/摄', 1]))).toEqual(['head', 'body', 'body', 'body', 'signature']);
  });
});
