import { describe, expect, it } from 'vitest';
import { dropOverprinted, type TextRun } from '../../../src/lib/ingest/geometry/runs.ts';

const run = (text: string, x: number, y: number, size = 27.5): TextRun => ({ text, x, y, w: [...text].length * size, size });

describe('dropOverprinted: a headline drawn twice (fake bold)', () => {
  it('drops the copy of each line drawn a fraction of the type size apart', () => {
    const runs = [run('中关村高新', 163, 140), run('中关村高新', 166, 140.5), run('企业集聚', 163, 173), run('企业集聚', 169, 173.5)];
    const { runs: kept, dropped } = dropOverprinted(runs);
    expect(kept.map((r) => r.text)).toEqual(['中关村高新', '企业集聚']);
    expect(dropped).toBe('中关村高新企业集聚');
  });

  it('drops the copy of the last line where it is set apart from the original, under a line drawn twice', () => {
    // the last line of the copy ("展") stands 47 points right of the original's
    const runs = [run('业集聚发', 163, 206), run('业集聚发', 169, 206.5), run('展', 163, 239), run('展', 210, 239.5)];
    const { runs: kept, dropped } = dropOverprinted(runs);
    expect(kept.map((r) => r.text)).toEqual(['业集聚发', '展']);
    expect(dropped).toBe('业集聚发展');
  });

  it('keeps a word printed twice on one line of a headline drawn once', () => {
    const runs = [run('向“高”攀', 100, 140), run('奋进', 100, 173), run('奋进', 200, 173)];
    expect(dropOverprinted(runs).runs).toHaveLength(3);
  });
});
