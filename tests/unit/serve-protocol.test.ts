// The preview server over raw sockets, as a host is held to: each file only at its own path, no symlink
// followed, each body compressed once however many ask for it, and conditional requests as RFC 9110 says.
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CACHE, HOST_DEFAULT_CACHE, serve } from '../../scripts/serve.mjs';

const OUTSIDE = 'token-outside-the-served-folder';
const RULES = 'token-in-the-headers-file';
const LOST = '<h1>lost</h1>';
const PAGE = `<h1>a</h1>${'<p>Some text of a page, long enough to be worth compressing.</p>\n'.repeat(400)}`;

const base = mkdtempSync(join(tmpdir(), 'serve-protocol-'));
const root = join(base, 'site');
mkdirSync(join(root, 'a'), { recursive: true });
mkdirSync(join(root, '_astro'));
mkdirSync(join(base, 'outside'));
writeFileSync(join(base, 'secret.txt'), OUTSIDE);
writeFileSync(join(base, 'outside', 'index.html'), OUTSIDE);
writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
writeFileSync(join(root, 'a', 'index.html'), PAGE);
writeFileSync(join(root, 'rss.xml'), '<rss></rss>');
writeFileSync(join(root, 'icon.png'), Buffer.alloc(2000, 0x89));
writeFileSync(join(root, '_astro', 'app.1a2b.js'), 'console.log(1);');
writeFileSync(join(root, '404.html'), LOST);
writeFileSync(join(root, '_headers'), `# ${RULES}\n/*\n  X-Frame: none\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
// The same headers file by another name, and symlinks out of the folder and within it.
linkSync(join(root, '_headers'), join(root, 'rules.txt'));
symlinkSync(join(base, 'secret.txt'), join(root, 'leak.txt'));
symlinkSync('../secret.txt', join(root, 'a', 'leak.txt'));
symlinkSync(join(base, 'outside'), join(root, 'out'));
symlinkSync('index.html', join(root, 'home.html'));
symlinkSync('a', join(root, 'also-a'));
// A second site whose 404 page is a symlink out of it, and the first site reached through a symlinked path.
const linked404 = join(base, 'linked-404');
mkdirSync(linked404);
writeFileSync(join(linked404, 'index.html'), '<h1>home</h1>');
symlinkSync(join(base, 'secret.txt'), join(linked404, '404.html'));
symlinkSync(root, join(base, 'site-link'));

interface Answer {
  status: number;
  /** Header names in lower case; a header sent twice keeps both values, joined by ", ". */
  headers: Record<string, string>;
  body: Buffer;
  raw: string;
}

/** One request written byte for byte on a fresh socket; the answer read until the server closes. */
function send(port: number, target: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', fail);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, end).toString('latin1').split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).toLowerCase();
        const value = line.slice(colon + 1).trim();
        parsed[name] = parsed[name] === undefined ? value : `${parsed[name]}, ${value}`;
      }
      const rest = all.subarray(end + 4);
      const body = parsed['transfer-encoding'] === 'chunked' ? dechunked(rest) : rest;
      ok({ status: Number(head[0]!.split(' ')[1]), headers: parsed, body, raw: all.toString('latin1') });
    });
    const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([n, v]) => `${n}: ${v}`)];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  });
}

/** A chunked body joined up (only for reading another server's answers: this one always sends Content-Length). */
function dechunked(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const eol = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** A body as sent, decoded by its Content-Encoding. */
function decoded(answer: Answer): string {
  const encoding = answer.headers['content-encoding'];
  const bytes = encoding === 'br' ? zlib.brotliDecompressSync(answer.body) : encoding === 'gzip' ? zlib.gunzipSync(answer.body) : answer.body;
  return bytes.toString('utf8');
}

let site: Awaited<ReturnType<typeof serve>>;
let port = 0;
const get = (target: string, options?: { method?: string; headers?: Record<string, string> }) => send(port, target, options);

beforeAll(async () => {
  site = await serve({ root, port: 0 });
  port = Number(new URL(site.url).port);
});
afterAll(() => site.close());

/** Expects the 404 page, as a 404 that is never stored. */
function expectNotFound(answer: Answer, what: string) {
  expect(answer.status, what).toBe(404);
  expect(answer.headers['cache-control'], what).toBe(ERROR_CACHE);
  expect(decoded(answer), what).toBe(LOST);
}

describe('each file only at its own path', () => {
  it('serves a file at its path, and answers it with a trailing slash with the 404 page', async () => {
    for (const path of ['/rss.xml', '/_astro/app.1a2b.js', '/a/index.html']) {
      expect((await get(path)).status, path).toBe(200);
      const slashed = await get(`${path}/`);
      expectNotFound(slashed, `${path}/`);
      expect(slashed.headers['content-type'], `${path}/`).toMatch(/^text\/html/);
    }
  });

  it('never serves _headers, however it is named', async () => {
    for (const path of ['/_headers', '/_headers/', '/%5Fheaders/', '/_headers?x=1', '/_headers/index.html', '/rules.txt', '/rules.txt/']) {
      const answer = await get(path);
      expectNotFound(answer, path);
      expect(answer.raw, path).not.toContain(RULES);
    }
  });

  it('sends the 404 page only as the body of a 404, at any of its own addresses, for GET and HEAD', async () => {
    for (const path of ['/404', '/404/', '/404.html', '/404.html/', '/404.html?x', '/%34%30%34.html']) {
      expectNotFound(await get(path), path);
      const head = await get(path, { method: 'HEAD' });
      expect([head.status, head.headers['cache-control'], head.body.length], `HEAD ${path}`).toEqual([404, ERROR_CACHE, 0]);
    }
  });
});

describe('symlinks', () => {
  it('are never followed, out of the folder or within it, to a file or a folder', async () => {
    for (const path of ['/leak.txt', '/a/leak.txt', '/out/', '/out/index.html', '/out', '/home.html', '/also-a/', '/also-a']) {
      const answer = await get(path);
      expectNotFound(answer, path);
      expect(answer.raw, path).not.toContain(OUTSIDE);
      expect(answer.headers.location, path).toBeUndefined();
    }
  });

  it('are not followed to a 404 page either', async () => {
    const other = await serve({ root: linked404, port: 0 });
    try {
      const answer = await send(Number(new URL(other.url).port), '/nowhere/');
      expect(answer.status).toBe(404);
      expect(answer.raw).not.toContain(OUTSIDE);
      expect((await send(Number(new URL(other.url).port), '/')).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('do not matter above the served folder: a root reached through one is served', async () => {
    const other = await serve({ root: join(base, 'site-link'), port: 0 });
    try {
      const answer = await send(Number(new URL(other.url).port), '/a/');
      expect([answer.status, decoded(answer)]).toEqual([200, PAGE]);
    } finally {
      await other.close();
    }
  });
});

describe('compression', () => {
  it('compresses each body once, however many ask for it at once', async () => {
    // Every brotli and gzip engine that does any work, counted by the prototype that streams and one-shot calls share.
    const engines = new Set<object>();
    const restore = [zlib.BrotliCompress, zlib.Gzip].map((Engine) => {
      const proto = Engine.prototype as unknown as Transform;
      const original = proto._transform;
      proto._transform = function (this: Transform, ...args: Parameters<Transform['_transform']>) {
        engines.add(this);
        return original.apply(this, args);
      };
      return () => void (proto._transform = original);
    });
    try {
      for (const accept of ['br', 'gzip']) {
        const answers = await Promise.all(Array.from({ length: 50 }, () => get('/a/?many', { headers: { 'Accept-Encoding': accept } })));
        for (const answer of answers) expect([answer.status, answer.headers['content-encoding'], decoded(answer)]).toEqual([200, accept, PAGE]);
      }
      expect(engines.size).toBe(2);
    } finally {
      for (const undo of restore) undo();
    }
  });

  it('follows the client’s Accept-Encoding, q-values included, and says the answer varies by it', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br', 'br'],
      ['br;q=0.5, gzip', 'gzip'],
      ['br;q=0, gzip;q=0, *', undefined],
      ['br;q=0, *', 'gzip'],
      ['*', 'br'],
      ['gzip;q=0.5, identity', undefined],
      ['identity', undefined],
      [undefined, undefined],
    ];
    for (const [accept, encoding] of cases) {
      const answer = await get('/a/', { headers: accept === undefined ? {} : { 'Accept-Encoding': accept } });
      expect([answer.headers['content-encoding'], answer.headers.vary, decoded(answer)], String(accept)).toEqual([encoding, 'Accept-Encoding', PAGE]);
      expect(Number(answer.headers['content-length']), String(accept)).toBe(answer.body.length);
    }
    const image = await get('/icon.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect([image.status, image.headers['content-encoding'], image.headers.vary]).toEqual([200, undefined, undefined]);
  });
});

describe('conditional requests (RFC 9110)', () => {
  const br = { 'Accept-Encoding': 'br' };

  it('sends ETag and Last-Modified, and answers a matching If-None-Match with 304 carrying the ETag', async () => {
    const first = await get('/a/', { headers: br });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(first.headers['last-modified']).toMatch(/ GMT$/);
    const again = await get('/a/', { headers: { ...br, 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect(again.headers['cache-control']).toBe(HOST_DEFAULT_CACHE);
    expect(again.headers['x-frame']).toBe('none');
  });

  it('compares If-None-Match weakly, in a list or as *', async () => {
    const etag = (await get('/a/', { headers: br })).headers.etag!;
    for (const value of [`"other", ${etag}`, `"other",${etag} , "more"`, `W/${etag}`, '*']) {
      const answer = await get('/a/', { headers: { ...br, 'If-None-Match': value } });
      expect([answer.status, answer.headers.etag], value).toEqual([304, etag]);
    }
    expect((await get('/a/', { headers: { ...br, 'If-None-Match': '"other", W/"more"' } })).status).toBe(200);
  });

  it('honours If-Modified-Since, but only without If-None-Match', async () => {
    const { headers } = await get('/a/', { headers: br });
    const since = headers['last-modified']!;
    const earlier = new Date(Date.parse(since) - 86_400_000).toUTCString();
    const later = new Date(Date.parse(since) + 86_400_000).toUTCString();
    const status = async (extra: Record<string, string>) => (await get('/a/', { headers: { ...br, ...extra } })).status;
    expect(await status({ 'If-Modified-Since': since })).toBe(304);
    expect(await status({ 'If-Modified-Since': later })).toBe(304);
    expect(await status({ 'If-Modified-Since': earlier })).toBe(200);
    expect(await status({ 'If-Modified-Since': 'yesterday' })).toBe(200);
    // If-None-Match decides alone: a stale tag is 200 however recent the date, a matching one 304 however old.
    expect(await status({ 'If-None-Match': '"other"', 'If-Modified-Since': later })).toBe(200);
    expect(await status({ 'If-None-Match': headers.etag!, 'If-Modified-Since': earlier })).toBe(304);
    const notModified = await get('/a/', { headers: { ...br, 'If-Modified-Since': since } });
    expect(notModified.headers.etag).toBe(headers.etag);
  });

  it('gives each encoding its own ETag, and revalidates each against its own', async () => {
    const tags = await Promise.all(['identity', 'gzip', 'br'].map(async (accept) => (await get('/a/', { headers: { 'Accept-Encoding': accept } })).headers.etag));
    expect(new Set(tags).size).toBe(3);
    const [plain, gzipped] = tags;
    expect((await get('/a/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': plain! } })).status).toBe(200);
    expect((await get('/a/', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': gzipped! } })).status).toBe(304);
  });

  it('answers HEAD with exactly GET’s headers, Content-Length of the encoded body included', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const getAnswer = await get('/a/', { headers: { 'Accept-Encoding': accept } });
      const headAnswer = await get('/a/', { method: 'HEAD', headers: { 'Accept-Encoding': accept } });
      const { date: _getDate, ...getHeaders } = getAnswer.headers;
      const { date: _headDate, ...headHeaders } = headAnswer.headers;
      expect(headHeaders, accept).toEqual(getHeaders);
      expect(Number(headHeaders['content-length']), accept).toBe(getAnswer.body.length);
      expect(headAnswer.body.length, accept).toBe(0);
    }
  });

  it('answers a failed If-Match or If-Unmodified-Since with 412', async () => {
    const { headers } = await get('/a/', { headers: br });
    const earlier = new Date(Date.parse(headers['last-modified']!) - 86_400_000).toUTCString();
    const status = async (extra: Record<string, string>) => (await get('/a/', { headers: { ...br, ...extra } })).status;
    expect(await status({ 'If-Match': '"other"' })).toBe(412);
    expect(await status({ 'If-Match': `W/${headers.etag!}` })).toBe(412);
    expect(await status({ 'If-Match': headers.etag! })).toBe(200);
    expect(await status({ 'If-Match': '*' })).toBe(200);
    expect(await status({ 'If-Unmodified-Since': earlier })).toBe(412);
    expect(await status({ 'If-Unmodified-Since': headers['last-modified']! })).toBe(200);
  });
});
