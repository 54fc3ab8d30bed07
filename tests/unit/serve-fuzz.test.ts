// The preview server under fire: over a thousand generated malformed paths and raw request lines, sent
// over plain TCP sockets. It answers every one, stays up, and never sends a byte from outside its folder.
import { mkdirSync, mkdtempSync, readFile, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

// The served folder, with private files inside it and secrets beside it (one in a folder whose name
// begins with the served folder's, which a bare prefix check would let through).
const OUTSIDE = 'token-outside-the-served-folder';
const PRIVATE = 'token-private-file-in-the-folder';
const base = mkdtempSync(join(tmpdir(), 'serve-fuzz-'));
const root = join(base, 'site');
mkdirSync(join(root, 'a'), { recursive: true });
mkdirSync(join(root, '.git'));
mkdirSync(join(base, 'site-secret'));
writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
writeFileSync(join(root, 'a', 'index.html'), '<h1>a</h1>');
writeFileSync(join(root, '404.html'), '<h1>lost</h1>');
writeFileSync(join(root, '_headers'), `# ${PRIVATE}\n/*\n  X-Content-Type-Options: nosniff\n`);
writeFileSync(join(root, '.env'), PRIVATE);
writeFileSync(join(root, '.git', 'config'), PRIVATE);
writeFileSync(join(base, 'secret.txt'), OUTSIDE);
writeFileSync(join(base, 'site-secret', 'secret.txt'), OUTSIDE);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { int, pick: <T>(list: readonly T[]): T => list[int(list.length)]! };
}

const DOTS = ['..', '.', '...', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%2e', '%252e%252e', '%c0%ae%c0%ae', '%uff0e%uff0e', '..%00', '..;'];
const SEPARATORS = ['/', '/', '%2f', '%2F', '\\', '%5c', '%5C', '//', '%252f', '/./', '%00/'];
const TARGETS = ['secret.txt', 'site-secret/secret.txt', 'site-secret%2fsecret.txt', 'site/_headers', '_headers', '%5Fheaders', '%5f%68eaders', '.env', '%2eenv', 'site/.env', '.git/config', '.git%2fconfig', 'a', 'a/', 'index.html', '404.html', 'etc/passwd'];
const JUNK = ['', '', '', '%', '%%', '%zz', '%E0%A4%A', '%00', '%0a', '%0d%0a', '%ff', '%c3%28', '%7f', '\u00ff', '%ED%A0%80', '?q=../../secret.txt', '?%', '#x', ';x', '+'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'TRACE', 'CONNECT', 'get', 'BREW', 'G\u0000ET', ''];
// Headers a careless or hostile client adds (each request keeps its own Host and Connection: close).
const HEADERS = ['', '', '', 'Range: bytes=5-2', 'Range: bytes=-', 'Range: bytes=99999999-', 'If-None-Match: *', 'Upgrade: websocket\r\nConnection: Upgrade', 'Expect: 100-continue', 'Transfer-Encoding: chunked\r\nContent-Length: 5', 'Content-Length: -1', 'X-Bad: a\u0000b'];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTP/1.1 extra', '', 'http/1.1'];

/** Malformed paths first (each sent as a well-formed GET), then whole malformed request lines and headers. */
function corpus(count: number): string[] {
  const { int, pick } = random(12);
  const lines: string[] = [];
  const path = () => {
    let p = '/';
    for (let i = int(5); i > 0; i -= 1) p += pick(DOTS) + pick(SEPARATORS);
    return p + pick(TARGETS) + pick(JUNK);
  };
  for (let i = 0; i < count; i += 1) lines.push(`GET ${path()} HTTP/1.1`);
  for (let i = 0; i < count / 4; i += 1) {
    const target = pick([path(), '*', '', 'secret.txt', `http://127.0.0.1${path()}`, `${path()}\u0000x`, `${path()}\tx`, `${path()} ${path()}`]);
    const header = pick(HEADERS);
    lines.push(`${pick(METHODS)} ${target} ${pick(VERSIONS)}${header ? `\r\n${header}` : ''}`);
  }
  // Very long ones: past the path a file system takes, and past the request size Node accepts.
  lines.push(`GET /${'../'.repeat(3000)}secret.txt HTTP/1.1`, `GET /${'%2e%2e%2f'.repeat(1500)}secret.txt HTTP/1.1`, `GET /${'a'.repeat(20_000)} HTTP/1.1`, `GET /${'%'.repeat(5000)} HTTP/1.1`);
  return lines;
}

interface Exchange {
  line: string;
  answer: string;
}

/** Sends one request line over a fresh socket and reads whatever comes back until the server closes. */
function exchange(port: number, line: string): Promise<Exchange> {
  return new Promise((ok) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    const done = () => ok({ line, answer: Buffer.concat(chunks).toString('latin1') });
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', done);
    // Written, not ended: a client that half-closes may be hung up on before a file has streamed.
    socket.write(Buffer.from(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1'));
  });
}

async function fire(port: number, lines: string[]): Promise<Exchange[]> {
  const all: Exchange[] = [];
  for (let i = 0; i < lines.length; i += 25) all.push(...(await Promise.all(lines.slice(i, i + 25).map((l) => exchange(port, l)))));
  return all;
}

const leaked = (exchanges: Exchange[]) => exchanges.filter((e) => e.answer.includes(OUTSIDE) || e.answer.includes(PRIVATE));
const LINES = corpus(1000);

describe('the preview server under malformed requests', () => {
  it('answers every one, leaks nothing, stays up', async () => {
    expect(LINES.length).toBeGreaterThanOrEqual(1000);
    const site = await serve({ root, port: 0 });
    try {
      const port = Number(new URL(site.url).port);
      const exchanges = await fire(port, LINES);
      const unanswered = exchanges.filter((e) => !/^HTTP\/1\.1 \d{3} /.test(e.answer));
      expect(unanswered.map((e) => e.line.slice(0, 200))).toEqual([]);
      expect(leaked(exchanges).map((e) => e.line.slice(0, 200))).toEqual([]);
      const crashed = exchanges.filter((e) => /^HTTP\/1\.1 5/.test(e.answer));
      expect(crashed.map((e) => e.line.slice(0, 200))).toEqual([]);
      const location = (e: Exchange) => /\r\nlocation:[ \t]*([^\r]*)/i.exec(e.answer)?.[1];
      const offSite = exchanges.filter((e) => location(e) !== undefined && !/^\/[^/\\]/.test(location(e)!));
      expect(exchanges.filter((e) => location(e) !== undefined).length).toBeGreaterThan(0);
      expect(offSite.map((e) => e.line.slice(0, 200))).toEqual([]);
      // Some of them did reach real pages: the corpus is not all rejected at the door.
      expect(exchanges.filter((e) => e.answer.startsWith('HTTP/1.1 200 ')).length).toBeGreaterThan(0);
      const after = await fetch(`${site.url}/a/`);
      expect([after.status, await after.text()]).toEqual([200, '<h1>a</h1>']);
    } finally {
      await site.close();
    }
  });

  it('would catch a server without the guard: the same corpus reads the secrets through a naive one', async () => {
    const naive = createServer((req, res) => {
      let path = (req.url ?? '/').split('?')[0]!;
      try {
        path = decodeURIComponent(path);
      } catch {
        // served as sent
      }
      try {
        readFile(join(root, path), (error, body) => res.writeHead(error ? 404 : 200).end(error ? '' : body));
      } catch {
        res.writeHead(400).end();
      }
    });
    await new Promise<void>((ok) => naive.listen(0, '127.0.0.1', ok));
    try {
      const exchanges = await fire((naive.address() as AddressInfo).port, LINES);
      expect(leaked(exchanges).filter((e) => e.answer.includes(OUTSIDE)).length).toBeGreaterThan(0);
      expect(leaked(exchanges).filter((e) => e.answer.includes(PRIVATE)).length).toBeGreaterThan(0);
    } finally {
      naive.closeAllConnections();
      await new Promise((ok) => naive.close(ok));
    }
  });
});
