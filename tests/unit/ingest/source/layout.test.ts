import { describe, expect, it } from 'vitest';
import { isLayoutText, layoutRuns } from '../../../../src/lib/ingest/source/layout.ts';
import { readTextPage } from '../../../../src/lib/ingest/document.ts';

// Two columns as pdftotext -layout sets them: the right column's lines start at cell 14,
// except where the left line takes more cells (Latin letters, digits) and pdftotext
// leaves a single space between the two.
const rows: [string, string][] = [
  ['  本报讯高新区今年以来', '在人才方面，园区累计引'],
  ['持续优化营商环境，推动', '进高层次人才六百余人，'],
  ['一批重点项目落地见效。', '与多所高校共建研究院所'],
  ['年新增5G企业三百余家，其', '，每年联合培养研究生超'],
  ['中科技型企业超过一百家', '过八百名。园区还设立人'],
  ['，带动就业五千余人，研', '才服务中心，为企业提供'],
  ['发投入同比增长两成。', '一站式服务，全年服务企'],
  ['  园区负责人表示，将继', '业两千余家次。'],
];
const CELL = 14;
const text = rows.map(([l, r]) => (l.length + 2 <= CELL ? l.padEnd(CELL) + r : `${l} ${r}`)).join('\n');

describe('layoutRuns', () => {
  it('detects the text as keeping its layout', () => {
    expect(isLayoutText(text)).toBe(true);
  });

  it('gives one run per column line, cutting a line that ran into the next column', () => {
    expect(layoutRuns(text).map((r) => r.text.trim())).toEqual(rows.flat().map((t) => t.trim()));
  });

  it('places the cut-off right part where it was printed', () => {
    const right = layoutRuns(text).find((r) => r.text === '，每年联合培养研究生超')!;
    expect(right.y).toBe(4);
    expect(right.x).toBe('年新增5G企业三百余家，其'.length + 1);
  });

  it('detects a page where most lines stand alone in their row, set in by spaces', () => {
    const sparse = [
      '创新园区                                  2023 年 7 月 31 日',
      '                     高新区新增企业三百余家',
      rows[0][0].padEnd(CELL + 2) + rows[0][1],
      '持续优化营商环境，推动',
      ...rows.slice(1).map(([, r]) => ' '.repeat(CELL) + r),
    ].join('\n');
    expect(isLayoutText(sparse)).toBe(true);
  });

  it('does not take plain extracted text for a layout', () => {
    expect(isLayoutText(rows.flat().join('\n'))).toBe(false);
    expect(isLayoutText(rows.map(([l, r]) => `${l} ${r}`).join('\n'))).toBe(false);
  });

  it("places the next column's part of a cut piece at that column, however far the text before it pushed it", () => {
    // the left line is letter-spaced (a space after each character): its text takes twice its cells
    const spaced = rows.map(([l, r], i) => (i === 2 ? `${[...l].join(' ')} ${r}` : l.padEnd(CELL + 2) + r)).join('\n');
    const right = layoutRuns(spaced).find((r) => r.text === rows[2]![1])!;
    expect(right.x).toBe(CELL + 2);
  });
});

describe('layoutRuns: indented paragraph starts', () => {
  // a 12-character left column whose paragraphs start four cells (two characters) in; the right column at cell 30
  const left = [
    '    本报讯高新区今年以', '来持续优化营商环境，推动', '一批重点项目落地见效。',
    '    园区负责人表示，今', '年将新增企业三百余家，其', '中科技型企业超过一百家。',
    '    园区还设立人才服务', '中心，为企业提供一站式服', '务，服务企业两千余家获悉，',
    '    据了解，园区全年服', '务企业两千余家次。',
  ];
  const right = Array.from({ length: left.length }, (_, i) => `右栏第${'一二三四五六七八九十甲'[i]}行的正文内容`);
  // where a left line runs one character over, pdftotext leaves a single space before the right column
  const text = left.map((l, i) => (i === 8 ? `${l} ${right[i]}` : l.padEnd(30) + right[i])).join('\n');

  it('are no column of their own: a line one character over its column is still cut where the next column starts', () => {
    const runs = layoutRuns(text).map((r) => r.text.trim());
    expect(runs).toContain('务，服务企业两千余家获悉，');
    expect(runs).toContain(right[8]);
  });
});

describe('layoutRuns: pieces set left of their columns', () => {
  // four 12-character columns starting at cells 0, 30, 60 and 90
  const line = (k: number) => `第${k}行正文内容在此处排满`;
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const rows = Array.from({ length: 10 }, (_, i) => row([[0, line(i)], [30, line(i)], [60, line(i)], [90, line(i)]]));
  // row 5: the pieces of the last two columns set left, as pdftotext does after wide glyphs
  rows[5] = row([[0, line(5)], [30, line(5)], [52, line(5)], [78, line(5)]]);

  it('are put back at the columns their row leaves them, left to right', () => {
    const row5 = layoutRuns(rows.join('\n')).filter((r) => r.y === 6).map((r) => r.x);
    expect(row5).toEqual([0, 30, 60, 90]);
  });

  it('a piece far from any column start, or not as wide as a column line, stays where it was set', () => {
    const title = [...rows];
    title[5] = row([[0, line(5)], [40, '高新区新增企业']]);
    const at = layoutRuns(title.join('\n')).find((r) => r.text === '高新区新增企业')!;
    expect(at.x).toBe(40);
  });
});

describe('layoutRuns: a line that holds more characters than its measure', () => {
  // two 12-character columns at cells 0 and 30; one left line sets its punctuation at half width
  const rows = Array.from({ length: 8 }, (_, i) => `第${i}行正文内容在此处排满`.padEnd(30) + `右栏第${i}行正文内容排满`);
  rows[4] = '这是高新区（台商区）“台”属性， 右栏第4行正文内容排满，还有后文';

  it('is cut at the seam where its squeezable punctuation brings it to the measure', () => {
    const runs = layoutRuns(rows.join('\n')).map((r) => r.text);
    expect(runs).toContain('这是高新区（台商区）“台”属性，');
    expect(runs).toContain('右栏第4行正文内容排满，还有后文');
  });
});

describe('readTextPage: a headline over the columns of its article', () => {
  // 12-character columns at cells 0 and 30
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const line = (c: string, k: number) => `${c}栏第${'一二三四五六七八九十'[k]}行的正文内容`;
  // an article above whose lines pdftotext set on every third row (rows of other modules between)
  const above = Array.from({ length: 10 }, (_, k) => [row([[0, line('甲', k)], [30, line('乙', k)]]), '', '']).flat();
  const below = [
    row([[20, '西安高新区硬科技产业集群加速成势']]), // set across the gutter, starting over the left column
    '▶ 本报记者 李争粉',
    '',
    '',
    ...Array.from({ length: 6 }, (_, k) => row([[0, line('丙', k)], [30, line('丁', k)]])),
  ];
  const text = ['创新园区', '', ...above, '', ...below].join('\n');

  it('is read before the columns under it, however far apart the rows of other modules are set', () => {
    const read = readTextPage(text, 1).text;
    expect(read.indexOf('西安高新区硬科技产业集群加速成势')).toBeLessThan(read.indexOf(line('丙', 0)));
    expect(read.indexOf('▶ 本报记者 李争粉')).toBeLessThan(read.indexOf(line('丙', 0)));
  });
});

describe('readTextPage: a headline of large type, its lines blank rows apart', () => {
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const body = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容，排满`], [30, `右栏第${k}行的正文内容，排满`]]));
  /** The line read right after the headline's first line, on a page of two columns under it. */
  const after = (head: string[], first: string) => {
    const lines = readTextPage(['创新园区', '', ...head, '', ...body].join('\n'), 1).lines;
    return lines[lines.findIndex((l) => l.text === first) + 1];
  };

  it('reads the lines one under the other, as one headline', () => {
    expect(after(['数字经济核心产业增加值增长 21%', '贵阳高新区“数”说发', '', '展新动能'], '贵阳高新区“数”说发')).toMatchObject({ text: '展新动能', gap: 0 });
  });

  it('so too three blank rows apart (larger type)', () => {
    expect(after(['北京经开区机器人', '', '', '', '产业再添“新军”'], '北京经开区机器人')).toMatchObject({ text: '产业再添“新军”', gap: 0 });
  });
});

describe('readTextPage: a headline wrapped onto the next row', () => {
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const body = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容，排满`], [30, `右栏第${k}行的正文内容，排满`]]));
  const page = (upper: string, lower: string) => readTextPage(['创新园区', '', `    ${upper}`, row([[12, lower]]), '', ...body].join('\n'), 1).lines;

  it('reads its last line, narrower, with it', () => {
    const lines = page('烟台高新区线下大型就业招聘会“一摊”', '难求');
    const at = lines.findIndex((l) => l.text === '烟台高新区线下大型就业招聘会“一摊”');
    expect(lines[at + 1]).toMatchObject({ text: '难求', gap: 0 });
  });

  it('reads a narrow headline of lines as wide as one another, row under row, as one', () => {
    const text = ['创新园区', '', '    西安高新区与成都高新', '    区签署协同创新合作协', '    议', '', ...body].join('\n');
    const lines = readTextPage(text, 1).lines;
    const at = lines.findIndex((l) => l.text === '西安高新区与成都高新');
    expect(lines.slice(at + 1, at + 3)).toMatchObject([{ text: '区签署协同创新合作协', gap: 0 }, { text: '议', gap: 0 }]);
  });

  it('a kicker over its title, narrower than it, stays a line apart', () => {
    const lines = page('制度创新成果持续释放', '厦门自贸片区新增市场主体逾万户');
    const at = lines.findIndex((l) => l.text === '厦门自贸片区新增市场主体逾万户');
    expect(lines[at]!.gap).toBe(1);
  });
});

describe('layoutRuns: a headline over the columns of its article', () => {
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const body = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容，排满`], [25, `中栏第${k}行的正文内容，排满`], [50, `右栏第${k}行的正文内容，排满`]]));
  const head = '石嘴山高新区举办双创升级工作推进会';

  it('is read first, though layout text sets it inside a column', () => {
    const text = ['创新园区', '', '', row([[28, head]]), ...body].join('\n');
    const read = readTextPage(text, 1).text;
    expect(read.indexOf(head)).toBeLessThan(read.indexOf('左栏第0行'));
    expect(layoutRuns(text).find((r) => r.text === head)!.x).toBe(0);
  });

  it('is read first after a wide gap across the page, even where its cell is a column start', () => {
    const text = ['创新园区', '', '', '', row([[25, head]]), ...body].join('\n');
    expect(layoutRuns(text).find((r) => r.text === head)!.x).toBe(0);
  });

  it("an article's first line at its column's start after a gap stays there", () => {
    const text = ['创新园区', '', '', '', row([[25, '本报讯记者近日从厦门火炬']]), ...body].join('\n');
    expect(layoutRuns(text).find((r) => r.text === '本报讯记者近日从厦门火炬')!.x).toBe(25);
  });

  it('a subhead at the start of its column stays in it', () => {
    const text = ['创新园区', '', ...body.slice(0, 4), '', row([[25, '创新生态日益完善']]), ...body.slice(4)].join('\n');
    expect(layoutRuns(text).find((r) => r.text === '创新生态日益完善')!.x).toBe(25);
  });
});

describe('layoutRuns: a cut piece on a page of two grids', () => {
  // a module in 12-character columns at cells 0 and 30; under it a module whose columns start at cells 7 and 37
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const top = Array.from({ length: 6 }, (_, i) => row([[0, `第${i}行正文内容在此排满`], [30, `右栏第${i}行正文内容排`]]));
  top[3] = `第3行正文内容在此排满 右栏第3行正文内容排`; // the right column's line pushed next to the left one
  const bottom = Array.from({ length: 6 }, (_, i) => row([[7, `下栏第${i}行正文内容排`], [37, `下右第${i}行正文内容排`]]));

  it('puts the right part at the next column of its own grid, not at one under its left part', () => {
    const runs = layoutRuns([...top, '', ...bottom].join('\n'));
    expect(runs.find((r) => r.text === '右栏第3行正文内容排')!.x).toBe(30);
  });
});

describe('readTextPage: a kicker over its title', () => {
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const body = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容，排满`], [30, `右栏第${k}行的正文内容，排满`]]));
  // large type takes fewer cells than it prints across: the kicker's cell falls over the right column
  const text = ['创新园区', '', '', row([[27, '制度创新成果持续释放']]), row([[60, '厦门软件园入驻企业总数超过 6600 家']]), row([[8, '厦门自贸片区新增市场主体逾万户']]), ...body].join('\n');

  it('is read with its title, right before it', () => {
    const lines = readTextPage(text, 1).lines;
    const at = lines.findIndex((l) => l.text === '制度创新成果持续释放');
    expect(lines[at + 1]!.text).toBe('厦门自贸片区新增市场主体逾万户');
    expect(layoutRuns(text).find((r) => r.text === '制度创新成果持续释放')!.x).toBe(8);
  });

  it('a title with its kicker right above it, both over the columns of their article, are read before the columns', () => {
    // the title's cell falls inside the right column
    const over = ['创新园区', '', '', row([[39, '数字经济核心产业增加值增长 21%']]), row([[36, '贵阳高新区“数”说发展新动能']]), ...body].join('\n');
    const lines = readTextPage(over, 1).lines.map((l) => l.text);
    const at = lines.indexOf('数字经济核心产业增加值增长 21%');
    expect(lines.slice(at, at + 3)).toEqual(['数字经济核心产业增加值增长 21%', '贵阳高新区“数”说发展新动能', '左栏第0行的正文内容，排满']);
  });

  it('a column line two rows under the one before it (a row of another module between) follows it', () => {
    // the left and middle columns' rows alternate; the right column has a line on every row
    const far = (k: number) => `远栏第${k}行的正文内容，排满`;
    const spaced = ['创新园区', '', ...Array.from({ length: 8 }, (_, k) => [
      row([[0, `左栏第${k}行的正文内容，排满`], [60, far(2 * k)]]),
      row([[30, `中栏第${k}行的正文内容，排满`], [60, far(2 * k + 1)]]),
    ]).flat()].join('\n');
    const lines = readTextPage(spaced, 1).lines.filter((l) => l.text.startsWith('左栏'));
    expect(lines.slice(1).every((l) => l.gap === 0)).toBe(true);
  });
});

describe('layoutRuns: columns whose lines never stand alone', () => {
  // two 12-character columns; on every row the extractor read the right line onto the left one with one space between
  const left = Array.from({ length: 8 }, (_, i) => `左栏第${'一二三四五六七八'[i]}行正文，内容排满`);
  // the right column's lines end short where its paragraphs end, so the rows' widths differ
  const right = ['右栏正文，内容排满到行末', '右栏正文完。', '右栏正文，内容排满到行末', '右栏正文，内容排到这里。', '右栏又一段，排满到行末', '右栏正文，内容已排满了', '右栏正文，内容完。', '右栏正文，排满到行末了'];
  const text = ['创新园区', '', ...left.map((l, i) => `${l} ${right[i]}`)].join('\n');

  it('are cut at the measure most lines share up to a seam', () => {
    const runs = layoutRuns(text).map((r) => r.text);
    expect(runs).toEqual(expect.arrayContaining([...left, ...right]));
  });

  it('are cut where every row holds two lines alike, its whole as common as its parts', () => {
    const alike = Array.from({ length: 8 }, (_, i) => `右栏第${'一二三四五六七八'[i]}行正文，内容排满`);
    const runs = layoutRuns(['创新园区', '', ...left.map((l, i) => `${l} ${alike[i]}`)].join('\n')).map((r) => r.text);
    expect(runs).toEqual(expect.arrayContaining([...left, ...alike]));
  });

  it('a seam by a Latin word or a number is cut in running text', () => {
    const latin = [...right];
    latin[3] = 'AI企业，研发的客服系统排满';
    const runs = layoutRuns(['创新园区', '', ...left.map((l, i) => `${l} ${latin[i]}`)].join('\n')).map((r) => r.text);
    expect(runs).toContain(left[3]);
    expect(runs).toContain(latin[3]);
  });

  it('a line two characters short of the measure (spread by the typesetter) is still cut at its seam', () => {
    const short = [...left];
    short[5] = '左栏第六行正文，内容';
    const runs = layoutRuns(['创新园区', '', ...short.map((l, i) => `${l} ${right[i]}`)].join('\n')).map((r) => r.text);
    expect(runs).toContain(short[5]);
    expect(runs).toContain(right[5]);
  });

  it("a full line with the next column's short line after one space (a paragraph's end, a signature) is cut, though it runs hardly past the measure", () => {
    const tail = [...right];
    tail[1] = '个。';
    tail[6] = '（赵琳）';
    const runs = layoutRuns(['创新园区', '', ...left.map((l, i) => `${l} ${tail[i]}`)].join('\n'));
    expect(runs.map((r) => r.text)).toEqual(expect.arrayContaining([left[1], '个。', left[6], '（赵琳）']));
    // placed in the next column, not left where the squeezed row set them
    const at = (t: string) => runs.find((r) => r.text === t)!.x;
    expect(at('个。')).toBe(at(right[0]!));
  });

  it('a headline whose text before a Latin word fills the measure is not cut', () => {
    const head = '高新区前三季度新增高新企业 1260 家科技型企业';
    const runs = layoutRuns(['创新园区', '', head, '', ...left.map((l, i) => `${l} ${right[i]}`)].join('\n')).map((r) => r.text);
    expect(runs).toContain(head);
  });
});

describe('layoutRuns: a column start a few cells left of another module\'s', () => {
  // an upper module in 12-character columns at cells 0 and 30; a lower one in 8-character columns at cells 5 and 25
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const n = (i: number) => '一二三四五六'[i];
  const top = Array.from({ length: 6 }, (_, i) => row([[0, `上栏第${n(i)}行正文，内容排满`], [30, `右栏第${n(i)}行正文，内容排满`]]));
  const bottom = Array.from({ length: 6 }, (_, i) => row([[5, `下栏第${n(i)}行正文，`], [25, `下右第${n(i)}行正文，`]]));
  // a line of the upper module holding a number: its text before the number is as wide as the lower module's lines
  top[2] = row([[0, '上栏第行正文内容 2020 年，排满'], [30, '右栏第三行正文，内容排满']]);

  it('measures a line at its own start, not at the start a few cells right', () => {
    const runs = layoutRuns([...top, '', ...bottom].join('\n')).map((r) => r.text);
    expect(runs).toContain('上栏第行正文内容 2020 年，排满');
  });
});

describe('layoutRuns: a cut line holding Latin words and numbers', () => {
  // three 12-character columns; the middle one's lines are read onto the right one's with one space between,
  // except where a line ends its paragraph and the next column's line stands at its own cell (16 and 32)
  const n = '一二三四五六七八九十';
  const rows = Array.from({ length: 10 }, (_, i) => {
    const l = i % 3 === 1 ? `左栏第${n[i]}行完。` : `左栏第${n[i]}行正文，内容排满`;
    // a line with numbers takes more character cells than its column is wide
    const m = i % 3 === 2 ? `中栏第${n[i]}行完。` : i % 3 === 0 ? `中栏 202${i} 年项目 ${i} 个已排满` : `中栏第${n[i]}行正文，内容排满`;
    const r = i % 3 === 2 ? '右栏正文，内容排满到行末' : ['右栏正文，排满到行末', '右栏又一段，排满到行末了', '右栏正文完。', '右栏正文，排满了'][i % 4]!;
    const lm = l.length < 10 ? l.padEnd(16) + m : `${l} ${m}`;
    return m.length < 10 ? lm.padEnd(32) + r : `${lm} ${r}`;
  });

  it("ends its left part before the next column's start, so that it is not read as one line with it", () => {
    const runs = layoutRuns(['创新园区', '', ...rows].join('\n'));
    const left = runs.find((r) => r.text === '中栏 2023 年项目 3 个已排满')!;
    const right = runs.find((r) => r.y === left.y && r.x > left.x)!;
    expect(right).toMatchObject({ text: '右栏正文，排满了', x: 32 });
    expect(left.x + left.w).toBeLessThanOrEqual(right.x);
  });
});

describe('layoutRuns: two headlines side by side, one space apart', () => {
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const body = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容，排满`], [30, `右栏第${k}行的正文内容，排满`]]));

  it('are cut apart', () => {
    const text = ['创新园区', '', '', '长沙经开区工程机械产业链加速升级 合肥高新区发布人才新政十条', '', ...body].join('\n');
    const runs = layoutRuns(text).map((r) => r.text);
    expect(runs).toContain('长沙经开区工程机械产业链加速升级');
    expect(runs).toContain('合肥高新区发布人才新政十条');
  });

  it('a line spread glyph by glyph stays whole', () => {
    const spread = '创 新 指 数 报 告 显 示 今 年 园 区 综 合 好';
    const apart = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容，排满`], [40, `右栏第${k}行的正文内容，排满`]]));
    const runs = layoutRuns(['创新园区', '', '', spread, '', ...apart].join('\n')).map((r) => r.text);
    expect(runs).toContain(spread);
  });
});

describe('layoutRuns: a page set with half-width punctuation', () => {
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const body = Array.from({ length: 8 }, (_, k) => row([[0, `左栏第${k}行的正文内容,排满`], [30, `右栏第${k}行的正文内容,排满`]]));

  it('a line of running text alone on its row over the columns is no headline moved over them', () => {
    const text = ['创新园区', '', '', row([[36, '近日,科技部发布通知,公布名单']]), ...body].join('\n');
    expect(layoutRuns(text).find((r) => r.text === '近日,科技部发布通知,公布名单')!.x).toBe(30);
  });
});

describe('readTextPage: narrow columns fewer cells apart than their lines hold characters', () => {
  // three columns of 12-character lines starting at cells 0, 12 and 22: pdftotext counts a wide
  // glyph as one cell, so a middle line would run two cells into the third column. The middle
  // column's baselines sit between the others', so its lines come on rows of their own.
  const row = (pieces: [number, string][]) => pieces.reduce((s, [x, t]) => s.padEnd(x) + t, '');
  const line = (c: string, k: number) => `${c}栏第${'一二三四五六七八'[k]}行正文内容排满`;
  const rows = Array.from({ length: 8 }, (_, k) => [row([[0, line('甲', k)], [22, line('丙', k)]]), row([[12, line('乙', k)]])]).flat();
  const text = ['创新园区', '', ...rows].join('\n');

  it('reads each column through before the next', () => {
    const read = readTextPage(text, 1).lines.map((l) => l.text.trim());
    const order = ['甲', '乙', '丙'].flatMap((c) => Array.from({ length: 8 }, (_, k) => line(c, k)));
    expect(read.filter((t) => order.includes(t))).toEqual(order);
  });
});
