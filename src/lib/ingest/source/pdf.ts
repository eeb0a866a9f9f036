/**
 * Read the text of a PDF with pdf.js: per page, every text item as a run with
 * its position and type size. This is the only asynchronous step of the
 * ingest; everything after it works on runs.
 */
import { InputError } from '../read.ts';
import type { TextRun } from '../geometry/runs.ts';

export interface PdfPage {
  /** 1-based page number in the document. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

/** Largest PDF accepted (a newspaper page with photos is a few MB). */
export const MAX_PDF_BYTES = 64 * 1024 * 1024;

export const isPdf = (bytes: Uint8Array): boolean =>
  bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

interface PdfTextItem { str: string; transform: number[]; width: number; fontName: string }

export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  if (bytes.length > MAX_PDF_BYTES) throw new InputError(file, null, `PDF is ${(bytes.length / 1048576).toFixed(0)} MB, more than the ${MAX_PDF_BYTES / 1048576} MB accepted`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may take ownership of the buffer: give it a copy
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new InputError(file, null, `not a readable PDF: ${(e as Error).message}`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items as PdfTextItem[]) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , e, f] = item.transform as [number, number, number, number, number, number];
        const size = Math.hypot(a, b);
        if (!size) continue; // zero-size text is never seen
        runs.push({ text: item.str, x: e, y: height - f, w: item.width, size, font: item.fontName });
      }
      pages.push({ number: n, width, height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
