// Where "in short" goes: after the first top-level paragraph of a rendered section body.
import { describe, expect, it } from 'vitest';
import { ledeEnd } from '../../src/lib/after-lede';

const after = (html: string) => html.slice(0, ledeEnd(html));

describe('ledeEnd', () => {
  it('ends after the first paragraph', () => {
    expect(after('<p>Lede <a href="/x/">link</a>.</p>\n<p>Second.</p>')).toBe('<p>Lede <a href="/x/">link</a>.</p>');
  });

  it('skips paragraphs inside figures, lists and quotes before the first top-level one', () => {
    const html = '<figure class="photo"><p>Caption</p><img src="a.png" alt="A"><br/></figure><blockquote><p>Quote</p></blockquote><p>Lede.</p><p>Next.</p>';
    expect(after(html)).toBe(html.slice(0, html.indexOf('<p>Next.')));
  });

  it('reads a ">" inside a quoted attribute as part of the attribute', () => {
    expect(after('<div data-x="a > b <p>"><p>in</p></div><p title="1 > 0">Lede.</p><p>Next.</p>')).toMatch(/Lede\.<\/p>$/);
  });

  it('puts it first when there is no top-level paragraph', () => {
    expect(ledeEnd('<ul><li><p>Item</p></li></ul>')).toBe(0);
    expect(ledeEnd('')).toBe(0);
  });
});
