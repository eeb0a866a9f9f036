/**
 * A seeds folder holding extracted text and PDFs side by side: every PDF page
 * becomes an issue page whose source is the text read from the PDF (line
 * numbers of the records point into it) with a link to the PDF itself.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/build';
import { emptyLock } from '../../../src/lib/archive/permalinks';
import { readSourceText } from '../../../src/lib/archive/store';
import { parseSeedsCached } from '../../../src/lib/ingest/batch';
import { zoneByName } from '../../../src/lib/zones/gazetteer';

describe('a seeds folder with .txt and .pdf pages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-pdf-'));
  copyFileSync('seeds/000_a04fc349cae9008a.txt', join(dir, '000_a04fc349cae9008a.txt'));
  copyFileSync('tests/fixtures/corpus/dev/pdf/dev-0002.pdf', join(dir, 'two-pages.pdf')); // a PDF of two pages
  const pages = await parseSeedsCached(dir);
  const { archive } = buildArchive(pages, { lock: emptyLock(), resolveZone: zoneByName, seedsDir: dir });

  it('gives one issue page per PDF page beside the text page', () => {
    expect(pages.map((p) => p.seed)).toEqual(['000_a04fc349cae9008a.txt', 'two-pages.pdf#1', 'two-pages.pdf#2']);
    expect(archive.issues).toHaveLength(3);
  });

  it('keeps the text read from a PDF page as its source, with a link to the PDF', () => {
    const pdfIssues = archive.issues.filter((i) => i.seed.startsWith('two-pages.pdf'));
    expect(pdfIssues.map((i) => i.pdfUrl)).toEqual(['/sources/two-pages.pdf', '/sources/two-pages.pdf']);
    for (const issue of pdfIssues) {
      const lines = readSourceText(dir, issue).split('\n');
      for (const id of issue.articleIds) {
        const a = archive.articles.find((x) => x.id === id)!;
        const [from, to] = a.record.lines;
        // the article's first paragraph starts on one of the lines its record points to
        const span = lines.slice(from - 1, to).join('').replace(/\s+/g, '');
        expect(span).toContain(a.record.paragraphs[0]!.replace(/\s+/g, '').slice(0, 6));
      }
    }
  });

  it('leaves a text page its own file as source, without a PDF link', () => {
    const txt = archive.issues.find((i) => i.seed.endsWith('.txt'))!;
    expect(txt.pdfUrl).toBeNull();
    expect(txt.sourceText).toBeNull();
    expect(readSourceText(dir, txt)).toContain('2020 年，南宁市市场监督管理局');
  });
});
