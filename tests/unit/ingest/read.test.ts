import { describe, expect, it } from 'vitest';
import { decodePage, InputError, MAX_PAGE_BYTES } from '../../../src/lib/ingest/read.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodePage', () => {
  it('refuses an empty page and a whitespace-only page, naming the file', () => {
    expect(() => decodePage(new Uint8Array(), 'a.txt')).toThrowError(/a\.txt: page is empty/);
    expect(() => decodePage(bytes(' \n\t\n'), 'b.txt')).toThrowError(/b\.txt: page has only whitespace/);
  });

  it('refuses binary data with the line of the first NUL byte', () => {
    expect(() => decodePage(bytes('第一行\n第二\0行'), 'bin.txt')).toThrowError('bin.txt:2: binary data');
  });

  it('refuses GBK text with the line where UTF-8 breaks', () => {
    const gbk = new Uint8Array([...bytes('ok\nok\n'), 0xc4, 0xcf, 0xc4, 0xfe]); // 南宁 in GBK
    const err = (() => { try { decodePage(gbk, 'gbk.txt'); } catch (e) { return e; } })() as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/gbk\.txt:3: not valid UTF-8.*GBK/);
  });

  it('refuses UTF-16 with a byte-order mark', () => {
    expect(() => decodePage(new Uint8Array([0xff, 0xfe, 0x57, 0x53]), 'u16.txt')).toThrowError(/UTF-16/);
  });

  it('strips a UTF-8 BOM and folds CRLF and CR line ends', () => {
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('甲\r\n乙\r丙')]), 'bom.txt')).toBe('甲\n乙\n丙');
  });

  it('refuses a page far larger than a newspaper page', () => {
    const big = new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x41);
    expect(() => decodePage(big, 'big.txt')).toThrowError(/big\.txt: page is 2\.0 MB/);
  });

  it('refuses control characters with their line', () => {
    expect(() => decodePage(bytes('甲\n乙\u0007'), 'c.txt')).toThrowError('c.txt:2: control character U+0007');
  });

  it('keeps HTML and script text as text', () => {
    expect(decodePage(bytes('<script>alert(1)</script>'), 'h.txt')).toBe('<script>alert(1)</script>');
  });
});
