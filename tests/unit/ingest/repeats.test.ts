import { describe, expect, it } from 'vitest';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { dropRepeatedLines } from '../../../src/lib/ingest/repeats.ts';

const lines = (...rows: [string, number?][]): RawLine[] =>
  rows.map(([text, size], i) => ({ no: i + 1, text, gap: 0, lead: false, ...(size === undefined ? {} : { size }) }));

describe('dropRepeatedLines', () => {
  it('takes out a headline line printed twice in a row', () => {
    const { lines: out, dropped } = dropRepeatedLines(lines(['南宁高新区全力确保'], ['南宁高新区全力确保'], ['一季度经济开门红']));
    expect(out.map((l) => l.text)).toEqual(['南宁高新区全力确保', '一季度经济开门红']);
    expect(dropped).toBe('南宁高新区全力确保');
  });

  it('takes out a short line of title type printed twice, where the type size is known', () => {
    const { lines: out, dropped } = dropRepeatedLines(lines(['营收突破', 2.5], ['千亿元', 2.5], ['千亿元', 2.5], ['本报讯近日，园区', 1]));
    expect(out.map((l) => l.text)).toEqual(['营收突破', '千亿元', '本报讯近日，园区']);
    expect(dropped).toBe('千亿元');
  });

  it('keeps a short line twice when it is no title type or its type is unknown', () => {
    expect(dropRepeatedLines(lines(['千亿元', 1], ['千亿元', 1])).lines).toHaveLength(2);
    expect(dropRepeatedLines(lines(['千亿元'], ['千亿元'])).lines).toHaveLength(2);
  });
});
