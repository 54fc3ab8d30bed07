// public/_headers read the way Netlify and Cloudflare Pages read it: what each path really gets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, repeatedHeaders } from '../../scripts/headers.mjs';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

const SECURITY = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': expect.stringMatching(/^accelerometer=\(\), .*camera=\(\), .*geolocation=\(\), .*clipboard-write=\(self\)$/),
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
};
const YEAR = { 'Cache-Control': 'public, max-age=31536000, immutable' };

// Paths of every kind the site has, and one path each rule's pattern matches.
const PATHS = [
  '/',
  '/trump-putin-call/',
  '/trump-putin-call/arms-control/',
  '/search/',
  '/404.html',
  '/rss.xml',
  '/manifest.webmanifest',
  '/og.png',
  '/pagefind/pagefind.js',
  '/pagefind/wasm.en.pagefind',
  '/_astro/search-ui.DABxXQ52.js',
  '/_astro/page.abc123.css',
];
const WITNESSES = rules.map((r) => r.pattern.replace(/\*/g, 'any/file.js').replace(/:\w+/g, 'segment'));

describe('public/_headers, as the hosts apply it', () => {
  it('gives pages and unhashed files the security headers and no caching of its own (the hosts revalidate them)', () => {
    for (const path of PATHS.filter((p) => !p.startsWith('/_astro/'))) {
      expect(headersFor(rules, path), path).toEqual(SECURITY);
    }
  });

  it('gives hashed assets the security headers and a year of immutable caching', () => {
    for (const path of PATHS.filter((p) => p.startsWith('/_astro/'))) {
      expect(headersFor(rules, path), path).toEqual({ ...SECURITY, ...YEAR });
    }
  });

  it('sets no header twice for any path, so no host joins two values into one', () => {
    for (const path of [...PATHS, ...WITNESSES]) expect(repeatedHeaders(rules, path), path).toEqual([]);
  });
});

describe('reading _headers', () => {
  it('applies every matching rule and joins a header two rules set, as Netlify and Cloudflare do', () => {
    const joined = parseHeaders('/*\n  Cache-Control: max-age=300\n  X-A: 1\n/assets/*\n  cache-control: immutable\n');
    expect(headersFor(joined, '/assets/a.js')).toEqual({ 'Cache-Control': 'max-age=300, immutable', 'X-A': '1' });
    expect(repeatedHeaders(joined, '/assets/a.js')).toEqual(['cache-control']);
    expect(headersFor(joined, '/page/')).toEqual({ 'Cache-Control': 'max-age=300', 'X-A': '1' });
  });

  it('matches * across slashes, :name within one segment, and anything else exactly', () => {
    const patterns = parseHeaders('/a/*\n  X-Splat: 1\n/b/:slug/\n  X-Slug: 1\n/c.txt\n  X-Exact: 1\n');
    expect(headersFor(patterns, '/a/x/y/z.js')).toEqual({ 'X-Splat': '1' });
    expect(headersFor(patterns, '/b/one/')).toEqual({ 'X-Slug': '1' });
    expect(headersFor(patterns, '/b/one/two/')).toEqual({});
    expect(headersFor(patterns, '/c.txt')).toEqual({ 'X-Exact': '1' });
    expect(headersFor(patterns, '/cxtxt')).toEqual({});
  });

  it('refuses what would not mean the same on every host, or is no rule at all', () => {
    expect(() => parseHeaders('/*\n  ! Cache-Control\n')).toThrow(/line 2: .*Cloudflare-only/);
    expect(() => parseHeaders('  X-A: b')).toThrow(/under a path/);
    expect(() => parseHeaders('/*\n  no colon here\n')).toThrow(/line 2: .*"Name: value"/);
  });
});
