/**
 * The one place that decides which Chromium the tests and `npm run shots` use: the system's
 * /usr/bin/chromium when installed, else the binary shipped inside the @sparticuz/chromium npm package
 * (no browser download needed). Launched with playwright-core.
 */
import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function launchBrowser(): Promise<Browser> {
  const system = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) {
    return playwright.launch({ executablePath: system, headless: true, args: ['--no-sandbox'] });
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Its args target AWS Lambda; --single-process breaks a second browser context, and the tests want
  // normal web security.
  const drop = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);
  return playwright.launch({
    executablePath: await sparticuz.executablePath(),
    headless: true,
    args: [...sparticuz.args.filter((a) => !drop.has(a)), '--no-sandbox'],
  });
}

/** Runs `fn` on a fresh page of a new context of `browser` (options as for newContext), closing the context after. */
export async function withPage<T>(
  browser: Browser,
  opts: Parameters<Browser['newContext']>[0],
  fn: (page: Page, ctx: BrowserContext) => Promise<T>,
): Promise<T> {
  const ctx = await browser.newContext(opts);
  try {
    return await fn(await ctx.newPage(), ctx);
  } finally {
    await ctx.close();
  }
}
