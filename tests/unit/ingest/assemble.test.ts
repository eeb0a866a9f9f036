/**
 * Article assembly on small raw pages written for the test (wrapped style,
 * a 16-character column with the paper's two-character first-line indent).
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/lib/ingest/page.ts';
import { wrapParagraph } from '../../../src/lib/synth/wrap.ts';

const page = (...blocks: (string | string[])[]) => blocks.flat().join('\n\n') + '\n';
const column = (...paragraphs: string[]) => paragraphs.flatMap((p) => wrapParagraph(p, 16));

const TEXT = [
  '近日，南宁高新区召开一季度经济工作部署会议，要求全力攻坚主要经济指标，推动工业生产增效。',
  '会议提出，南宁高新区将强化服务稳存量，紧抓投资扩增量，推进产业链精准招商，挖掘园区消费潜力。',
];

describe('assemble: photo credits', () => {
  it('reads a photo credit that breaks into a sentence as a caption, and the article on', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const cut = lines.findIndex((l) => /[\u4e00-\u9fff]$/.test(l) && l !== lines[0]);
    const raw = page('南宁高新区全力确保一季度经济“开门红”', lines.slice(0, cut + 1), '郑雪/摄', lines.slice(cut + 1));
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.paragraphs).toEqual(TEXT);
    expect(rec.articles[0]!.authors).toEqual([]);
    expect(rec.captions.map((c) => c.text)).toContain('郑雪/摄');
  });

  it('still reads a credit after the last sentence as the article\'s signature', () => {
    const lines = column(...TEXT);
    lines[0] = `本报讯 ${lines[0]}`;
    const raw = page('南宁高新区全力确保一季度经济“开门红”', lines, '郑雪/摄');
    const rec = parsePage(raw, { file: 't.txt' });
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.authors).toEqual(['郑雪']);
  });
});
