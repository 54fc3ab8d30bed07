// Reach and layout on the real site in Chromium, on a phone (390×844) and a desktop (1440×900): every tap
// target on a section page at least 44×44 CSS px (targets inside running text exempt, as in WCAG 2.5.8),
// the next section and the share action on screen at any point of a section, one left edge for header,
// content and footer at several widths, and the search dialog standing out at 3:1 in light and dark.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { pagePaths } from '../support/dist';
import { REAL_SITE } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

const site = inject('siteUrl');
const browser = useBrowser();
const MIN = 44;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** Every section page, in reading order, with the page "next" leads to (the overview after the last). */
const SECTIONS = explainerSlugs(REAL_SITE.content).flatMap((explainer) => {
  const paths = sectionsOf(REAL_SITE.content, explainer).map((s) => `/${explainer}/${s.slug}/`);
  return paths.map((path, i) => ({ path, next: paths[i + 1] ?? `/${explainer}/` }));
});

/**
 * The page's tap targets (links, buttons, fields) that a reader can see, with their size. A target inside
 * running text (inline, in a block that holds other words: a name in a sentence, a heading's anchor) is
 * exempt, as WCAG 2.5.8 exempts it; so is anything hidden or off the page (the skip link until focused).
 */
function tapTargets(page: Page) {
  return page.evaluate(() => {
    const blockOf = (el: Element) => {
      let p = el.parentElement;
      while (p && getComputedStyle(p).display.startsWith('inline')) p = p.parentElement;
      return p;
    };
    const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, '');
    return [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden'))
      .map((el) => {
        const box = el.getBoundingClientRect();
        const inText = getComputedStyle(el).display.startsWith('inline') && words(blockOf(el)).length > words(el).length;
        const onPage = box.bottom + scrollY > 0 && box.right + scrollX > 0;
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return { name: `${el.tagName.toLowerCase()} "${name}"`, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10, inText, onPage };
      })
      .filter((t) => t.onPage && !t.inText);
  });
}

describe.each([
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const)('section pages on %s', (_, viewport) => {
  it('have every tap target outside running text at least 44×44 CSS px', async () => {
    const { page } = await openPage(browser(), { viewport });
    const small: string[] = [];
    let measured = 0;
    for (const { path } of SECTIONS) {
      await page.goto(`${site}${path}`);
      const targets = await tapTargets(page);
      measured += targets.length;
      small.push(...targets.filter((t) => t.width < MIN || t.height < MIN).map((t) => `${path} ${t.name} ${t.width}×${t.height}`));
    }
    expect(measured).toBeGreaterThan(SECTIONS.length * 10);
    expect(small).toEqual([]);
  });

  it('keep the next section and the share action on screen, one tap each, at any point of the section', async () => {
    const { page } = await openPage(browser(), { viewport, reducedMotion: 'reduce' });
    for (const { path, next } of SECTIONS) {
      await page.goto(`${site}${path}`);
      for (const at of [0.25, 0.5, 0.9]) {
        await page.evaluate((at) => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * at), at);
        const reach = await page.evaluate((next) => {
          const onScreen = (el: Element) => {
            const r = el.getBoundingClientRect();
            return el.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.width >= 44 && r.height >= 44;
          };
          const nextLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => new URL(a.href).pathname === next);
          const share = [...document.querySelectorAll('[data-bar-share-link], [data-bar-share-button]')];
          return { next: nextLinks.some(onScreen), share: share.some(onScreen) };
        }, next);
        expect(reach, `${path} at ${at * 100}%`).toEqual({ next: true, share: true });
      }
    }
  });
});

describe('the reading bar on a phone', () => {
  const { path, next } = SECTIONS[0]!;

  it('leads to the next section, and to the share links where there is no share sheet', async () => {
    const { page } = await openPage(browser(), { viewport: PHONE, reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    await page.goto(`${site}${path}`);
    const bar = page.locator('[data-reading-bar]');
    await bar.locator('[data-bar-share-link]').click();
    await expect.poll(() => page.locator('[data-share-links]').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    await bar.locator(`a[href="${next}"]`).click();
    await page.waitForURL(`${site}${next}`);
  });

  it('never hides what the keyboard focuses (WCAG 2.4.11)', async () => {
    const { page } = await openPage(browser(), { viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(`${site}${path}`);
    const hidden: string[] = [];
    let focused = 0;
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement!;
        const bar = document.querySelector('[data-reading-bar]')!;
        if (el === document.body || bar.contains(el)) return undefined;
        const r = el.getBoundingClientRect();
        const name = (el.textContent ?? '').trim().slice(0, 30);
        return { name, covered: r.bottom > bar.getBoundingClientRect().top + 0.5 };
      });
      if (!seen) continue;
      focused++;
      if (seen.covered) hidden.push(seen.name);
    }
    expect(focused).toBeGreaterThan(20);
    expect(hidden).toEqual([]);
  });

  it('never covers the end of the page, and is not printed', async () => {
    const { page } = await openPage(browser(), { viewport: PHONE });
    await page.goto(`${site}${path}`);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const { footerBottom, barTop } = await page.evaluate(() => ({
      footerBottom: document.querySelector('body > footer')!.getBoundingClientRect().bottom,
      barTop: document.querySelector('[data-reading-bar]')!.getBoundingClientRect().top,
    }));
    expect(footerBottom).toBeLessThanOrEqual(barTop + 0.5);
    await page.emulateMedia({ media: 'print' });
    await page.locator('[data-reading-bar]').waitFor({ state: 'hidden' });
    await page.locator('[data-share-links]').waitFor({ state: 'hidden' });
  });
});

describe('one left edge', () => {
  it('starts the header, the main content and the footer at the same x on every page, at 390, 820 and 1440 px', async () => {
    const { page } = await openPage(browser());
    const misaligned: string[] = [];
    for (const path of pagePaths(REAL_SITE.dist)) {
      await page.setViewportSize(PHONE);
      await page.goto(`${site}${path}`);
      for (const width of [390, 820, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        const edges = await page.evaluate(() => {
          const left = (selector: string) => {
            const el = document.querySelector(selector);
            return el ? Math.round(el.getBoundingClientRect().left) : undefined;
          };
          return { header: left('body > header a'), main: left('main h1'), footer: left('body > footer p') };
        });
        if (new Set(Object.values(edges)).size !== 1) misaligned.push(`${path} at ${width}px: ${JSON.stringify(edges)}`);
      }
    }
    expect(misaligned).toEqual([]);
    // Time for each page the content makes, at three widths each, on a busy machine: any content, any size.
  }, Math.max(60_000, pagePaths(REAL_SITE.dist).length * 5_000));
});

describe('the header as its script runs', () => {
  it('keeps its size when the search link becomes the search button, at 390 and 1440 px', async () => {
    const { page } = await openPage(browser());
    const moved: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.goto(`${site}${SECTIONS[0]!.path}`);
      // Once the script has run, the button alone is shown.
      const shown = () => page.locator('[data-search-link], [data-search-button]').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.tagName));
      await expect.poll(shown).toEqual(['BUTTON']);
      // The page as it is before the script (the link) and after it (the button): one box, one header.
      const boxes = await page.evaluate(() => {
        const link = document.querySelector<HTMLElement>('[data-search-link]')!;
        const button = document.querySelector<HTMLElement>('[data-search-button]')!;
        const measure = (shown: HTMLElement, hidden: HTMLElement) => {
          shown.hidden = false;
          hidden.hidden = true;
          const { width, height } = shown.getBoundingClientRect();
          return { width: Math.round(width), height: Math.round(height), header: Math.round(document.querySelector('body > header')!.getBoundingClientRect().height) };
        };
        return { link: measure(link, button), button: measure(button, link) };
      });
      if (JSON.stringify(boxes.link) !== JSON.stringify(boxes.button)) moved.push(`${viewport.width}px: ${JSON.stringify(boxes)}`);
    }
    expect(moved).toEqual([]);
  });
});

/** Relative luminance of an sRGB colour (WCAG 2). */
const luminance = ([r, g, b]: number[]) => {
  const c = [r!, g!, b!].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
};
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(['light', 'dark'] as const)('the search dialog in the %s scheme', (colorScheme) => {
  it('stands out from the dimmed page at 3:1 (WCAG 1.4.11): by its surface, or by an edge against both sides', async () => {
    const { page } = await openPage(browser(), { viewport: DESKTOP, colorScheme });
    await page.goto(`${site}${SECTIONS[0]!.path}`);
    await page.locator('[data-search-button]').click();
    const dialog = page.locator('dialog.search-dialog[open]');
    await dialog.waitFor();
    const colours = await dialog.evaluate((d) => {
      const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
      const style = getComputedStyle(d);
      // The edge: a border, or else a ring (a shadow with no blur and a spread).
      const ring = style.boxShadow.match(/(rgba?\([^)]*\))\s+0px\s+0px\s+0px\s+[1-9][\d.]*px/);
      const edge = parseFloat(style.borderTopWidth) > 0 ? style.borderTopColor : (ring?.[1] ?? style.backgroundColor);
      return {
        surface: rgba(style.backgroundColor),
        edge: rgba(edge),
        backdrop: rgba(getComputedStyle(d, '::backdrop').backgroundColor),
        page: rgba(getComputedStyle(document.body).backgroundColor),
      };
    });
    const [r, g, b, a = 1] = colours.backdrop;
    const dimmed = colours.page.slice(0, 3).map((p, i) => p * (1 - a) + [r!, g!, b!][i]! * a);
    const bySurface = contrast(colours.surface, dimmed);
    const byEdge = Math.min(contrast(colours.edge, colours.surface), contrast(colours.edge, dimmed));
    expect(Math.max(bySurface, byEdge)).toBeGreaterThanOrEqual(3);
    // The box inside keeps its edge too: the edge against the surface, wherever the dialog sits.
    expect(contrast(colours.edge, colours.surface)).toBeGreaterThanOrEqual(3);
  });
});
