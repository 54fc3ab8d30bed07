import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';

describe('_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

  it('gives every path the security headers', () => {
    const page = headersFor(rules, '/trump-putin-call/arms-control/');
    expect(page['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(page['Permissions-Policy']).toContain('camera=()');
    expect(page['Cache-Control']).toBe('public, max-age=300, must-revalidate');
  });

  it('caches hashed assets for a year, the more specific rule winning', () => {
    const asset = headersFor(rules, '/_astro/page.abc123.css');
    expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
  });

  it('rejects a header line outside any path', () => {
    expect(() => parseHeaders('  X-A: b')).toThrow(/under a path/);
  });
});
