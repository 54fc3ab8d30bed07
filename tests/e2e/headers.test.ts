// dist/ served with the headers of its _headers file, as a static host would: pages still work under them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { HOST_DEFAULT_CACHE } from '../../scripts/serve.mjs';
import { openPage, useBrowser } from '../support/browser';
import { DIST } from '../support/dist';
import { REAL_SITE } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

const site = inject('siteUrl');
const browser = useBrowser();
const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
// Whatever the content is: its first explainer, one of its sections and its full story.
const explainer = `/${explainerSlugs(REAL_SITE.content)[0]}/`;
const section = `${explainer}${sectionsOf(REAL_SITE.content, explainerSlugs(REAL_SITE.content)[0]!).at(-1)!.slug}/`;

describe('security headers', () => {
  it('are sent with pages and hashed assets, exactly as _headers gives them', async () => {
    const asset = `/_astro/${readdirSync(join(DIST, '_astro'))[0]}`;
    for (const path of [explainer, asset]) {
      const response = await fetch(`${site}${path}`);
      const expected = { 'Cache-Control': HOST_DEFAULT_CACHE, ...headersFor(rules, path) };
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('leave every page working in Chromium, with no console error', async () => {
    const { page, errors } = await openPage(browser());
    for (const path of ['/', explainer, section, `${explainer}full-story/`]) {
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
