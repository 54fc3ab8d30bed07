// Every page carries a strict Content-Security-Policy, and links elsewhere do not leak the opener.
import { describe, expect, it } from 'vitest';
import { page, pagePaths } from '../support/dist';

describe.each(pagePaths())('%s', (path) => {
  const root = page(path);

  it('has a strict CSP', () => {
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const directives: Record<string, string[]> = Object.fromEntries(
      csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    const scripts = directives['script-src'] ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).not.toContain("'unsafe-inline'");
  });

  it('loads nothing from another host', () => {
    const refs = [
      ...root.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
      ...root.querySelectorAll('link[href]').filter((l) => !/canonical|alternate/.test(l.getAttribute('rel') ?? '')).map((e) => e.getAttribute('href')!),
    ];
    expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
  });

  it('opens external links with rel="noopener noreferrer"', () => {
    const external = root.querySelectorAll('a[href^="http"], a[href^="//"], a[href^="mailto:"]');
    for (const a of external) expect(a.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });
});
