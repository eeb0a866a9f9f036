/**
 * Any source of pages: a PDF (one issue page per PDF page, read by position
 * and type size), or extracted text, detected whatever tool made it — form
 * feeds between pages, layout-preserving text read by position, the other
 * styles line by line. One record per page.
 */
import type { PageRecord } from '../types.ts';
import { positionedText } from './geometry/text.ts';
import { toLines } from './lines.ts';
import { parseLines, sha256Of, type ParseOptions, type PageText } from './page.ts';
import { decodePage, InputError } from './read.ts';
import { isLayoutText, layoutRuns } from './source/layout.ts';
import { isPdf, readPdf } from './source/pdf.ts';

/** The record name of page n of a document of `count` pages: the file itself when it holds one page. */
export const pageSeed = (file: string, n: number, count: number): string => (count === 1 ? file : `${file}#${n}`);

/** The pages of a text, split at form feeds, each with the line number it starts on. */
export function textPages(text: string): { text: string; firstLine: number }[] {
  const out: { text: string; firstLine: number }[] = [];
  let line = 1;
  for (const part of text.split('\f')) {
    if (/\S/.test(part)) out.push({ text: part, firstLine: line });
    line += part.split('\n').length - 1;
  }
  return out;
}

/** One page of text, read by position when it keeps its layout; line numbers are the file's. */
export function readTextPage(text: string, firstLine: number): PageText {
  const sha256 = sha256Of(text);
  if (isLayoutText(text)) return { ...positionedText(layoutRuns(text), { sizes: false }), style: 'wrapped', sha256 };
  const lines = toLines(text).map((l) => ({ ...l, no: l.no + firstLine - 1 }));
  return { text, lines, sha256 };
}

export async function parseDocument(bytes: Uint8Array, options: ParseOptions): Promise<PageRecord[]> {
  const { file } = options;
  if (isPdf(bytes)) {
    const pages = await readPdf(bytes, file);
    const withText = pages.filter((p) => p.runs.some((r) => r.text.trim()));
    if (!withText.length) throw new InputError(file, null, 'PDF has no text layer (a scanned image?); run OCR first');
    return withText.map((p) => {
      const read = positionedText(p.runs, { sizes: true });
      const record = parseLines({ ...read, style: 'wrapped', sha256: sha256Of(bytes) }, { ...options, file: pageSeed(file, p.number, pages.length) });
      return { ...record, sourceText: read.text };
    });
  }
  const pages = textPages(decodePage(bytes, file));
  return pages.map((p, i) => {
    const read = readTextPage(p.text, p.firstLine);
    const record = parseLines(read, { ...options, file: pageSeed(file, i + 1, pages.length) });
    if (pages.length === 1 && read.text === p.text) return { ...record, sha256: sha256Of(bytes) };
    return { ...record, sourceText: read.text };
  });
}
