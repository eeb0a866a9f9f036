/** The corrections/ folder on disk (Node only): its files read and checked, in file-name order. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorrection, type Correction } from './format.ts';

export const DEFAULT_CORRECTIONS = 'corrections';

export function readCorrections(dir: string): Correction[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
      }
      return readCorrection(data, file);
    });
}
