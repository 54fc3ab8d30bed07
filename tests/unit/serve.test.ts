import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, serve } from '../../scripts/serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(root, 'a'));
writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
writeFileSync(join(root, 'a', 'index.html'), '<h1>a</h1>');
writeFileSync(join(root, '404.html'), '<h1>lost</h1>');

describe('static server', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve({ root, port: 0 });
  });
  afterAll(() => site.close());

  it('maps directory URLs to index.html and refuses to leave the root', () => {
    expect(resolveFile(root, '/a/')).toBe(join(root, 'a', 'index.html'));
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
  });

  it('serves pages, redirects a missing slash and answers 404 with the 404 page', async () => {
    const a = await fetch(`${site.url}/a/`);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/text\/html/);
    const redirect = await fetch(`${site.url}/a`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/a/');
    const missing = await fetch(`${site.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('lost');
  });
});

describe('static server compression', () => {
  it('compresses text with brotli or gzip, as a CDN would', async () => {
    const site = await serve({ root, port: 0 });
    try {
      const { request } = await import('node:http');
      const encodingFor = (accept: string) =>
        new Promise<string | undefined>((ok) =>
          request(`${site.url}/a/`, { headers: { 'accept-encoding': accept } }, (res) => {
            res.resume();
            ok(res.headers['content-encoding']);
          }).end(),
        );
      expect(await encodingFor('gzip, deflate, br')).toBe('br');
      expect(await encodingFor('gzip')).toBe('gzip');
      expect(await encodingFor('identity')).toBeUndefined();
    } finally {
      await site.close();
    }
  });
});
