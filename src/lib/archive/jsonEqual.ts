/**
 * Whether two values of plain data serialise to the same JSON — `JSON.stringify(a) === JSON.stringify(b)` —
 * without building either string: the data step compares the 25 MB permalink registry of a 16k-article archive
 * with the next one on every build. Key order counts, as in the strings; a property whose value is undefined
 * (or a function) is left out of an object, and stands for null in an array, as JSON.stringify does; numbers
 * that are not finite are null. Plain data only: no toJSON, Map, Set or Date (the registry has none).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const x = scalar(a);
  const y = scalar(b);
  if (x !== OBJECT || y !== OBJECT) return x === y;
  const arrayA = Array.isArray(a);
  if (arrayA !== Array.isArray(b)) return false;
  if (arrayA) {
    const p = a as unknown[];
    const q = b as unknown[];
    if (p.length !== q.length) return false;
    for (let i = 0; i < p.length; i++) if (!jsonEqual(inArray(p[i]), inArray(q[i]))) return false;
    return true;
  }
  const p = a as Record<string, unknown>;
  const q = b as Record<string, unknown>;
  const kp = Object.keys(p).filter((k) => scalar(p[k]) !== OMITTED);
  const kq = Object.keys(q).filter((k) => scalar(q[k]) !== OMITTED);
  if (kp.length !== kq.length) return false;
  for (let i = 0; i < kp.length; i++) if (kp[i] !== kq[i] || !jsonEqual(p[kp[i]!], q[kq[i]!])) return false;
  return true;
}

const OBJECT = Symbol('object');
const OMITTED = Symbol('omitted');

/** A value as JSON writes it, for anything but objects and arrays (OBJECT) and what an object leaves out (OMITTED). */
function scalar(v: unknown): unknown {
  if (v === null) return null;
  switch (typeof v) {
    case 'object':
      return OBJECT;
    case 'number':
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null; // -0 is written 0
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      throw new TypeError('jsonEqual: a BigInt has no JSON');
    default:
      return OMITTED; // undefined, functions, symbols
  }
}

const inArray = (v: unknown) => (scalar(v) === OMITTED ? null : v);
