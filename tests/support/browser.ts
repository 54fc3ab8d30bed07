// Real Chromium (Debian's, driven by playwright-core) for end-to-end tests against the served build.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export async function launchBrowser(): Promise<Browser> {
  // Found (or installed) once for the run by tests/support/global-setup.ts, before any test.
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh page that fails the test on any console error or uncaught exception. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/**
 * One Chromium for a test file: launched before its tests, closed after. Every page a test opens is
 * closed after it, passed or failed, so a failing test leaks nothing. Call at the top level.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}
