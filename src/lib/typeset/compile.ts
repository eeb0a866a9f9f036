/** Compile Typst source to PDF in-process and read back the position markers. */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

export const FONT_DIRS = ['/usr/share/fonts/truetype/wqy', '/usr/share/fonts/truetype/arphic-gbsn00lp'];

let compiler: NodeCompiler | null = null;
function get(): NodeCompiler {
  // without them Typst falls back to fonts with no Chinese glyphs and the PDF holds only .notdef
  const missing = FONT_DIRS.filter((d) => !existsSync(d));
  if (missing.length) throw new Error(`typeset: fonts missing (${missing.join(', ')}); apt-get install fonts-wqy-zenhei fonts-arphic-gbsn00lp`);
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontPaths: FONT_DIRS }] });
  return compiler;
}

export interface Position {
  page: number;
  x: number;
  y: number;
}

export interface Compiled {
  pdf: Buffer;
  positions: Map<string, Position>;
}

export function compileTypst(src: string): Compiled {
  const c = get();
  const res = c.compile({ mainFileContent: src });
  const doc = res.result;
  if (!doc) {
    const diag = res.takeDiagnostics();
    writeFileSync(join(tmpdir(), 'typeset-failed.typ'), src);
    throw new Error(`typst compile failed: ${JSON.stringify(diag?.shortDiagnostics ?? diag, null, 1).slice(0, 3000)}`);
  }
  const positions = new Map<string, Position>();
  const found = c.query(doc, { selector: 'metadata' }) as { label?: string; value: { page: number; x: string; y: string } }[];
  for (const f of found) {
    if (!f.label) continue;
    positions.set(f.label.replace(/^<|>$/g, ''), { page: f.value.page, x: parseFloat(f.value.x), y: parseFloat(f.value.y) });
  }
  // fixed timestamp (reproducible bytes); no tag tree (smaller files, same text)
  const pdf = c.pdf(doc, { creationTimestamp: 1704067200, pdfTags: false });
  c.evictCache(30);
  return { pdf, positions };
}
