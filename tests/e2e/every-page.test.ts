// Every page in Chromium: no console error or CSP violation, no request to another host, and no
// sideways scrolling at 320 px or at 200% zoom.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { pagePaths } from '../support/dist';

const site = inject('siteUrl');
const browser = useBrowser();

describe('every page in Chromium', () => {
  it('logs no error or CSP violation and asks nothing of another host', async () => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    for (const path of pagePaths()) {
      await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
    }
    // Search included: the engine, its worker and wasm run under the same policy.
    await page.goto(`${site}/search/?q=tariffs`);
    await page.locator('.search-result').first().waitFor();
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.context().close();
  });

  it.each([
    { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
    // 200% zoom of a 1280 px window lays the page out in 640 CSS pixels.
    { name: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  ])('needs no sideways scrolling at $name', async ({ viewport, deviceScaleFactor }) => {
    const { page } = await openPage(browser(), { viewport, deviceScaleFactor });
    const overflowing: string[] = [];
    for (const path of pagePaths()) {
      await page.goto(`${site}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${path} by ${overflow}px`);
    }
    expect(overflowing).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link, the site and section navigation, each with a visible focus ring', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}/trump-putin-call/pressure-tactics/`);
    const seen: { text: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '), outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    const texts = seen.map((s) => s.text);
    expect(texts[0]).toBe('Skip to content');
    expect(texts.some((t) => /Next.*Arms control/.test(t))).toBe(true);
    expect(texts).toContain('Arms control');
    expect(texts.indexOf('Arms control')).toBeGreaterThan(texts.indexOf('Skip to content'));
    for (const s of seen) expect(s.outline, s.text).toMatch(/^solid [1-9]/);
    await page.context().close();
  });

  it('opens and closes search, and copies the link, all from the keyboard with focus rings', async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    await page.goto(`${site}/trump-putin-call/pressure-tactics/`);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent?.trim() ?? '', search: el.hasAttribute('data-search-button'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (match(f)) return f;
      }
      throw new Error('never reached by Tab');
    };

    const searchButton = await tabTo((f) => f.search);
    expect(searchButton.outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Enter');
    await page.locator('pagefind-modal dialog[open] input').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('pagefind-modal dialog[open]'));
    expect((await focused()).search).toBe(true);

    const copy = await tabTo((f) => f.text === 'Copy link');
    expect(copy.outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('[data-copy-status]')?.textContent ?? ''));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/trump-putin-call\/pressure-tactics\/$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
