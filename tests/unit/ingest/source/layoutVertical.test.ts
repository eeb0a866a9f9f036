import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../../../src/lib/ingest/geometry/runs.ts';
import { joinLayoutVertical } from '../../../../src/lib/ingest/source/layoutVertical.ts';

const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, w: text.length, size: 1 });

// "石嘴山高新区举办双创升级工作推进会" set in two vertical lines, right to left, as pdftotext -layout
// gives it: the two lines share rows ("创 石"), a glyph every row or several, the right line one longer
const right = '石嘴山高新区举办双';
const left = '创升级工作推进会';
const rows = [8, 9, 11, 16, 17, 25, 32, 36];
const headline = [...rows.map((y, i) => run(`${left[i]} ${right[i]}`, 120, y)), run(right[8]!, 122, 45)];
const body = [run('对照国家双创升级示范园区期', 95, 43), run('末绩效目标,全面推进双创升', 95, 44)];

describe('joinLayoutVertical', () => {
  it('reads a headline of two vertical lines, right line first, as one run at its top', () => {
    const out = joinLayoutVertical([...body, ...headline]);
    expect(out.filter((r) => r.text.length > 1).map((r) => r.text)).toEqual([...body.map((r) => r.text), right + left]);
    expect(out.at(-1)).toMatchObject({ x: 120, y: 8 });
  });

  it('keeps the glyph of a pair that no vertical line takes', () => {
    // a right line of five glyphs; the left line goes on alone and ends in a row with "办", far under the right line
    const pairs = [
      ...rows.slice(0, 5).map((y, i) => run(`${left[i]} ${right[i]}`, 120, y)),
      run(left[5]!, 120, 25), run(left[6]!, 120, 32), run('会 办', 120, 36),
    ];
    const out = joinLayoutVertical(pairs);
    expect(out.find((r) => r.text.length > 2)!.text).toBe(right.slice(0, 5) + left);
    expect(out.find((r) => r.text === '办')).toMatchObject({ x: 122, y: 36 });
  });

  it('leaves a lone column of single glyphs, and text with none, as they were', () => {
    const lone = ['新', '积', '分', '制', '度'].map((g, i) => run(g, 47, 53 + i * 4));
    expect(joinLayoutVertical([...body, ...lone])).toEqual([...body, ...lone]);
    expect(joinLayoutVertical(body)).toEqual(body);
  });
});
