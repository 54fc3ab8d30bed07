// Sharing in real Chromium, on the fixture explainer: "Copy link" (and its fallbacks), the share
// sheet, heading anchors and "Copy link to quote", whose text-fragment link opens at the quoted passage.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { FIXTURE_SITE } from '../support/sites';

const site = inject('fixtureSiteUrl');
const browser = useBrowser();
// The origin the site is built for (SITE_URL): canonical and the plain share links carry it. What the
// script makes (copied links, the share sheet, quote links) carries the address the page is served at.
const ORIGIN = FIXTURE_SITE.origin;
const SECTION = '/ferry-strike/the-vote/';

/** A page with clipboard access granted and smooth scrolling off, so positions can be read at once. */
async function open(options: BrowserContextOptions = {}) {
  const opened = await openPage(browser(), { reducedMotion: 'reduce', ...options });
  await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
  return opened;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('[data-share-links] [role=status]');
const onServer = (url: string) => url.replace(ORIGIN, site);

/** Selects text in the article from the first occurrence of `from` to the end of `to`, as a reader would with the mouse. */
async function select(page: Page, from: string, to: string) {
  await page.evaluate(
    ([from, to]) => {
      const walker = document.createTreeWalker(document.querySelector('article .article-body')!, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const start = nodes.find((n) => n.data.includes(from!))!;
      const end = nodes.find((n, i) => i >= nodes.indexOf(start) && n.data.includes(to!))!;
      const range = document.createRange();
      range.setStart(start, start.data.indexOf(from!));
      range.setEnd(end, end.data.indexOf(to!) + to!.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to],
  );
}

/** Whether the element holding `text` is on screen, and how far down the page has scrolled. */
function whereIs(page: Page, text: string) {
  return page.evaluate((text) => {
    const el = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes(text))!;
    const { top, bottom } = el.getBoundingClientRect();
    return { onScreen: top >= 0 && bottom <= innerHeight, scrollY: Math.round(scrollY) };
  }, text);
}

describe('Copy link', () => {
  it('puts the section URL on the clipboard and says so, visibly and to screen readers', async () => {
    const { page, errors } = await open();
    await page.goto(`${site}${SECTION}`);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${ORIGIN}${SECTION}`);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Copied link to this section');
    await status(page).waitFor({ state: 'visible' });
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await clipboard(page)).toBe(`${site}${SECTION}`);
    expect(errors).toEqual([]);
  });

  it('copies the overview URL from the overview', async () => {
    const { page } = await open();
    await page.goto(`${site}/ferry-strike/`);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Copied link to this explainer');
    expect(await clipboard(page)).toBe(`${site}/ferry-strike/`);
  });

  it('still copies when the Clipboard API refuses', async () => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(`${site}${SECTION}`);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Copied link to this section');
    expect(await clipboard(page)).toBe(`${site}${SECTION}`);
    expect(errors).toEqual([]);
  });

  it('hands the link over selected, to copy by hand, when no way of copying works', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      Object.defineProperty(document, 'execCommand', { value: () => false });
    });
    await page.goto(`${site}${SECTION}`);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Couldn’t copy automatically: the link is selected, press (Ctrl\+C|⌘C)/);
    const field = page.getByRole('textbox', { name: 'Link' });
    await field.waitFor({ state: 'visible' });
    expect(await field.inputValue()).toBe(`${site}${SECTION}`);
    const selected = await field.evaluate((el: HTMLInputElement) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length);
    expect(selected).toBe(true);
  });
});

describe('Share (Web Share API)', () => {
  it('is not shown where the browser has no share sheet', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    await page.goto(`${site}${SECTION}`);
    // Once the script has shown the buttons it can offer, the share button is not among them.
    await page.getByRole('button', { name: 'Copy link', exact: true }).waitFor({ state: 'visible' });
    expect(await page.locator('[data-native-share]').isHidden()).toBe(true);
  });

  it('opens the share sheet with the page URL, title and summary where there is one', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
      Object.defineProperty(navigator, 'canShare', { value: () => true });
    });
    await page.goto(`${site}${SECTION}`);
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(`${site}${SECTION}`);
    expect(shared[0]!.title).toBe('The vote: Kestrel Bay ferry crews vote to strike. What happens to the island crossing?');
    expect(shared[0]!.text).toBe('Ferry crews have voted for a two-day strike, the first on the Orrin Island crossing in twenty years.');
  });

  it('opens the same sheet from the reading bar, in place of its link to the share links', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(`${site}${SECTION}`);
    const bar = page.locator('[data-reading-bar]');
    await bar.getByRole('button', { name: 'Share' }).click();
    expect(await bar.getByRole('link', { name: 'Share' }).count()).toBe(0);
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared.map((s) => s.url)).toEqual([`${site}${SECTION}`]);
  });
});

describe('without JavaScript', () => {
  it('shows the plain share links, with the page URL filled in, and no dead buttons', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${site}${SECTION}`);
    const links = page.locator('[data-share-links] a');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toContain(encodeURIComponent(`${ORIGIN}${SECTION}`));
    }
    await page.getByRole('link', { name: 'Share by Email' }).waitFor({ state: 'visible' });
    expect(await page.locator('[data-share-links] button:visible').count()).toBe(0);
  });
});

describe('heading anchors', () => {
  it('open a section page at the heading', async () => {
    const { page } = await open();
    await page.goto(`${site}${SECTION}#why-crews-walked-out`);
    await expect.poll(() => page.locator('h2#why-crews-walked-out').evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await page.locator('h2#why-crews-walked-out').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(60);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
  });

  it('open the full story at the same heading, scoped by its section', async () => {
    const { page } = await open();
    await page.goto(`${site}/ferry-strike/full-story/#the-vote--why-crews-walked-out`);
    const top = () => page.locator('h3#the-vote--why-crews-walked-out').evaluate((h) => h.getBoundingClientRect().top);
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    expect(await top()).toBeLessThan(60);
  });

  it('show on hover and on keyboard focus, not before', async () => {
    const { page } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}${SECTION}`);
    const anchor = page.locator('a.heading-anchor[href="#why-crews-walked-out"]');
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    expect(await opacity()).toBe('0');
    await page.locator('h2#why-crews-walked-out').hover();
    // Hover styles settle on the next frame: poll.
    await expect.poll(opacity).toBe('1');
    await page.mouse.move(0, 0);
    await expect.poll(opacity).toBe('0');
    for (let i = 0; i < 80 && !(await anchor.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await anchor.evaluate((a) => a === document.activeElement)).toBe(true);
    await expect.poll(opacity).toBe('1');
    expect(await anchor.getAttribute('aria-label')).toBe('Link to this section: Why crews walked out');
  });

  it('copy the heading URL when followed, and announce it', async () => {
    const { page } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}${SECTION}`);
    await page.locator('h2#why-crews-walked-out').hover();
    await page.getByRole('link', { name: 'Link to this section: Why crews walked out' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Copied link to “Why crews walked out”');
    expect(await clipboard(page)).toBe(`${site}${SECTION}#why-crews-walked-out`);
    expect(new URL(page.url()).hash).toBe('#why-crews-walked-out');
  });
});

describe('Copy link to quote', () => {
  const passage = ['When the crews last stopped work', 'Orrin Island closed for a week'];

  it('appears for a selection in the article and copies a text-fragment link to it', async () => {
    const { page, errors } = await open();
    await page.goto(`${site}${SECTION}`);
    const button = page.getByRole('button', { name: 'Copy link to quote' });
    expect(await button.isHidden()).toBe(true);
    await select(page, passage[0]!, passage[1]!);
    await button.waitFor({ state: 'visible' });
    await button.click();
    await expect.poll(() => status(page).textContent()).toBe('Copied link to the quote');
    const link = await clipboard(page);
    expect(link).toBe(`${site}${SECTION}#:~:text=When%20the%20crews%20last,closed%20for%20a%20week`);
    await button.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('gives a link that opens the page at the quote', async () => {
    const { page: author } = await open();
    await author.goto(`${site}${SECTION}`);
    // Part words at both ends: the link widens them to whole words, as text fragments need.
    await select(author, 'hen the crews last', 'closed for a we');
    await author.getByRole('button', { name: 'Copy link to quote' }).click();
    await expect.poll(() => status(author).textContent()).toBe('Copied link to the quote');
    const link = await clipboard(author);
    expect(link).toBe(`${site}${SECTION}#:~:text=When%20the%20crews%20last,closed%20for%20a%20week`);

    const { page: reader } = await open();
    await reader.goto(`${site}${SECTION}`);
    expect(await whereIs(reader, 'ran short of bread')).toEqual({ onScreen: false, scrollY: 0 });
    await reader.goto(onServer(link));
    await expect.poll(() => whereIs(reader, 'ran short of bread')).toMatchObject({ onScreen: true });
    expect((await whereIs(reader, 'ran short of bread')).scrollY).toBeGreaterThan(500);
  });

  it('sits beside the selection, never on it, inside the window: below it, or above it at the foot of the screen', async () => {
    const { page } = await open();
    await page.goto(`${site}${SECTION}`);
    const button = page.getByRole('button', { name: 'Copy link to quote' });
    const layout = () =>
      page.evaluate(() => {
        const b = document.querySelector('[data-quote-link]')!.getBoundingClientRect();
        const lines = [...getSelection()!.getRangeAt(0).getClientRects()].filter((r) => r.width > 0);
        const bar = document.querySelector('[data-reading-bar]')!.getBoundingClientRect();
        const hits = (r: DOMRect) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
        return {
          covers: lines.some(hits) || hits(bar),
          inside: b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth,
          side: b.top >= Math.max(...lines.map((r) => r.bottom)) ? 'below' : b.bottom <= Math.min(...lines.map((r) => r.top)) ? 'above' : 'beside',
        };
      });
    await select(page, passage[0]!, passage[1]!);
    await button.waitFor({ state: 'visible' });
    expect(await layout()).toEqual({ covers: false, inside: true, side: 'below' });
    // Scrolled so the selection ends just above the reading bar: no room below, so above.
    await page.evaluate(() => {
      const end = getSelection()!.getRangeAt(0).getBoundingClientRect().bottom;
      const bar = document.querySelector('[data-reading-bar]')!.getBoundingClientRect().top;
      scrollBy(0, end - bar + 12);
    });
    await expect.poll(layout).toEqual({ covers: false, inside: true, side: 'above' });
  });

  it('links a quote that runs across paragraphs by its first and last words', async () => {
    const { page } = await open();
    await page.goto(`${site}${SECTION}`);
    await select(page, 'That strike ended after nine days', 'many have begun to stock up');
    await page.getByRole('button', { name: 'Copy link to quote' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Copied link to the quote');
    const link = await clipboard(page);
    expect(link).toBe(`${site}${SECTION}#:~:text=That%20strike%20ended%20after,begun%20to%20stock%20up`);
    await page.goto(onServer(link));
    await expect.poll(() => whereIs(page, 'That strike ended')).toMatchObject({ onScreen: true });
  });
});
