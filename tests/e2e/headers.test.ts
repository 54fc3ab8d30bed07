// dist/ served with the headers of public/_headers, as a static host would: pages still work.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

const site = inject('siteUrl');
const browser = useBrowser();

describe('security headers', () => {
  it('are sent with pages and hashed assets', async () => {
    const page = await fetch(`${site}/trump-putin-call/`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(page.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('cache-control')).toMatch(/max-age=300/);
  });

  it('leave every page working in Chromium, with no console error', async () => {
    const { page, errors } = await openPage(browser());
    for (const path of ['/', '/trump-putin-call/', '/trump-putin-call/pressure-tactics/', '/trump-putin-call/full-story/']) {
      const response = await page.goto(`${site}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leave search working: engine, worker, wasm and index load under them', async () => {
    const { page, errors } = await openPage(browser());
    const wasm = page.waitForResponse((r) => r.url().includes('/pagefind/') && /wasm/.test(r.url()));
    const response = await page.goto(`${site}/search/?q=tariffs`);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors/);
    expect((await wasm).status()).toBe(200);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').first().innerText()).toMatch(/Pressure tactics/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
