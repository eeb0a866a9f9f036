/**
 * A synthetic archive: N raw pages recombined from a pool of source
 * articles, in the three extraction styles, with dates spread over years.
 */
import type { ExtractionStyle } from '../types.ts';
import { zones } from '../zones/gazetteer.ts';
import { composePage, type Placement, type SourceArticle, type SynthPage } from './pages.ts';
import { rng, type Rng } from './rng.ts';

const TARGETS = zones.map((z) => z.short).filter((s) => /^[\u4e00-\u9fff]{2,5}高新区$/.test(s));

/**
 * A variant of a source article about another zone: its zone's place name is
 * swapped for another national zone's throughout, and its digits are redrawn,
 * so that a large archive has distinct articles spread over the gazetteer.
 */
export function vary(a: SourceArticle, r: Rng): SourceArticle {
  const primary = a.zones[0] ?? '';
  const place = /^([\u4e00-\u9fff]{2,5})高新区$/.exec(primary)?.[1];
  const target = r.pick(TARGETS).replace(/高新区$/, '');
  // one digit permutation per article keeps its headline, body and figures consistent
  const digits = r.shuffle([...'0123456789']);
  const swap = (t: string) => (place ? t.split(place).join(target) : t).replace(/\d/g, (d) => digits[Number(d)]!);
  const keepDigits = (t: string) => (place ? t.split(place).join(target) : t);
  return {
    kicker: a.kicker && swap(a.kicker),
    title: swap(a.title),
    subtitle: a.subtitle && swap(a.subtitle),
    byline: a.byline,
    authors: a.authors,
    zones: a.zones.map(keepDigits),
    body: a.body.map((b) => ({ ...b, text: swap(b.text) })),
  };
}

export interface ArchiveOptions {
  pages: number;
  seed?: number;
  /** First and last year of the issue dates. */
  years?: [number, number];
  /** Share of pages that print their date (the rest are undated). */
  dated?: number;
}

const STYLES: ExtractionStyle[] = ['wrapped', 'wrapped', 'spaced', 'paragraph'];
const PLACEMENTS: Placement[] = ['before', 'before', 'after', 'end', 'start'];

export function* synthArchive(pool: SourceArticle[], opts: ArchiveOptions): Generator<SynthPage & { name: string }> {
  const r = rng(opts.seed ?? 1);
  const [y0, y1] = opts.years ?? [2006, 2025];
  const days = Math.round((Date.UTC(y1, 11, 31) - Date.UTC(y0, 0, 1)) / 864e5);
  const order = r.shuffle([...pool.keys()]);
  let k = 0;
  for (let p = 0; p < opts.pages; p++) {
    const n = r.int(4, 9);
    const articles: SourceArticle[] = [];
    for (let i = 0; i < n; i++) {
      if (k >= order.length) { r.shuffle(order); k = 0; }
      articles.push(vary(pool[order[k++]!]!, r));
    }
    // weekly issues: date p spread over the years, Mondays
    const day = new Date(Date.UTC(y0, 0, 1) + Math.floor((p / Math.max(1, opts.pages)) * days) * 864e5);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    const date = r.chance(opts.dated ?? 0.8) ? day.toISOString().slice(0, 10) : null;
    const page = composePage(articles, { style: r.pick(STYLES), measure: r.int(14, 18), placement: r.pick(PLACEMENTS), date }, r);
    yield { ...page, name: `${String(p).padStart(5, '0')}_${page.style}.txt` };
  }
}
