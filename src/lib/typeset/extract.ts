/** Text extraction of a PDF page with the real tools (poppler, pdfminer.six, pdf.js). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOURCES = ['pdftotext', 'pdftotext-raw', 'pdftotext-layout', 'pdfminer', 'pdfjs'] as const;
export type Source = (typeof SOURCES)[number];

function pdftotext(file: string, flags: string[], page: number | null): string {
  const range = page === null ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...flags, ...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function pdfminer(file: string, page: number): string {
  return execFileSync('pdf2txt.py', [file, '--page-numbers', String(page)], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** pdf.js text of every page: items joined with their end-of-line flags. */
export async function pdfjsPages(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, useSystemFonts: false, disableFontFace: true });
  const doc = await task.promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const tc = await page.getTextContent();
    out.push(tc.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await task.destroy();
  return out;
}

/** All sources for every page of a PDF, plus the whole-document pdftotext. */
export async function extractAll(pdf: Buffer, pages: number): Promise<{ pages: Record<Source, string>[]; doc: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'typeset-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const js = await pdfjsPages(pdf);
    const out: Record<Source, string>[] = [];
    for (let p = 1; p <= pages; p++) {
      out.push({
        pdftotext: pdftotext(file, [], p),
        'pdftotext-raw': pdftotext(file, ['-raw'], p),
        'pdftotext-layout': pdftotext(file, ['-layout'], p),
        pdfminer: pdfminer(file, p),
        pdfjs: js[p - 1] ?? '',
      });
    }
    return { pages: out, doc: pdftotext(file, [], null) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
