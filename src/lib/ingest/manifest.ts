/**
 * Operator metadata the page text does not print (issue date, page number),
 * kept in seeds/issues.json next to the raw pages, and the labelled date
 * estimate offered for pages that have neither.
 */
export interface ManifestEntry {
  date?: string;
  page?: number;
  section?: string;
  note?: string;
}

export type Manifest = Record<string, ManifestEntry>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validate the parsed JSON of issues.json; throws with the offending key. */
export function validateManifest(data: unknown, file = 'issues.json'): Manifest {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: expected an object keyed by seed file name`);
  const out: Manifest = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === '$comment') continue;
    if (!/\.(txt|pdf)$/i.test(key)) throw new Error(`${file}: key "${key}" is not a seed file name (*.txt, *.pdf)`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: "${key}" must be an object`);
    const v = value as Record<string, unknown>;
    for (const field of Object.keys(v)) {
      if (!['date', 'page', 'section', 'note'].includes(field)) throw new Error(`${file}: "${key}" has unknown field "${field}"`);
    }
    if (v.date !== undefined && (typeof v.date !== 'string' || !ISO_DATE.test(v.date) || Number.isNaN(Date.parse(v.date)))) {
      throw new Error(`${file}: "${key}".date must be an ISO date YYYY-MM-DD`);
    }
    if (v.page !== undefined && (!Number.isInteger(v.page) || (v.page as number) < 1)) throw new Error(`${file}: "${key}".page must be a positive integer`);
    for (const f of ['section', 'note'] as const) {
      if (v[f] !== undefined && typeof v[f] !== 'string') throw new Error(`${file}: "${key}".${f} must be a string`);
    }
    out[key] = v as ManifestEntry;
  }
  return out;
}

/**
 * The latest date the text itself mentions ("2021年1月19日", "2020年12月", "2022年"),
 * as YYYY-MM-DD / YYYY-MM / YYYY: the page was printed on or after it. An estimate, never an issue date.
 */
export function estimateDate(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  let best: string | null = null;
  const consider = (s: string) => { if (!best || s > best) best = s; };
  for (const m of t.matchAll(/((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g)) {
    const [, y, mo, d] = m;
    if (+y! > new Date().getUTCFullYear()) continue;
    if (mo && (+mo < 1 || +mo > 12)) continue;
    consider([y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-'));
  }
  return best;
}
