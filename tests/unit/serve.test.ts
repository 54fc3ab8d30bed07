// The preview server on a small site of its own: files, redirects, errors, headers, compression.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CACHE, HOST_DEFAULT_CACHE, readTarget, serve } from '../../scripts/serve.mjs';

const root = join(mkdtempSync(join(tmpdir(), 'serve-')), 'site');
mkdirSync(join(root, 'a'), { recursive: true });
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
writeFileSync(join(root, 'a', 'index.html'), `<h1>a</h1>${'<p>text</p>'.repeat(100)}`);
writeFileSync(join(root, '404.html'), '<h1>lost</h1>');
writeFileSync(join(root, '_astro', 'app.1a2b.js'), 'console.log(1);');
writeFileSync(join(root, 'index.pf_meta'), 'binary');
writeFileSync(join(root, '.env'), 'SECRET=dotfile');
writeFileSync(join(root, '_headers'), '/*\n  X-Frame: none\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('the preview server', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve({ root, port: 0 });
  });
  afterAll(() => site.close());

  /** One request as sent, target untouched (fetch would normalise it), body not decompressed. */
  const send = (target: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) =>
    new Promise<Answer>((ok, fail) => {
      const req = request(`${site.url}/`, { method, path: target, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
      });
      req.on('error', fail);
      req.end();
    });

  it('serves pages with the headers _headers gives them, and the hosts’ default caching', async () => {
    const page = await send('/a/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['x-frame']).toBe('none');
    expect(page.headers['cache-control']).toBe(HOST_DEFAULT_CACHE);
    const asset = await send('/_astro/app.1a2b.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('/index.pf_meta')).headers['content-type']).toBe('application/octet-stream');
  });

  it('redirects a directory without its slash to a path on this site, query kept', async () => {
    const redirect = await send('/a?x=//elsewhere');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/a/?x=//elsewhere');
  });

  it('answers unknown paths with the 404 page, never cached, wherever they are', async () => {
    for (const path of ['/nowhere/', '/_astro/gone.js']) {
      const missing = await send(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body, path).toContain('lost');
      expect(missing.headers['cache-control'], path).toBe(ERROR_CACHE);
      expect(missing.headers['x-frame'], path).toBe('none');
    }
  });

  it('answers badly encoded paths with 400', async () => {
    for (const target of ['/%', '/%E0%A4%A', '/a/%zz', '/%00', '/a%0d%0aSet-Cookie:x']) {
      const bad = await send(target);
      expect(bad.status, target).toBe(400);
      expect(bad.headers['cache-control'], target).toBe(ERROR_CACHE);
    }
  });

  it('keeps _headers, dotfiles and anything outside the folder private, however encoded', async () => {
    for (const target of ['/_headers', '/%5Fheaders', '/.%2f_headers', '/a/..%2f_headers', '/.env', '/%2eenv', '/..%2fsite%2f.env', '/.//a', '//a/', '/a\\..\\_headers']) {
      const hidden = await send(target);
      expect(hidden.status, target).toBe(404);
      expect(hidden.body, target).not.toMatch(/X-Frame|SECRET/);
      expect(hidden.headers.location, target).toBeUndefined();
    }
  });

  it('answers methods other than GET and HEAD with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH']) {
      const refused = await send('/', { method });
      expect(refused.status, method).toBe(405);
      expect(refused.headers.allow, method).toBe('GET, HEAD');
      expect(refused.body, method).not.toContain('home');
    }
    const head = await send('/a/', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('compresses text with brotli or gzip, as a CDN would, and leaves other files alone', async () => {
    const encoding = async (accept: string, path = '/a/') => (await send(path, { headers: { 'accept-encoding': accept } })).headers['content-encoding'];
    expect(await encoding('gzip, deflate, br')).toBe('br');
    expect(await encoding('gzip')).toBe('gzip');
    expect(await encoding('identity')).toBeUndefined();
    expect(await encoding('gzip, br', '/index.pf_meta')).toBeUndefined();
  });
});

describe('reading a request target', () => {
  it('decodes a clean path once and keeps its query', () => {
    expect(readTarget('/a/b%20c/?q=1')).toEqual({ path: '/a/b c/', query: 'q=1' });
    expect(readTarget('/%255Fheaders')).toEqual({ path: '/%5Fheaders', query: '' });
  });

  it('refuses every way of naming a dot segment, hidden file, backslash or empty segment', () => {
    for (const target of ['/..', '/a/../b', '/%2e%2e/x', '/%2E%2e%2Fx', '/a/.%2e/', '/.env', '/a%5c..%5cx', '/a\\b', '//x', '/a//b', '/_headers', '/%5f%68eaders']) {
      expect(readTarget(target), target).toEqual({ status: 404 });
    }
  });

  it('calls malformed encodings, control characters and non-paths bad requests', () => {
    for (const target of ['/%', '/%c0%ae%c0%ae/', '/%ED%A0%80', '/a%00b', '/a%0A', '*', 'http://x/a', '']) {
      expect(readTarget(target), target).toEqual({ status: 400 });
    }
  });
});
