// A section body through the one pipeline pages render it with (src/lib/content/section-body.ts), then
// Astro's MDX renderer, as on a page. In a build the body's compile takes the tree the content check
// parsed, and compiles it to the very code the text would give.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import yaml from 'js-yaml';
import type { Root } from 'mdast';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { peopleSchema } from '../../src/content.config';
import { checkContent } from '../../src/lib/content-check';
import { frontmatterBody } from '../../src/lib/content/frontmatter';
import { dropParsedBodies, keepParsedBodies, takeParsed } from '../../src/lib/content/parsed-bodies';
import { bodyComponent, compileBody, sectionBody, type BodyContext } from '../../src/lib/content/section-body';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

const ENGLISH: BodyContext = { cards: undefined, lang: 'en' };

const render = async (mdx: string, context = ENGLISH) => {
  const Content = await bodyComponent(await compileBody(mdx, '/content/x/01-a.mdx', context));
  return parse(await container.renderToString(Content as Parameters<AstroContainer['renderToString']>[0], { props: { components: mdxComponents } }));
};

describe('heading anchors', () => {
  it('puts a labelled, unindexed, unprinted link beside every h2 and h3, wrapped with it', async () => {
    const root = await render('## Talks\n\nText.\n\n### Oil *prices*\n');
    const wrappers = root.querySelectorAll('div.heading-anchored');
    expect(wrappers.map((w) => w.getAttribute('class'))).toEqual(['heading-anchored heading-anchored--2', 'heading-anchored heading-anchored--3']);
    const [talks, oil] = wrappers.map((w) => [w.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as HTMLElement).tagName), w.querySelector('a')!]);
    expect(talks![0]).toEqual(['H2', 'A']);
    expect((talks![1] as HTMLElement).attributes).toEqual({
      class: 'heading-anchor',
      href: '#talks',
      'aria-label': 'Link to this section: Talks',
      'data-pagefind-ignore': '',
      'data-print': 'hide',
    });
    expect((talks![1] as HTMLElement).innerHTML).toBe('<span aria-hidden="true">#</span>');
    expect((oil![1] as HTMLElement).getAttribute('aria-label')).toBe('Link to this section: Oil prices');
    // No inline style: the Content-Security-Policy allows none.
    expect(root.querySelectorAll('[style]')).toEqual([]);
  });

  it('leaves other headings alone', async () => {
    const root = await render('#### Detail\n');
    expect(root.querySelector('h4')?.id).toBe('detail');
    expect(root.querySelector('a')).toBeNull();
  });

  it('names the link in the language of the explainer the body belongs to', async () => {
    const label = (await render('## Talks\n', { cards: undefined, lang: 'uk' })).querySelector('a')?.getAttribute('aria-label');
    expect(label).toContain('Talks');
    expect(label).toBe('Посилання на цей розділ: Talks');
  });
});

describe('a body', () => {
  it('renders GitHub tables with alignment as classes, not inline styles', async () => {
    const root = await render('| a | b |\n| :-- | --: |\n| 1 | 2 |\n');
    expect(root.querySelectorAll('td').map((td) => td.getAttribute('class'))).toEqual(['align-left', 'align-right']);
    expect(root.querySelectorAll('[style], [align]')).toEqual([]);
  });

  it('opens a card at the first mention the editor left unmarked, with its explainer’s cards', async () => {
    const cards = [{ name: 'Donald Trump', namedAs: ['Trump'] }];
    const root = await render('Trump spoke. Trump left.\n', { cards, lang: 'en' });
    expect(root.querySelectorAll('button.mention').map((b) => [b.getAttribute('data-person'), b.text])).toEqual([['Donald Trump', 'Trump']]);
    expect((await render('Trump spoke.\n')).querySelector('button')).toBeNull();
  });

  it('never runs code: an expression stops the compile, naming its line', async () => {
    await expect(compileBody('Text.\n\n{globalThis.ran = true}\n', '/content/x/01-a.mdx', ENGLISH)).rejects.toThrow(/Line 3: code is not allowed/);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('holds no element a section may not: one changed after the check stops the compile', async () => {
    await expect(compileBody('Text.\n\n<script>alert(1)</script>\n', '/content/x/01-a.mdx', ENGLISH)).rejects.toThrow(/Line 3: <script> is not allowed/);
    await expect(compileBody('<Quote by="A">said</Quote> on 10<sup>th</sup>\n', '/content/x/01-a.mdx', ENGLISH)).resolves.toContain('Quote');
  });

  it('is read from its file below the frontmatter, keeping its line numbers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'section-body-')), '01-a.mdx');
    writeFileSync(file, '---\ntitle: "A: with a colon"\norder: 1\n---\n\nText.\n\n{1 + 1}\n');
    await expect(sectionBody({ filePath: file, digest: 'a' }, ENGLISH)).rejects.toThrow(/01-a\.mdx: Line 8: code is not allowed/);
    writeFileSync(file, '---\ntitle: A\n---\n\nText, *read*.\n');
    const Content = await sectionBody({ filePath: file, digest: 'b' }, ENGLISH);
    const html = await container.renderToString(Content as Parameters<AstroContainer['renderToString']>[0]);
    expect(html).toBe('<p>Text, <em>read</em>.</p>');
  });

  it('is read from its file, whose path any failure names', async () => {
    await expect(sectionBody({ filePath: 'tests/no-such-folder/01-a.mdx', digest: '1' }, ENGLISH)).rejects.toThrow(/tests\/no-such-folder\/01-a\.mdx/);
  });
});

describe('a body the content check parsed', () => {
  const FIXTURES = 'tests/fixtures/explainers';
  const folder = join(FIXTURES, 'ferry-strike');
  const sections = readdirSync(folder).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx').map((f) => join(folder, f));
  // The cards as pages read them, defaults filled in.
  const context: BodyContext = { cards: peopleSchema.parse(yaml.load(readFileSync(join(folder, 'people.yaml'), 'utf8'))).people, lang: 'en' };

  it('compiles from the check’s tree to the code its text gives, quotes, mentions, photos and all; each tree once', async () => {
    keepParsedBodies();
    try {
      expect(checkContent(FIXTURES).problems.filter((p) => p.file.includes('ferry-strike'))).toEqual([]);
      for (const path of sections) {
        const body = frontmatterBody(readFileSync(path, 'utf8'))!;
        const tree = takeParsed(path, body);
        expect(tree, path).toBeDefined();
        expect(takeParsed(path, body), 'given once').toBeUndefined();
        expect(await compileBody(body, path, context, tree as Root)).toBe(await compileBody(body, path, context));
      }
    } finally {
      dropParsedBodies();
    }
  });

  it('is parsed again when its text is not the text the check parsed, or outside a build', () => {
    const [path] = sections;
    const body = frontmatterBody(readFileSync(path!, 'utf8'))!;
    keepParsedBodies();
    try {
      checkContent(FIXTURES);
      expect(takeParsed(path!, `${body}\nA sentence added since.\n`)).toBeUndefined();
    } finally {
      dropParsedBodies();
    }
    checkContent(FIXTURES);
    expect(takeParsed(path!, body)).toBeUndefined();
  });
});
