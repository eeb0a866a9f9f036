import { describe, expect, it } from 'vitest';
import type { RawLine } from '../../../src/lib/ingest/lines.ts';
import { toUnits } from '../../../src/lib/ingest/units.ts';

const line = (no: number, text: string, em: number): RawLine => ({ no, text, gap: 0, lead: false, size: 1, em, measure: 13.7 });
const widths = (lines: RawLine[]) => toUnits(lines, 'wrapped').flatMap((u) => (u.kind === 'text' ? [u.width] : []));

describe('toUnits: widths measured on the page', () => {
  it('keeps the measured width of a line spread glyph by glyph to its measure, not the count of its glyphs', () => {
    // justification set "际装备展近日在昆山国际会" (12 glyphs) a space apart, over the column's 13.7 em
    expect(widths([line(1, '业展会——2023 昆山元宇宙国', 13.2), line(2, '际 装 备 展 近 日 在 昆 山 国 际 会', 13.2)])).toEqual([13.2, 13.2]);
  });

  it('counts the glyphs of a piece of a line, whose measured width holds for the whole line only', () => {
    // the byline "本报讯" is read apart: the rest of the line is 11 glyphs wide
    expect(widths([line(1, '本报讯 近日，园区举行签约仪式', 13.7)])).toEqual([11]);
  });
});
