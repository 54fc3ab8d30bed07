// Reach and layout on the real site in Chromium, on a phone (390×844) and a desktop (1440×900): every tap
// target on every page at least 44×44 CSS px (targets inside running text exempt, as in WCAG 2.5.8),
// the next section and the share action on screen at any point of a section, share options opened where
// the reader is, the full story's bar following the reader, one left edge for header, content and footer
// at several widths, the header on one row at 320 px, the link up cut at a word, the full story's heading
// levels, print without a near-empty last page, and the search dialog standing out at 3:1 in light and dark.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { pagePaths } from '../support/dist';
import { FIXTURE_SITE, REAL_SITE } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

const site = inject('siteUrl');
const fixtureSite = inject('fixtureSiteUrl');
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

  it('leads to the next section, and opens the share options where the reader is when there is no share sheet', async () => {
    const { page } = await openPage(browser(), { viewport: PHONE, reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    // Settled first: the script fetched after the first view (age line, last-visit marks) has run.
    await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    const before = await page.evaluate(() => scrollY);
    const bar = page.locator('[data-reading-bar]');
    await bar.locator('[data-bar-share-button]').click();
    const sheet = page.locator('[data-share-sheet]');
    await expect.poll(() => sheet.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const shown = await sheet.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const links = [...el.querySelectorAll('a[href]')].filter((a) => a.checkVisibility());
      const copy = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Copy link');
      return { onScreen: r.top >= 0 && r.bottom <= innerHeight, links: links.length, copy: !!copy?.checkVisibility(), focused: el.contains(document.activeElement), scrollY };
    });
    expect(shown).toEqual({ onScreen: true, links: 6, copy: true, focused: true, scrollY: before });
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await bar.locator(`a[href="${next}"]`).click();
    await page.waitForURL(`${site}${next}`);
  });

  it('leads to the share links at the page’s foot without JavaScript', async () => {
    const { page } = await openPage(browser(), { viewport: PHONE, reducedMotion: 'reduce', javaScriptEnabled: false });
    await page.goto(`${site}${path}`);
    await page.locator('[data-reading-bar] [data-bar-share-link]').click();
    // In view: at the top of the screen, or as near it as the end of the page lets it come.
    await expect.poll(() => page.locator('[data-share-links]').evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await page.locator('[data-share-links] a[href]').count()).toBe(6);
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

describe.each([
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const)('every kind of page on %s', (_, viewport) => {
  it('has every tap target outside running text at least 44×44 CSS px', async () => {
    const { page } = await openPage(browser(), { viewport });
    const small: string[] = [];
    const paths = pagePaths(REAL_SITE.dist);
    for (const path of paths) {
      await page.goto(`${site}${path}`);
      const targets = await tapTargets(page);
      small.push(...targets.filter((t) => t.width < MIN || t.height < MIN).map((t) => `${path} ${t.name} ${t.width}×${t.height}`));
    }
    // Search with results and its chips: a word of the first section's title, whatever the content.
    const explainer = explainerSlugs(REAL_SITE.content)[0]!;
    const word = String(sectionsOf(REAL_SITE.content, explainer)[0]!.data.title).split(/\s+/)[0]!;
    await page.goto(`${site}/search/?q=${encodeURIComponent(word)}`);
    await page.locator('.search-result').first().waitFor();
    const found = await tapTargets(page);
    small.push(...found.filter((t) => t.width < MIN || t.height < MIN).map((t) => `search "${word}" ${t.name} ${t.width}×${t.height}`));
    expect(paths.length).toBeGreaterThan(5);
    expect(small).toEqual([]);
  }, Math.max(60_000, pagePaths(REAL_SITE.dist).length * 3_000));
});

describe('the header at 320 px', () => {
  it('stays on one row on every page', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    const wrapped: string[] = [];
    for (const path of pagePaths(REAL_SITE.dist)) {
      await page.goto(`${site}${path}`);
      const rows = await page.evaluate(() => {
        const tops = [...document.querySelectorAll('body > header a, body > header button')].filter((e) => e.checkVisibility()).map((e) => Math.round(e.getBoundingClientRect().top));
        return { rows: new Set(tops).size, overflow: document.documentElement.scrollWidth > innerWidth };
      });
      if (rows.rows !== 1 || rows.overflow) wrapped.push(`${path}: ${JSON.stringify(rows)}`);
    }
    expect(wrapped).toEqual([]);
  }, Math.max(60_000, pagePaths(REAL_SITE.dist).length * 3_000));
});

describe.each([
  ['the real site', site, REAL_SITE],
  ['the fixture explainers', fixtureSite, FIXTURE_SITE],
] as const)('the link up to the overview on %s', (_, url, built) => {
  it('shows whole words only, with "…" where it is cut, at 320 and 390 px', async () => {
    const { page } = await openPage(browser());
    const bad: string[] = [];
    const paths = explainerSlugs(built.content).flatMap((e) => sectionsOf(built.content, e).map((s) => `/${e}/${s.slug}/`));
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 700 });
      for (const path of paths) {
        await page.goto(`${url}${path}`);
        const line = await page.locator('.explainer-header .up').evaluate((a) => {
          const box = a.querySelector('.one-line')!;
          // What the eye sees: the text of the parts laid out in the line (hidden groups are 1 px boxes).
          const seen = [...box.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE || (n as Element).getBoundingClientRect().width > 1)
            .map((n) => n.textContent)
            .join('');
          return { seen, whole: (a.textContent ?? '').replace(/…$/, ''), fits: box.scrollWidth <= box.clientWidth + 1 };
        });
        const shown = line.seen.replace(/…$/, '');
        const cutAtWord = line.seen.endsWith('…') ? line.whole.startsWith(shown) && /^\s/.test(line.whole.slice(shown.length)) : line.seen === line.whole;
        if (!line.fits || !cutAtWord || !shown) bad.push(`${width}px ${path}: ${JSON.stringify(line)}`);
      }
    }
    expect(paths.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});

describe('the full story', () => {
  const explainer = explainerSlugs(REAL_SITE.content)[0]!;
  const sections = sectionsOf(REAL_SITE.content, explainer);

  it('keeps the reading bar on a phone’s screen mid-page, naming the section being read', async () => {
    const { page, errors } = await openPage(browser(), { viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(`${site}/${explainer}/full-story/`);
    for (const [i, s] of sections.entries()) {
      // The section's middle at the reading line (40% down the screen).
      await page.evaluate((slug) => {
        const r = document.getElementById(slug)!.getBoundingClientRect();
        scrollTo(0, scrollY + r.top + Math.min(r.height / 2, 200) - innerHeight * 0.4);
      }, s.slug);
      const bar = page.locator('[data-reading-bar]');
      // Polled whole: the bar updates after the scroll, and "3 of 4" alone would also contain a 4.
      const shown = () =>
        bar.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const count = el.querySelector('[data-bar-count]')!.textContent!.trim();
          return { onScreen: el.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight, current: el.querySelector('[data-bar-current]')!.textContent, position: count.match(/\d+/)?.[0] };
        });
      await expect.poll(shown, { message: s.slug }).toEqual({ onScreen: true, current: s.data.title, position: String(i + 1) });
    }
    expect(await page.locator(`nav a[aria-current][href="#${sections.at(-1)!.slug}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps its contents in view on a desktop', async () => {
    const { page } = await openPage(browser(), { viewport: DESKTOP });
    await page.goto(`${site}/${explainer}/full-story/`);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.7));
    const top = await page.locator('nav.contents').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
  });

  it.each([
    ['the real site', site, REAL_SITE],
    ['the fixture explainers', fixtureSite, FIXTURE_SITE],
  ] as const)('on %s puts a section’s subheads one level under its title (h2 section, h3 subhead)', async (_, url, built) => {
    const { page } = await openPage(browser(), { viewport: DESKTOP });
    const outline: string[] = [];
    for (const e of explainerSlugs(built.content)) {
      await page.goto(`${url}/${e}/full-story/`);
      outline.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('[data-bar-section]')].flatMap((section) => {
            const levels = [...section.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
            // The section's title first, at h2; below it no heading at h2, none skipping a level.
            const wrong = levels[0] !== 2 || levels.slice(1).some((n, i) => n === 2 || n > levels[i]! + 1);
            return wrong ? [`${section.id}: ${levels.join(' ')}`] : [];
          }),
        )),
      );
    }
    expect(outline).toEqual([]);
  });
});

describe('print', () => {
  // A4 without margins at 96 px to the inch, as page.pdf() lays it out by default.
  const A4 = { width: 794, height: 1123 };

  it.each([
    ['the real site', site, REAL_SITE],
    ['the fixture explainers', fixtureSite, FIXTURE_SITE],
  ] as const)('on %s prints a section whose content fits one page on one page, with no near-empty page after it', async (_, url, built) => {
    const { page } = await openPage(browser(), { viewport: A4 });
    const counted: string[] = [];
    let short = 0;
    for (const e of explainerSlugs(built.content)) {
      for (const s of sectionsOf(built.content, e)) {
        await page.goto(`${url}/${e}/${s.slug}/`);
        await page.emulateMedia({ media: 'print' });
        // The printed content's height (the document's is at least the window's).
        const height = await page.evaluate(() => document.body.getBoundingClientRect().height);
        // page.pdf() prints with print media unless another was emulated: back to none.
        await page.emulateMedia({ media: null });
        const pdf = await page.pdf({ width: `${A4.width}px`, height: `${A4.height}px` });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
        // A page's worth of content (less a line, for break rules moving a paragraph on) must print on one.
        if (height <= A4.height - 40) {
          short++;
          if (pages !== 1) counted.push(`${e}/${s.slug}: ${height} px printed on ${pages} pages`);
        }
      }
    }
    if (built === FIXTURE_SITE) expect(short).toBeGreaterThan(0);
    expect(counted).toEqual([]);
  });

  it('prints a chart’s key without backgrounds: the filled swatch differs from the empty one by its border', async () => {
    const { page } = await openPage(browser(), { viewport: A4 });
    // The fixture's percent figure (tests/fixtures/explainers/ferry-strike/03-life-on-the-island.mdx).
    await page.goto(`${fixtureSite}/ferry-strike/life-on-the-island/`);
    await page.emulateMedia({ media: 'print' });
    const swatches = await page.locator('.legend .swatch').evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return { border: parseFloat(s.borderTopWidth), width: el.getBoundingClientRect().width };
      }),
    );
    expect(swatches).toHaveLength(2);
    // Filled: its border meets in the middle. Empty: a thin outline.
    expect(swatches[0]!.border * 2).toBeGreaterThanOrEqual(swatches[0]!.width - 1);
    expect(swatches[1]!.border).toBeLessThan(swatches[1]!.width / 4);
  });

  it('prints the overview’s list of sections and open details, and nothing that follows the article', async () => {
    const { page } = await openPage(browser(), { viewport: A4 });
    const explainer = explainerSlugs(REAL_SITE.content)[0]!;
    await page.goto(`${site}/${explainer}/`);
    await page.emulateMedia({ media: 'print' });
    const sections = sectionsOf(REAL_SITE.content, explainer);
    const listed = await page.locator('.section-nav.detailed a').evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);
    expect(listed).toBe(sections.length);
    // Nothing of what follows the article prints: bars, share, footers.
    for (const selector of ['[data-reading-bar]', '[data-share-links]', 'body > footer', 'body > header']) {
      expect(await page.locator(selector).evaluateAll((els) => els.some((el) => el.checkVisibility())), selector).toBe(false);
    }
    // A closed <details> prints its content.
    const open = await page.evaluate(() => {
      const details = document.createElement('details');
      details.innerHTML = '<summary>More</summary><p>Inside</p>';
      document.querySelector('main')!.append(details);
      return details.querySelector('p')!.checkVisibility();
    });
    expect(open).toBe(true);
  });
});
