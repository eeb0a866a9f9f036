/** Seeded randomness for page plans: the project's mulberry32 plus a string hash for stable sub-seeds. */
export { rng, type Rng } from '../synth/rng.ts';

/** A 32-bit FNV-1a hash, to derive stable sub-seeds from (seed, key). */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
