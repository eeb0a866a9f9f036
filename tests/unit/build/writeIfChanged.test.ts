/** writeIfChanged: a file is rewritten when any byte changes (same size included), left alone when none does. */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeIfChanged } from '../../../src/lib/build/writeIfChanged.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yuanqu-writeifchanged-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PAST = new Date('2020-01-01T00:00:00Z');
const aged = (path: string) => utimesSync(path, PAST, PAST);
const touched = (path: string) => statSync(path).mtimeMs !== PAST.getTime();

it('writes a missing file, in a folder made for it', () => {
  const path = join(dir, 'a/b/archive.json');
  expect(writeIfChanged(path, '{"园区":1}')).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe('{"园区":1}');
});

it('leaves a file holding the same bytes alone', () => {
  const path = join(dir, 'archive.json');
  writeFileSync(path, '{"园区":1}');
  aged(path);
  expect(writeIfChanged(path, '{"园区":1}')).toBe(false);
  expect(writeIfChanged(path, Buffer.from('{"园区":1}'))).toBe(false);
  expect(touched(path)).toBe(false);
});

it('rewrites a file of the same size whose bytes differ, and one of another size', () => {
  const path = join(dir, 'archive.json');
  writeFileSync(path, '{"园区":1}');
  aged(path);
  expect(writeIfChanged(path, '{"园区":2}')).toBe(true); // same length
  expect(readFileSync(path, 'utf8')).toBe('{"园区":2}');
  expect(touched(path)).toBe(true);
  expect(writeIfChanged(path, '{"园区":2')).toBe(true); // cut short
  expect(readFileSync(path, 'utf8')).toBe('{"园区":2');
});

it('compares bytes: text of another length in characters but the same in UTF-8 is rewritten', () => {
  const path = join(dir, 'archive.json');
  writeFileSync(path, 'abc');
  expect(writeIfChanged(path, '园')).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe('园');
});
