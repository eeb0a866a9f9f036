import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../../../src/lib/ingest/assemble.ts';
import { toParagraphs } from '../../../src/lib/ingest/paragraphs.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';

/** Body lines of a column 20 characters wide, as a text extraction gives them. */
const column = (texts: string[]): DraftBlock[] =>
  texts.map((text, i) => ({
    kind: 'line',
    line: { unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: true, row: i, afterByline: false }, pos: i, measure: 20, interrupted: false },
  }));

const paragraphs = (texts: string[]) => toParagraphs(column(texts)).body.map((b) => b.text);

describe('toParagraphs', () => {
  it('ends a paragraph on a short line that ends a sentence, even one with a figure set apart by spaces', () => {
    expect(paragraphs([
      '今年以来，成都高新区生物医药产业持续发力',
      '新获批创新药临床批件 42 个，数量居全国园',
      '区前列，产业规模同比增长 15.2%。',
      '成都高新区坚持“研发+制造+服务”协同发',
      '展，建成生物医药公共技术服务平台 30 余个。',
    ])).toEqual([
      '今年以来，成都高新区生物医药产业持续发力新获批创新药临床批件42个，数量居全国园区前列，产业规模同比增长15.2%。',
      '成都高新区坚持“研发+制造+服务”协同发展，建成生物医药公共技术服务平台30余个。',
    ]);
  });

  it('reads a short line stretched by spaces between Chinese characters as a full one', () => {
    // (the extraction lost the justification: the line fills its measure on the page)
    expect(paragraphs([
      '近年来，济南高新区坚持“政府引导、市场运',
      '作、企 业 受 益 ”原 则 。',
      '整合资源、多方协作，知识产权质押融资实现',
      '了快速增长，惠及企业。',
    ])).toHaveLength(1);
  });

  it('starts a paragraph at an indented line after a sentence end', () => {
    expect(paragraphs([
      '园区企业研发投入同比增长两成，创新主体不断',
      '壮大。园区已建成各类研发平台一千余个。',
      '园区相关负责人表示，将持续优化产业生',
      '态，力争到年底硬科技产业规模再上新台阶。',
    ])).toHaveLength(2);
  });
});
