/** Every URL of the site, in one place. All paths are lowercase ASCII and end in `/` (pages) or an extension (files). */

export const articleUrl = (id: string) => `/articles/${id}/`;
export const articleJsonUrl = (id: string) => `/api/articles/${id}.json`;
export const zoneUrl = (slug: string) => `/zones/${slug}/`;
export const zoneFeedUrl = (slug: string) => `/zones/${slug}/feed.xml`;
export const entityUrl = (slug: string) => `/entities/${slug}/`;
export const provinceUrl = (slug: string) => `/zones/province/${slug}/`;
export const issueUrl = (key: string) => `/issues/${key}/`;
export const sourceUrl = (seedSlug: string) => `/sources/${seedSlug}/`;
export const rawUrl = (seedSlug: string) => `/sources/${seedSlug}.txt`;
export const searchUrl = '/search/';
export const feedUrl = '/feed.xml';
export const articlesIndexUrl = '/articles/';
export const zonesIndexUrl = '/zones/';
export const issuesIndexUrl = '/issues/';
export const entitiesIndexUrl = '/entities/';

/** A URL-safe lowercase ASCII slug: letters and digits, runs of anything else become one `-`. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file a page was read from: `doc.pdf#2` (page 2 of doc.pdf) → `doc.pdf`. */
export const seedFile = (seed: string): string => seed.replace(/#\d+$/, '');

/** The PDF file a page was read from, as served: `Doc 1.pdf` → `/sources/doc-1.pdf`. */
export const pdfUrl = (file: string): string => `/sources/${asciiSlug(file.replace(/\.pdf$/i, '')) || `pdf-${fnv1a(file).toString(36)}`}.pdf`;

/** Slug of a seed file name: `000_A04f.txt` → `000-a04f`. */
export function seedSlug(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  return asciiSlug(base) || `seed-${fnv1a(base).toString(36)}`;
}

/** Issue key: `2021-01-25-p5` when dated (page unknown: `2021-01-25-<seed>`), else `undated-<seed>`. */
export function issueKey(date: string | null, page: number | null, seed: string): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return page != null ? `${date}-p${page}` : `${date}-${seedSlug(seed)}`;
  }
  return `undated-${seedSlug(seed)}`;
}

/** 32-bit FNV-1a over UTF-16 code units; deterministic and dependency-free. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
