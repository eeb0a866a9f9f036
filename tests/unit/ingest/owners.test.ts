import { describe, expect, it } from 'vitest';
import type { PrintedLine } from '../../../src/lib/ingest/geometry/lines.ts';
import { headlinesBeforeBodies } from '../../../src/lib/ingest/geometry/owners.ts';

const BODY = 10;
const line = (text: string, x0: number, x1: number, y: number, size = BODY): PrintedLine => ({ text, x0, x1, y, size, runs: [] });
/** A block of `n` body lines named `name1`…, the first baseline at `y`, 14 apart. */
const column = (name: string, x0: number, x1: number, y: number, n: number): PrintedLine[] =>
  Array.from({ length: n }, (_, i) => line(`${name}${i + 1}`, x0, x1, y + 14 * i));
const order = (blocks: PrintedLine[][]) => headlinesBeforeBodies(blocks, BODY).map((b) => b[0]!.text);

describe('headlinesBeforeBodies', () => {
  it('reads a title right before the text under it, past other modules', () => {
    const blocks = [[line('T1', 0, 200, 30, 25)], [line('T2', 400, 500, 30, 25)], column('a', 0, 200, 60, 5), column('b', 400, 500, 60, 5)];
    expect(order(blocks)).toEqual(['T1', 'a1', 'T2', 'b1']);
  });

  it('governs a text block wider than itself under it (a title centred over a photo and the text under the photo)', () => {
    const blocks = [[line('T2', 460, 560, 20, 20)], [line('T1', 0, 300, 30, 25)], column('a', 0, 300, 60, 5), column('w', 400, 620, 160, 2)];
    expect(order(blocks)).toEqual(['T1', 'a1', 'T2', 'w1']);
  });

  it('counts the first column beside an inset title as the title\'s, so another title moves past it', () => {
    // T1 is set over the second column of its module; its first column starts at its height, to its left
    const blocks = [
      [line('T1', 120, 300, 25, 20)], [line('T2', 320, 500, 25, 20)],
      column('first', 0, 100, 15, 8), column('under', 120, 200, 60, 5), column('other', 320, 500, 60, 5),
    ];
    expect(order(blocks)).toEqual(['T1', 'first1', 'under1', 'T2', 'other1']);
  });

  it('counts a byline set right under the level of a title centred over its module, left of the title, as the title\'s', () => {
    // module 2 spans x 120–400; its title is centred over its last two columns; its first column opens with a byline
    const blocks = [
      [line('T1', 0, 100, 40, 20)], column('a', 0, 100, 60, 8), [line('by', 120, 180, 58)], column('b', 120, 200, 85, 6),
      [line('T2', 230, 400, 40, 20)], column('c', 230, 310, 60, 8), column('d', 330, 400, 60, 8),
    ];
    expect(order(blocks)).toEqual(['T1', 'a1', 'T2', 'by', 'b1', 'c1', 'd1']);
  });

  it('counts a column beside the columns under a title (a module wider than its title) as the title\'s', () => {
    const blocks = [
      [line('T1', 0, 200, 30, 25)], [line('T2', 400, 500, 30, 25)],
      column('a', 0, 90, 60, 8), column('b', 110, 200, 60, 8), column('c', 220, 300, 100, 6), column('d', 400, 500, 60, 5),
    ];
    expect(order(blocks)).toEqual(['T1', 'a1', 'b1', 'c1', 'T2', 'd1']);
  });

  it('counts the text under a subhead, below a column of a title, as the title\'s', () => {
    const blocks = [
      [line('T1', 0, 200, 30, 25)], [line('T2', 400, 500, 30, 25)],
      column('a', 0, 90, 60, 4), [line('S', 10, 80, 125, 11)], column('a2', 0, 90, 145, 4), column('d', 400, 500, 60, 5),
    ];
    expect(order(blocks)).toEqual(['T1', 'a1', 'S', 'a21', 'T2', 'd1']);
  });

  it('takes no caption beside a column for a column of the row: the text under a subhead stays with its article', () => {
    // T1 over columns a and b; b goes on under a subhead S at the height of a caption set under T2 (beside it)
    const blocks = [
      [line('T1', 0, 190, 30, 25)], column('a', 0, 90, 60, 8), column('b', 100, 190, 60, 5), [line('S', 100, 180, 140, 11)], column('c', 100, 190, 160, 4),
      [line('T2', 200, 300, 30, 25)], [line('图为园区一角。', 200, 290, 158, 8.5)], column('d', 200, 300, 190, 4),
    ];
    expect(order(blocks)).toEqual(['T1', 'a1', 'b1', 'S', 'c1', 'T2', '图为园区一角。', 'd1']);
  });

  it('counts a column beside a title\'s column as the title\'s where it starts with a subhead at the row\'s top', () => {
    // T1 (narrower than its module) over column a, a photo's caption at its foot; column b beside it opens
    // with a subhead S, its text a line lower
    const blocks = [
      [line('T1', 0, 120, 30, 25)], [line('T2', 300, 500, 30, 25)],
      column('a', 0, 90, 60, 8), [line('图为园区一角。', 0, 80, 180, 8.5)], [line('S', 100, 180, 60, 11)], column('b', 100, 190, 78, 5), column('d', 300, 500, 60, 5),
    ];
    expect(order(blocks)).toEqual(['T1', 'a1', '图为园区一角。', 'S', 'b1', 'T2', 'd1']);
  });

  it('counts a column beside a title\'s column that opens with a subhead as the title\'s, both starting at the row\'s top', () => {
    // T1 (centred over column b only) over b, which opens with a subhead S; column a beside it starts at S's height
    const blocks = [
      [line('T1', 100, 190, 30, 25)], [line('T2', 300, 500, 30, 25)],
      column('a', 0, 90, 60, 8), [line('S', 100, 180, 60, 11)], column('b', 100, 190, 78, 5), column('d', 300, 500, 60, 5),
    ];
    expect(order(blocks)).toEqual(['T1', 'a1', 'S', 'b1', 'T2', 'd1']);
  });

  it('leaves a vertical title, over no column, where the reading order put it', () => {
    // a title set beside the last column of its module governs nothing under it
    const blocks = [column('a', 0, 90, 60, 8), column('b', 110, 200, 60, 8), [line('V', 215, 235, 60, 20)], column('c', 0, 200, 200, 3)];
    expect(order(blocks)).toEqual(['a1', 'b1', 'V', 'c1']);
  });

  it('governs the columns of the row a vertical title stands beside, so a title read after it moves past them', () => {
    // V is set vertically right of column b; T2, read with it, is set over a photo, its text d under the photo
    const v: PrintedLine = { ...line('天津滨海高新区入选基地', 215, 235, 60, 20), runs: [{ text: '天津滨海高新区入选基地', x: 215, y: 60, w: 20, size: 20, vertical: true }] };
    const blocks = [[v], [line('T2', 260, 400, 60, 20)], column('a', 0, 90, 42, 8), column('b', 110, 200, 42, 8), column('d', 260, 400, 200, 4)];
    expect(order(blocks)).toEqual(['天津滨海高新区入选基地', 'a1', 'b1', 'T2', 'd1']);
  });
});

describe('headlinesBeforeBodies: a headline\'s last line read apart', () => {
  const texts = (blocks: PrintedLine[][]) => headlinesBeforeBodies(blocks, BODY).map((b) => b.map((l) => l.text).join('|'));

  it('goes back under the line above it, centred under it, before the text', () => {
    // the title's one-glyph last line (centred) is read after the first column under the title's first line
    const blocks = [[line('烟台…助力企业腾', 50, 490, 30, 24)], column('a', 50, 180, 80, 5), [line('飞', 258, 282, 59, 24)], column('b', 200, 330, 80, 5)];
    expect(texts(blocks).slice(0, 2)).toEqual(['烟台…助力企业腾|飞', 'a1|a2|a3|a4|a5']);
  });

  it('leaves a headline of the same type set farther down, or off to the side, apart', () => {
    const blocks = [[line('T1', 50, 490, 30, 24)], column('a', 50, 180, 80, 5), [line('T2', 258, 282, 120, 24)], [line('T3', 300, 400, 59, 24)]];
    expect(texts(blocks)).not.toContain('T1|T2');
    expect(texts(blocks)).not.toContain('T1|T3');
  });
});

describe('headlinesBeforeBodies: a title centred over a module wider than it', () => {
  it('governs the outer column of its row, and a headline read before them moves past them with its byline', () => {
    const blocks = [
      [line('T1', 118, 443, 168, 25)], [line('T2', 534, 688, 190, 21.5), line('T2b', 534, 600, 215, 21.5)], [line('▶ 本报通讯员 胡静', 534, 640, 229)],
      [line('图为…', 191, 528, 300, 8.3)], column('a', 36, 197, 350, 17), column('b', 203, 358, 350, 16), column('c', 368, 524, 350, 9), column('d', 534, 695, 275, 5),
    ];
    expect(order(blocks)).toEqual(['T1', '图为…', 'a1', 'b1', 'c1', 'T2', '▶ 本报通讯员 胡静', 'd1']);
  });
});

describe('headlinesBeforeBodies: bylines and a module wider than its title', () => {
  it('moves a headline read with another one to its text, with its byline under it, past a module whose title is centred over it', () => {
    // T1 is centred over four columns (the first does not reach under it); its byline stands at the module's left edge, beside it
    const blocks = [
      [line('T1', 241, 570, 147, 23)], [line('T2', 781, 925, 150, 24), line('T2b', 781, 925, 266, 24)], [line('成雪 本报记者 叶伟', 34, 115, 161)],
      [line('▶ 本报通讯员 胡静 吴凡', 793, 896, 280)], column('a', 34, 172, 353, 12), column('b', 186, 327, 353, 29), column('c', 338, 476, 353, 29),
      column('d', 490, 628, 353, 25), column('e', 793, 934, 313, 5),
    ];
    expect(order(blocks)).toEqual(['T1', '成雪 本报记者 叶伟', 'a1', 'b1', 'c1', 'd1', 'T2', '▶ 本报通讯员 胡静 吴凡', 'e1']);
  });

  it('leaves a byline-like block far under a headline where it stands', () => {
    const blocks = [[line('T1', 40, 446, 140, 25)], column('a', 40, 249, 160, 3), [line('T2', 390, 798, 571, 25)], [line('▶ 本报记者 叶伟', 264, 410, 585)], column('b', 264, 474, 610, 5)];
    expect(order(blocks)).toEqual(['T1', 'a1', 'T2', '▶ 本报记者 叶伟', 'b1']);
  });
});
