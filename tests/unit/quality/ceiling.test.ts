import { describe, expect, it } from 'vitest';
import { inReferenceOrder, readingOf } from '../../../src/lib/quality/ceiling.ts';

describe('inReferenceOrder', () => {
  it('sorts a row-by-row reading into the reference\'s column order, spaces and blank lines aside', () => {
    const rowByRow = '左一行\n\n右 一行\n\n左二行\n\n右二行\n';
    expect(inReferenceOrder(rowByRow, '左一行\n左二行\n右一行\n右二行\n')).toBe('左一行\n左二行\n右 一行\n右二行\n');
  });

  it('keeps a line the reference does not print as it stands right after the line read before it', () => {
    expect(inReferenceOrder('乙\n甲\n甲丙相连\n', '甲\n乙\n')).toBe('甲\n甲丙相连\n乙\n');
  });
});

describe('readingOf', () => {
  it('tells lines alone between blank lines, blocks and line after line apart', () => {
    expect(readingOf('一\n\n二\n\n三\n\n四\n')).toBe('alone');
    expect(readingOf('一\n二\n三\n\n四\n五\n六\n')).toBe('blocks');
    expect(readingOf('一\n二\n三\n四\n五\n六\n')).toBe('lines');
  });
});
