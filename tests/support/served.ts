/**
 * A test file's built site, served like a static host, and its Chromium: started before the file's tests
 * and closed after them (vitest hooks). Pages come from `withPage`, a fresh context each.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, withPage as openPage } from './browser';
import { serve, type Served } from './serve';

export interface ServedSite {
  /** The server's origin, once started. */
  readonly url: string;
  withPage<T>(opts: Parameters<Browser['newContext']>[0], fn: (page: Page, ctx: BrowserContext) => Promise<T>): Promise<T>;
}

export function servedSite(dist: string): ServedSite {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server.url;
    },
    withPage: (opts, fn) => openPage(browser, opts, fn),
  };
}
