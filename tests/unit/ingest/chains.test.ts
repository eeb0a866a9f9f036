import { describe, expect, it } from 'vitest';
import { chainBlocks } from '../../../src/lib/ingest/chains.ts';
import { toLines } from '../../../src/lib/ingest/lines.ts';
import { inReadingOrder } from '../../../src/lib/ingest/page.ts';

/** A paragraph set in a column of `measure` glyphs: its first line indented by two (the indent itself not extracted). */
function column(text: string, measure = 14, opensParagraph = true): string[] {
  const out: string[] = [];
  let rest = [...text];
  let first = opensParagraph;
  while (rest.length) {
    const n = first ? measure - 2 : measure;
    out.push(rest.slice(0, n).join(''));
    rest = rest.slice(n);
    first = false;
  }
  return out;
}

const A = '苏州工业园区纳米新材料产业规模突破一千五百亿元，集聚相关企业一千二百余家，苏州工业园区成为全球纳米技术应用产业的重要集聚地之一，我们的园';
const B = '区。苏州工业园区有关负责人表示，园区将继续完善产业链条，建设具有国际竞争力的纳米新材料产业创新集群。';
const X = '记者从中国福建自由贸易试验区厦门片区管委会获悉，今年前三季度厦门自贸片区新增市场主体一万余户，同比增长九个百分点。';

/** Blocks between blank lines, as pdftotext and pdfminer give them. */
const page = (...blocks: string[][]) => toLines(blocks.map((b) => b.join('\n')).join('\n\n'));

describe('chainBlocks', () => {
  const a = column(A);
  it('fixture: A is cut mid-word at the measure, B goes on from it at the full measure', () => {
    expect([...a.at(-1)!].length).toBe(14);
    expect(a.at(-1)!.endsWith('的园')).toBe(true);
  });

  it('moves the block that goes on with a cut sentence right after it, past another module', () => {
    const b = column(B, 14, false);
    const x = column(X);
    const out = chainBlocks(page(a, x, b)).map((l) => l.text);
    expect(out).toEqual([...a, ...b, ...x]);
  });

  it('does so on a page set in half-width punctuation', () => {
    const half = (t: string) => t.replace(/，/g, ',');
    const b = column(half(B), 14, false);
    const x = column(half(X));
    const out = chainBlocks(page(column(half(A)), x, b)).map((l) => l.text);
    expect(out).toEqual([...column(half(A)), ...b, ...x]);
  });

  it('leaves the order alone where the block after already goes on, or nothing reads on', () => {
    const b = column(B, 14, false);
    const x = column(X);
    const inOrder = page(a, b, x);
    expect(chainBlocks(inOrder)).toEqual(inOrder);
    // the cut block's candidate opens a paragraph (indented): no evidence to move it
    const indented = page(a, x, column('区内企业表示，将加快建设新的研发中心和中试基地，扩大纳米材料的产能规模。'));
    expect(chainBlocks(indented)).toEqual(indented);
  });

  it('moves nothing on pages read line by line (each line a block) or read with positions', () => {
    const b = column(B, 14, false);
    const rows = toLines([...a, ...column(X), ...b].join('\n\n'));
    expect(chainBlocks(rows)).toEqual(rows);
    const positioned = page(a, column(X), b).map((l) => ({ ...l, em: 14 }));
    expect(chainBlocks(positioned)).toEqual(positioned);
  });

  it('moves no block that may go on from running text left open right before it', () => {
    const b = column(B, 14, false);
    const open = column(X.replace(/。$/, '以上的增'), 14);
    const stays = page(a, open, b);
    expect(chainBlocks(stays)).toEqual(stays);
  });

  describe('a module\'s end read under its headline, before the lede', () => {
    const head = ['苏州工业园区纳米新材料产业加快集聚'];
    // the lede, cut mid-sentence at the measure; the end goes on with no word across the join ("让|企业")
    const lede = column('本报讯近日，苏州工业园区召开纳米新材料产业推进大会，提出各有关部门要走近企业、服务企业，倾力培育最适宜各类企业发展的优质营商环境，全力让');
    const end = column('企业在园区安心发展。园区有关负责人表示，将继续完善产业链条，建设具有国际竞争力的产业创新集群。', 14, false);
    const next = [['厦门自贸片区新增市场主体逾万户'], column(X)];

    it('fixture: the lede ends cut at the full measure, the end opens at it', () => {
      expect([...lede.at(-1)!].length).toBe(14);
      expect(lede.at(-1)!.endsWith('让')).toBe(true);
      expect([...end[0]!].length).toBe(14);
    });

    it('goes after the block cut mid-sentence that the lede runs to', () => {
      const out = chainBlocks(page(head, end, lede, ...next)).map((l) => l.text);
      expect(out).toEqual([...head, ...lede, ...end, ...next.flat()]);
    });

    it('stays where it is when it opens a paragraph (indented) or a lede', () => {
      const indented = column('企业在园区安心发展。园区有关负责人表示，将继续完善产业链条，建设具有国际竞争力的产业创新集群。');
      const stays = page(head, indented, lede, ...next);
      expect(chainBlocks(stays)).toEqual(stays);
      const ledeFirst = page(head, lede, end, ...next);
      expect(chainBlocks(ledeFirst)).toEqual(ledeFirst);
    });

    it('stays where it is when it opens with 本报讯 at the full measure (a lede, never an end)', () => {
      const lede2 = column('本报讯近日，苏州工业园区企业在园区安心发展，园区有关负责人表示将继续完善产业链条，建设具有国际竞争力的产业创新集群。', 14, false);
      expect([...lede2[0]!].length).toBe(14);
      const stays = page(head, lede2, lede, ...next, column(X + X + X));
      expect(chainBlocks(stays)).toEqual(stays);
    });

    it('stays where it is when its first line falls between the measure and an indented line\'s width', () => {
      const short = ['企业在园区安心发展。园区有', ...end.slice(1)];
      expect([...short[0]!].length).toBe(13);
      const stays = page(head, short, lede, ...next, column(X + X + X));
      expect(chainBlocks(stays)).toEqual(stays);
    });

    it('stays where it is when the block cut ahead is set at another measure (another module)', () => {
      // both within the page's measure (14) give or take one, two apart from each other
      const wide = column('企业在园区安心发展。园区有关负责人表示，将继续完善产业链条，建设具有国际竞争力的产业创新集群。', 15, false);
      const narrow = column('本报讯近日，苏州工业园区召开纳米新材料产业推进大会，提出各有关部门要走近企业、服务企业，倾力培育各类企业发展的营商环境，全力让', 13);
      expect([...narrow.at(-1)!].length).toBe(13);
      const stays = page(head, wide, narrow, ...next, column(X + X + X));
      expect(chainBlocks(stays)).toEqual(stays);
    });

    it('stays where it is when another block read too early comes before any cut block', () => {
      const second = column('园区在人才引进方面推出了十条举措。园区有关负责人介绍，新政实施后将新增引进高层次人才一千人以上。', 14, false);
      const stays = page(head, end, ['合肥高新区发布人才新政十条'], second, lede, ...next, column(X + X + X));
      const out = chainBlocks(stays).map((l) => l.text);
      // the second one goes after the lede's cut; the first stays
      expect(out).toEqual([...head, ...end, '合肥高新区发布人才新政十条', ...lede, ...second, ...next.flat(), ...column(X + X + X)]);
    });

    it('stays where it is after a lone line of running text left open (a paragraph\'s first line, a block of its own)', () => {
      const stays = page(head, ['园区有关负责人表示，园区'], end, lede, ...next, column(X + X + X));
      expect(chainBlocks(stays)).toEqual(stays);
    });

    it('stays where it is on a page whose blocks are no column pieces (lines of every width: columns read merged)', () => {
      const merged = Array.from({ length: 24 }, (_, i) => [...X].slice(0, [10, 17, 12, 19, 11, 18][i % 6]).join(''));
      const stays = page(head, end, lede, ...next, merged);
      expect(chainBlocks(stays)).toEqual(stays);
      const read = page(head, end, lede, ...next, column(X));
      expect(chainBlocks(read).map((l) => l.text)).toEqual([...head, ...lede, ...end, ...next.flat(), ...column(X)]);
    });

    const whole = column('本报讯近日，苏州工业园区召开纳米新材料产业推进大会，提出各有关部门要走近企业、服务企业，倾力培育最适宜各类企业发展的优质营商环境。');

    it('stays where it is when the text after it is cut nowhere (nothing to go on from)', () => {
      const stays = page(head, end, whole, ...next);
      expect(chainBlocks(stays)).toEqual(stays);
    });

    describe('read after a finished paragraph of its module', () => {
      const cut = column('园区将继续完善产业链条，推进纳米新材料产业加快集聚发展，倾力培育最为适宜各类企业发展的优质营商环境，全力地让');

      it('fixture: the paragraph after it ends cut at the full measure', () => {
        expect([...cut.at(-1)!].length).toBe(14);
      });

      it('goes after the block cut mid-sentence further on in the module', () => {
        const out = chainBlocks(page(head, whole, end, cut, ...next, column(X + X + X))).map((l) => l.text);
        expect(out).toEqual([...head, ...whole, ...cut, ...end, ...next.flat(), ...column(X + X + X)]);
      });

      it('stays where it is when a headline comes before any such block (it is no text of that module)', () => {
        const stays = page(head, whole, end, ...next, cut, ['南宁高新区举办科技成果对接会'], column(X + X + X));
        expect(chainBlocks(stays)).toEqual(stays);
      });
    });
  });
});

describe('inReadingOrder', () => {
  it('moves no block of a page read by position (its blocks come in reading order already)', () => {
    const [a, b, x] = [column(A), column(B, 14, false), column(X)];
    expect(inReadingOrder(page(a, x, b)).map((l) => l.text)).toEqual([...a, ...b, ...x]);
    expect(inReadingOrder(page(a, x, b), true).map((l) => l.text)).toEqual([...a, ...x, ...b]);
  });
});
