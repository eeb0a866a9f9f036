import { describe, expect, it } from 'vitest';
import { inkSpan, readingOrder } from '../../../src/lib/ingest/geometry/order.ts';
import type { TextRun } from '../../../src/lib/ingest/geometry/runs.ts';

const BODY = 10;
const run = (text: string, x: number, y: number, w: number, size = BODY): TextRun => ({ text, x, y, w, size });
/** A column of `n` body lines named `name1`…, 100 wide, the first baseline at `y`, 14 apart. */
const column = (name: string, x: number, y: number, n: number): TextRun[] =>
  Array.from({ length: n }, (_, i) => run(`${name}${i + 1}`, x, y + 14 * i, 100));
const firsts = (runs: TextRun[]) => readingOrder(runs, BODY, { sizes: true }).map((b) => [...b].sort((p, q) => p.y - q.y || p.x - q.x)[0]!.text);

describe('readingOrder', () => {
  it('reads the text under a photo in a column (its caption first) before the next column', () => {
    // column a: 4 lines, a photo, its caption, 4 more lines; column b (beside it) ends above the photo
    const runs = [...column('a', 0, 20, 4), ...column('b', 110, 20, 3), run('图为园区一角。', 0, 140, 70, 8), ...column('c', 0, 160, 4)];
    expect(firsts(runs)).toEqual(['a1', '图为园区一角。', 'c1', 'b1']);
  });

  it('reads the text under a photo in a column before the next column when a subhead follows the caption', () => {
    // as above, the text under the caption opening with a subhead (set a little larger than the body)
    const runs = [...column('a', 0, 20, 4), ...column('b', 110, 20, 3), run('图为园区一角。', 0, 140, 70, 8), run('重大项目集中签约', 0, 160, 90, 11), ...column('c', 0, 178, 4)];
    expect(firsts(runs)).toEqual(['a1', '图为园区一角。', '重大项目集中签约', 'b1']);
  });

  it('reads the text under a photo at the top of a middle column in its turn among the columns', () => {
    // columns a and c run beside a photo; the photo's caption and the text under it stand in column b
    const runs = [...column('a', 0, 40, 3), run('图为园区一角。', 110, 105, 70, 8), ...column('b', 110, 125, 3), ...column('c', 220, 40, 4)];
    expect(firsts(runs)).toEqual(['a1', '图为园区一角。', 'b1', 'c1']);
  });

  it('reads the columns on under a gap that a photo in a module beside them reaches across', () => {
    // left: headline A, a photo over columns a and b, its caption, then a and b; right: headline B,
    // column c (read with it), a photo that reaches below the left caption, its caption, then column d
    const runs = [
      run('光谷产业园开园', 0, 20, 200, 20), run('工作人员在园区办理业务。', 0, 110, 150, 8), ...column('a', 0, 140, 4), ...column('b', 110, 140, 4),
      run('西安高新区上线直通车', 220, 20, 150, 20), ...column('c', 220, 40, 3), run('图为园区一角。', 220, 160, 70, 8), ...column('d', 220, 180, 2),
    ];
    expect(firsts(runs)).toEqual(['光谷产业园开园', '工作人员在园区办理业务。', 'a1', 'b1', '西安高新区上线直通车', '图为园区一角。', 'd1']);
  });

  it('parts two headlines of two sizes set side by side closer than a gutter of their type', () => {
    // a title stacked in 28-point lines over column a; beside it, 12 points away, a 25-point title over column b
    const runs = [
      run('西安高新区', 0, 28, 140, 28), run('与成都高新', 0, 62, 140, 28), ...column('a', 20, 90, 4),
      run('贵阳高新区：一企业入选', 152, 25, 250, 25), run('先锋社区', 152, 55, 100, 25), ...column('b', 172, 90, 4),
    ];
    expect(firsts(runs)).toEqual(['西安高新区', '贵阳高新区：一企业入选', 'a1', 'b1']);
  });

  it('reads on under a photo in a column of one of two modules set side by side', () => {
    // left: headline A over columns a and b; a photo in column a, its caption, and column a goes on (c);
    // right: headline B, a photo whose caption and credit end just above the left photo's foot, then
    // columns d and e: the gap under the right credit is no row across both modules
    const runs = [
      run('厦门自贸片区新增市场主体', 0, 20, 200, 20), ...column('a', 0, 50, 4), ...column('b', 110, 50, 4),
      run('厦门自贸片区重点项目建设现场。', 0, 150, 90, 8), ...column('c', 0, 170, 3),
      run('西安高新区硬科技产业集群加速成势', 230, 20, 200, 20), run('图为西安高新区核心区一角。', 230, 88, 100, 8), run('孙宇/摄', 400, 96, 30, 8),
      ...column('d', 230, 150, 3), ...column('e', 340, 150, 3),
    ];
    const order = firsts(runs);
    expect(order.indexOf('c1')).toBe(order.indexOf('a1') + 2);
    expect(order.indexOf('b1')).toBeGreaterThan(order.indexOf('c1'));
    expect(order.indexOf('图为西安高新区核心区一角。')).toBeGreaterThan(order.indexOf('b1'));
  });

  it('reads a headline beside the first column before it, but not the subheads at the heads of the columns under it', () => {
    // column a starts at the top; the title stands over columns b and c, each opening with a subhead
    const runs = [
      ...column('a', 0, 25, 8), run('重庆高新区：科技创新高地加速崛起', 130, 20, 180, 20),
      run('紧跟发展需求', 110, 50, 80, 11.2), ...column('b', 110, 70, 5), run('优化营商环境', 220, 50, 80, 11.2), ...column('c', 220, 70, 5),
    ];
    expect(firsts(runs)).toEqual(['重庆高新区：科技创新高地加速崛起', 'a1', '紧跟发展需求', 'b1', '优化营商环境', 'c1']);
  });

  it('reads a row of modules ending at different heights before the headline set across columns under them, over a gap narrower than a row gap', () => {
    // modules a|b and c|d; d runs two lines longer, 10 above the headline's top: no wider than a subhead's space
    const runs = [...column('a', 0, 20, 6), ...column('b', 110, 20, 6), ...column('c', 220, 24, 5), ...column('d', 330, 24, 7),
      run('中关村软件园创新举措入选典型案例', 0, 138, 320, 20), ...column('e', 0, 170, 5), ...column('f', 110, 170, 5), ...column('g', 220, 170, 5)];
    expect(firsts(runs)).toEqual(['a1', 'b1', 'c1', 'd1', '中关村软件园创新举措入选典型案例', 'e1', 'f1', 'g1']);
  });

  it('finds a gutter that a blank run in body type bridges (a space the PDF draws between two columns\' lines)', () => {
    const runs = [...column('a', 0, 20, 6), ...column('b', 110, 48, 6), run(' ', 100, 76, 10)];
    expect(firsts(runs)).toEqual(['a1', 'b1']);
  });

  it('still reads a row of modules under a gap as a row of its own', () => {
    // under the gap: a headline over two columns starts a new row of modules
    const runs = [...column('a', 0, 20, 4), ...column('b', 110, 20, 3), run('合肥高新区发布人才新政', 0, 140, 200, 20), ...column('c', 0, 170, 4), ...column('d', 110, 170, 4)];
    expect(firsts(runs)).toEqual(['a1', 'b1', '合肥高新区发布人才新政', 'c1', 'd1']);
  });

  it('takes no blank run under a gap for a caption hung under a photo', () => {
    // two columns, a wide gap, two more columns; a space set in the gutter under the gap is no caption
    const runs = [...column('a', 0, 20, 4), ...column('b', 110, 20, 4), run(' ', 102, 150, 6, 8), ...column('c', 0, 140, 4), ...column('d', 110, 140, 4)];
    expect(firsts(runs)).toEqual(['a1', 'b1', 'c1', 'd1']);
  });

  it('takes the blank half of a mark hung into the gutter out of a run\'s ink, ASCII marks too', () => {
    expect(inkSpan(run('推进中国信创谷建设，', 0, 0, 100))).toEqual([0, 95]);
    expect(inkSpan(run('推进中国信创谷建设,', 0, 0, 100))).toEqual([0, 95]);
    expect(inkSpan(run('“瞪羚企业”', 0, 0, 60))).toEqual([5, 55]);
    expect(inkSpan(run('推进中国信创谷建设', 0, 0, 90))).toEqual([0, 90]);
  });
  it('on a layout text, cuts only at the topmost blank row when no gutter parts the region, so that the columns under it stay whole', () => {
    // rows of characters (no type sizes): a title a character wider than the columns' lines over columns a and b;
    // a blank row under row 13 left by the rows' rounding; b goes on under it; a caption in column a, then a goes on
    const line = (text: string, x: number, y: number, w = 14) => ({ text, x, y, w, size: 1 });
    const runs = [
      line('北京经开区机器人产业再添新军', 7, 7, 15),
      ...[9, 10, 11, 12, 13].flatMap((y) => [line(`a${y}`, 0, y), line(`b${y}`, 20, y)]),
      ...[15, 16, 17, 18, 19].map((y) => line(`b${y}`, 20, y)),
      line('北京经开区重点项目建设现场。', 0, 21), line('a23', 0, 23), line('a24', 0, 24),
    ];
    const order = readingOrder(runs, 1, { sizes: false }).flat().map((r) => r.text);
    expect(order).toEqual(['北京经开区机器人产业再添新军', 'a9', 'a10', 'a11', 'a12', 'a13', '北京经开区重点项目建设现场。', 'a23', 'a24',
      'b9', 'b10', 'b11', 'b12', 'b13', 'b15', 'b16', 'b17', 'b18', 'b19']);
  });
  it('on a layout text, reads a column on across rows that hold only another module\'s lines', () => {
    // left module: a title over columns a and b (18 characters); a's first line (indented) stops mid-sentence at
    // row 12, its next line at row 16: rows 13–15 hold the right module's lines only; b starts at row 12 too
    const line = (text: string, x: number, y: number, w = 18) => ({ text, x, y, w, size: 1 });
    const rows = (name: string, x: number, ys: number[]) => ys.map((y) => line(`${name}${y}，园区`, x, y));
    const runs = [
      line('烟台高新区以创新创业微生态助力企业腾飞', 0, 8, 30),
      line('本报讯为全面推进大众创业、万众', 0, 12, 15), ...rows('a', 0, [16, 17, 18]),
      line('为满足有创业想法及思路的创客需', 22, 12, 15), ...rows('b', 22, [16, 17, 18]),
      ...rows('c', 60, [7, 8, 9, 10, 11, 13, 14, 15, 16, 17]),
    ];
    const order = readingOrder(runs, 1, { sizes: false }).flat().map((r) => r.text);
    const a = order.indexOf('本报讯为全面推进大众创业、万众');
    expect(order.slice(a, a + 4)).toEqual(['本报讯为全面推进大众创业、万众', 'a16，园区', 'a17，园区', 'a18，园区']);
  });
  it('on a layout text, finds the gutter under a title set right over the columns, a fifth wider than their lines', () => {
    // a title of 17 cells over columns a and b (14 each, 6 apart), on the row right above them: no gap to cut at
    const line = (text: string, x: number, y: number, w = 14) => ({ text, x, y, w, size: 1 });
    const runs = [line('苏州工业园区国际人才港开港迎客', 3, 2, 17), ...[3, 4, 5, 6].flatMap((y) => [line(`a${y}`, 0, y), line(`b${y}`, 20, y)])];
    const order = readingOrder(runs, 1, { sizes: false }).flat().map((r) => r.text);
    expect(order).toEqual(['苏州工业园区国际人才港开港迎客', 'a3', 'a4', 'a5', 'a6', 'b3', 'b4', 'b5', 'b6']);
  });
  it('on a layout text, finds a gutter that only a short piece pushed into it crosses (a signature), among full lines', () => {
    // columns a and b, 14 characters each, 6 apart; the signature of column a's article set across the gutter
    const line = (text: string, x: number, y: number, w = 14) => ({ text, x, y, w, size: 1 });
    const runs = [...[1, 2, 3, 4, 5].flatMap((y) => [line(`a${y}`, 0, y), line(`b${y}`, 20, y)]), line('（赵琳）', 12, 6, 10)];
    const order = readingOrder(runs, 1, { sizes: false }).flat().map((r) => r.text);
    expect(order).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', '（赵琳）', 'b1', 'b2', 'b3', 'b4', 'b5']);
  });
});
