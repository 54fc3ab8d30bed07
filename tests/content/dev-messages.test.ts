// What `astro dev` shows for content the check refuses: the friendly list, over HTTP and in the
// browser, and never Vite's error overlay or a stack trace; an alias "bomb" is refused as quickly
// as anything else (Astro's content layer would print it out in full), not after minutes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { section, validFiles, writeFixture, VALID_INDEX } from '../support/fixtures';
import { startDev } from '../support/dev-server';

const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(', ')}]`;
const BOMB = [level('a', '"lol"'), ...'bcdefghi'.split('').map((n, i) => level(n, `*${'abcdefgh'[i]}`))].join('\n');
const TAKEAWAYS = `takeaways:\n  - text: "One."\n    section: first\n  - text: "Two."\n    section: first\n  - text: "Three."\n    section: second\n`;
const WITH_TAKEAWAYS = VALID_INDEX.replace(/\n---\n$/, `\n${TAKEAWAYS}---\n`);
const STACK = /\bat .*\.(js|ts|mjs):\d+|Stack trace|vite-error-overlay|InvalidContentEntryDataError/;

describe('astro dev with content the check refuses', () => {
  const browser = useBrowser();

  it('answers at once with the list for an alias bomb, then shows the list in place of a page that would throw', { timeout: 240_000 }, async () => {
    const content = writeFixture(validFiles({ 'test-explainer/03-bomb.mdx': section('Bomb', 3, 'Text.', `${BOMB}\n`) }));
    const dev = await startDev(content);
    const page = () => dev.page('/test-explainer/');
    try {
      // The content layer's sync is done by now: a bomb it printed out would still be running.
      const started = Date.now();
      await expect.poll(page, { timeout: 20_000, interval: 250 }).toMatchObject({ status: 500, text: expect.stringMatching(/03-bomb\.mdx → frontmatter, line 6: &amp;a is YAML’s way/) });
      expect(Date.now() - started).toBeLessThan(20_000);

      // Fixed: the site shows.
      writeFileSync(join(content, 'test-explainer', '03-bomb.mdx'), section('Bomb', 3));
      writeFileSync(join(content, 'test-explainer', 'index.mdx'), WITH_TAKEAWAYS);
      await expect.poll(page, { timeout: 60_000, interval: 500 }).toMatchObject({ status: 200, text: expect.stringContaining('A test explainer') });

      // A section's text edited: its page shows the new words (a body compiles as its page renders).
      const bomb = () => dev.page('/test-explainer/bomb/');
      await expect.poll(bomb, { timeout: 30_000, interval: 250 }).toMatchObject({ status: 200, text: expect.stringContaining('<p>Some reported text.</p>') });
      writeFileSync(join(content, 'test-explainer', '03-bomb.mdx'), section('Bomb', 3, 'Text, *edited*.'));
      await expect.poll(bomb, { timeout: 30_000, interval: 250 }).toMatchObject({ status: 200, text: expect.stringContaining('<p>Text, <em>edited</em>.</p>') });

      // A save in two steps (emptied, then written): the watcher drops the second event, so the
      // content layer read an empty file while the check read the whole one. The site still shows.
      const index = join(content, 'test-explainer', 'index.mdx');
      writeFileSync(index, '');
      await new Promise((done) => setTimeout(done, 30));
      writeFileSync(index, WITH_TAKEAWAYS.replace('A test explainer', 'A saved explainer'));
      await expect.poll(page, { timeout: 30_000, interval: 250 }).toMatchObject({ status: 200, text: expect.stringContaining('A saved explainer') });
      expect(dev.terminal()).not.toMatch(STACK);

      // A takeaway pointing at no section, with the page open: the browser reloads into the list.
      const tab = await browser().newPage();
      await tab.goto(`${dev.origin}/test-explainer/`);
      writeFileSync(index, readFileSync(index, 'utf8').replace('section: second', 'section: nowhere'));
      // Every answer while the edit is checked is the site or the list, never a stack trace.
      for (let i = 0; i < 10; i++) {
        const answer = await page();
        expect(answer?.text ?? '').not.toMatch(STACK);
      }
      await expect.poll(() => tab.title(), { timeout: 30_000, interval: 250 }).toBe('Content problems');
      const shown = await tab.locator('pre').innerText();
      expect(shown).toMatch(/index\.mdx → takeaways\.2\.section: "nowhere" is not a section of this explainer/);
      expect(await tab.locator('vite-error-overlay').count()).toBe(0);
      expect(dev.terminal()).not.toMatch(STACK);
    } catch (error) {
      console.log(dev.terminal());
      throw error;
    } finally {
      await dev.stop();
    }
  });
});
