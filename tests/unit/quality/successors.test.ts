import { describe, expect, it } from 'vitest';
import { countSuccessors } from '../../../src/lib/quality/successors.ts';

const articles = ['近日，南宁高新区召开优化营商环境工作推进会议，部署全年重点任务。', '会议指出，今年以来园区坚持改革创新，企业开办时间压缩到一个工作日以内。'];
const a = ['近日，南宁高新区召开优', '化营商环境工作推进会议，', '部署全年重点任务。'];
const b = ['会议指出，今年以来园区', '坚持改革创新，企业开办时', '间压缩到一个工作日以内。'];

describe('countSuccessors', () => {
  it('counts every line followed by the line that goes on from it', () => {
    expect(countSuccessors([...a, ...b], articles)).toEqual({ right: 4, total: 4 });
  });

  it('counts a line followed by another column as wrong', () => {
    expect(countSuccessors(a.flatMap((l, i) => [l, b[i]!]), articles)).toEqual({ right: 0, total: 4 });
  });

  it('leaves out lines too short to place and lines the gold does not hold', () => {
    expect(countSuccessors(['本报讯', ...a, '图为园区一角。'], articles)).toEqual({ right: 2, total: 2 });
  });
});
