/**
 * Decoding raw page files: bytes in, clean text out, or an InputError that
 * names the file (and line, where one applies). Nothing here guesses an
 * encoding silently: a page that is not UTF-8 is refused with a reason.
 */

/** A page the ingest refuses, with the file and (1-based) line it concerns. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Largest page accepted; a real newspaper page is about 20 KB of text. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/**
 * Decode a raw page. Accepts UTF-8 with or without BOM and any line endings;
 * refuses empty, binary, UTF-16 and other non-UTF-8 input, and oversize pages.
 */
export function decodePage(input: Uint8Array | string, file: string): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (input.length > MAX_PAGE_BYTES) {
      throw new InputError(file, null, `page is ${(input.length / 1048576).toFixed(1)} MB, more than the ${MAX_PAGE_BYTES / 1048576} MB a page may have; is this really one extracted newspaper page?`);
    }
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      throw new InputError(file, 1, 'UTF-16 text (byte-order mark found); convert the page to UTF-8');
    }
    const nul = input.indexOf(0);
    if (nul >= 0) throw new InputError(file, lineOfOffset(input, nul), 'binary data (NUL byte); expected UTF-8 text');
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) {
      throw new InputError(file, lineOfOffset(input, bad), `not valid UTF-8 at byte ${bad} (GBK/GB18030 or another legacy encoding?); convert the page to UTF-8`);
    }
    text = utf8.decode(input);
  }
  if (text.length > MAX_PAGE_BYTES) throw new InputError(file, null, `page has more than ${MAX_PAGE_BYTES} characters`);
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // form feeds (U+000C) separate the pages of an extraction (pdftotext ends every page with one)
  const ctrl = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  if (ctrl) {
    throw new InputError(file, text.slice(0, ctrl.index).split('\n').length, `control character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}; expected plain text`);
  }
  if (!/[^\s\f]/.test(text)) throw new InputError(file, null, text.length ? 'page has only whitespace' : 'page is empty');
  return text.normalize('NFC');
}
