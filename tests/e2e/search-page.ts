/**
 * Drive the built search page in Chromium: open /search/?…, wait until the page says it is done, and read
 * what a reader sees (zone card, result sections, empty state) and what the browser fetched.
 */
import type { Page } from 'playwright-core';

export interface SearchView {
  state: string;
  status: string;
  zoneCard: string | null;
  /** Result URLs per section, in order. */
  sections: Record<string, string[]>;
  /** All result URLs on the page, in order. */
  urls: string[];
  empty: boolean;
  firstResultsMs: number | null;
}

export async function searchFor(page: Page, base: string, params: Record<string, string>): Promise<SearchView> {
  const qs = new URLSearchParams(params).toString();
  await page.goto(`${base}/search/?${qs}`);
  return viewWhenDone(page);
}

/**
 * Another search on a search page already open, run in place the way the browser's back and forward
 * buttons run one (a history entry, then popstate): the page and its loaded index stay, as for a reader
 * going through their history, so a long series of queries costs no page loads.
 */
export async function searchAgain(page: Page, params: Record<string, string>): Promise<SearchView> {
  const qs = new URLSearchParams(params).toString();
  await page.evaluate((search) => {
    history.pushState(null, '', `/search/?${search}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, qs);
  return viewWhenDone(page);
}

async function viewWhenDone(page: Page): Promise<SearchView> {
  await page.waitForFunction(() => {
    const s = document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state;
    return s === 'done' || s === 'error' || s === 'idle';
  }, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-search-root]')!;
    const sections: Record<string, string[]> = {};
    for (const s of root.querySelectorAll<HTMLElement>('[data-section]')) {
      sections[s.dataset.section!] = [...s.querySelectorAll<HTMLElement>('[data-hit]')].map((h) => h.dataset.url!);
    }
    return {
      state: root.dataset.state ?? '',
      status: root.querySelector('[data-search-status]')?.textContent ?? '',
      zoneCard: root.querySelector<HTMLElement>('[data-zone-card]')?.dataset.zoneCard ?? null,
      sections,
      urls: [...root.querySelectorAll<HTMLElement>('[data-hit]')].map((h) => h.dataset.url!),
      empty: Boolean(root.querySelector('[data-empty]')),
      firstResultsMs: root.dataset.firstResultsMs ? Number(root.dataset.firstResultsMs) : null,
    };
  });
}
