import { describe, expect, it } from 'vitest';
import type { DraftArticle } from '../../../src/lib/ingest/assemble.ts';
import { joinHeadlessText } from '../../../src/lib/ingest/orphans.ts';
import { printWidth } from '../../../src/lib/ingest/text.ts';

/** A draft article of the given lines; `signed` adds a signature. */
function article(lines: string[], signed = false): DraftArticle {
  return {
    kind: 'article', byline: null, start: 0, end: 0, firstLine: 1, lastLine: lines.length, closed: signed,
    signature: signed ? { names: ['郭伟'], printed: '（郭伟）' } : null,
    blocks: lines.map((text, i) => ({ kind: 'line', line: { pos: i, measure: 16, interrupted: i === 0, unit: { kind: 'text', no: i + 1, text, width: printWidth(text), gap: 0, lineStart: false, row: i, afterByline: false } } })),
  };
}
const texts = (a: DraftArticle) => a.blocks.map((b) => (b.kind === 'line' ? b.line.unit.text : b.text));

describe('joinHeadlessText', () => {
  const open = article(['其中，“百企引领”优秀产品范围是基础', '算法、系统平台等自主研发的产品。入选', '意味着政府、行业对其技术能力和研发成果']);
  const signed = article(['园区还与多所高校共建软件人才实训基地，', '每年输送专业技术人才五千余人。'], true);
  const orphan = article(['下一步，贵阳高新区大数据发展办公室将加', '大对优秀企业的支持力度，给予倾斜支持。']);

  it('gives text without a headline to the nearest open article before it, past one that ended', () => {
    const out = joinHeadlessText([open, signed, orphan], (i) => i < 2);
    expect(out?.map(texts)).toEqual([[...texts(open), ...texts(orphan)], texts(signed)]);
  });

  it('leaves it where every article before it ended, or the open one has no headline', () => {
    expect(joinHeadlessText([signed, orphan], (i) => i < 1)).toBeNull();
    expect(joinHeadlessText([open, orphan], () => false)).toBeNull();
  });
});
