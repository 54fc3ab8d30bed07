// Every built page: semantic, one h1, a skip link, and no link or #anchor that goes nowhere.
import { describe, expect, it } from 'vitest';
import { fileFor, page, pagePaths } from '../support/dist';

const paths = pagePaths();

describe.each(paths)('%s', (path) => {
  const root = page(path);

  it('is a semantic document with one h1 and a skip link', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    for (const tag of ['header', 'nav', 'main', 'footer']) expect(root.querySelector(tag), tag).not.toBeNull();
    const skip = root.querySelector('body a');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(root.querySelector('main#main')).not.toBeNull();
  });

  it('has no duplicate ids', () => {
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has internal links and anchors that all resolve', () => {
    const broken: string[] = [];
    const refs = [
      ...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...root.querySelectorAll('link[href]').map((a) => a.getAttribute('href')!),
      ...root.querySelectorAll('[src]').map((a) => a.getAttribute('src')!),
    ];
    for (const ref of refs) {
      if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue;
      const url = new URL(ref, `http://site${path}`);
      if (!fileFor(url.pathname)) {
        broken.push(ref);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !id.startsWith(':~:') && !page(url.pathname).querySelector(`[id="${id}"]`)) broken.push(ref);
    }
    expect(broken).toEqual([]);
  });

  it('loads no script to be read: only search’s, as deferred modules', () => {
    const scripts = root.querySelectorAll('script[src]').filter((s) => !s.hasAttribute('type') || s.getAttribute('type') === 'module');
    for (const s of scripts) {
      expect(s.getAttribute('type')).toBe('module');
      // The header's search control (which also highlights on arrival from a result), and the search page.
      expect(s.getAttribute('src')).toMatch(/^\/_astro\/(SearchControl|search)\.astro_astro_type_script_/);
    }
  });
});
