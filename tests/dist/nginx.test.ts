// docs/nginx.conf proven in real nginx (Debian's): the built site served on 127.0.0.1 with the doc's own
// config, only its address, TLS lines and root changed, answers as public/_headers says a host should.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { ERROR_CACHE, HOST_DEFAULT_CACHE } from '../../scripts/serve.mjs';
import { DIST } from '../support/dist';
import { freePort } from '../support/ports';

const NGINX = inject('nginxPath');
const doc = readFileSync('docs/nginx.conf', 'utf8');
const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));

/** The doc's config with only the address, the TLS lines and the root changed. */
function localConfig(port: number, root: string): string {
  const count = { listen: 0, tls: 0, root: 0 };
  const lines = doc.split('\n').flatMap((line) => {
    if (/^\s*listen\s/.test(line)) return count.listen++ === 0 ? [`    listen 127.0.0.1:${port};`] : [];
    if (/^\s*(http2\s+on|ssl_\w+)\s*[\s;]/.test(line)) return (count.tls++, []);
    if (/^\s*root\s/.test(line)) return (count.root++, [`    root ${root};`]);
    return [line];
  });
  expect(count).toEqual({ listen: 2, tls: 3, root: 1 });
  return lines.join('\n');
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let base = '';
function get(path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Answer>((ok, fail) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

// The served root: a copy of dist/, plus a .wasm file (the site's own wasm ships inside Pagefind's
// compressed .pagefind files), a dotfile that must stay private and a symlink out of the folder.
const scratch = mkdtempSync(join(tmpdir(), 'nginx-'));
const root = join(scratch, 'root');
cpSync(DIST, root, { recursive: true });
writeFileSync(join(root, 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
writeFileSync(join(root, '.private'), 'never served');
writeFileSync(join(scratch, 'secret.txt'), 'never served');
symlinkSync(join(scratch, 'secret.txt'), join(root, 'leak.txt'));

const firstIn = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(DIST, dir)).find((f) => pattern.test(f));
  if (!name) throw new Error(`dist/${dir} has no file like ${pattern}`);
  return `/${dir ? `${dir}/` : ''}${name}`;
};
// An explainer's overview: a folder with a full story in it.
const explainer = `/${readdirSync(DIST).find((d) => existsSync(join(DIST, d, 'full-story', 'index.html')))}/`;
// One path of each kind the site serves, and the type it must be sent as.
const TYPES: [string, RegExp][] = [
  ['/', /^text\/html; charset=utf-8$/],
  [explainer, /^text\/html; charset=utf-8$/],
  [firstIn('_astro', /\.js$/), /^(application|text)\/javascript\b/],
  ['/pagefind/pagefind.js', /^(application|text)\/javascript\b/],
  ['/probe.wasm', /^application\/wasm$/],
  [firstIn('pagefind', /^wasm\..*\.pagefind$/), /^application\/octet-stream$/],
  [firstIn('', /\.png$/), /^image\/png$/],
  ['/rss.xml', /^(text|application)\/(rss\+)?xml\b/],
  ['/manifest.webmanifest', /^application\/manifest\+json\b/],
];
const SECURITY = Object.keys(headersFor(rules, '/')).filter((name) => name !== 'Cache-Control');

let nginx: ChildProcess | undefined;
let errors = '';

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // mime.types lives beside this nginx's own config; the doc includes it by that relative name.
  const version = spawnSync(NGINX, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
  const confDir = confPath ? dirname(confPath) : '/etc/nginx';
  symlinkSync(join(confDir, 'mime.types'), join(scratch, 'mime.types'));
  writeFileSync(join(scratch, 'site.conf'), localConfig(port, root));
  const temp = (name: string) => `${name}_temp_path ${join(scratch, name)};`;
  writeFileSync(
    join(scratch, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(scratch, 'nginx.pid')};`,
      `error_log ${join(scratch, 'error.log')} warn;`,
      // Workers of a root master would run as nobody, who may not read the worktree.
      process.getuid?.() === 0 ? 'user root;' : '',
      'events { worker_connections 64; }',
      `http { access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')} include site.conf; }`,
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
  const exited = new Promise((_, fail) => nginx!.once('exit', (code) => fail(new Error(`nginx exited (${code}): ${errors}${readLog()}`))));
  const up = (async () => {
    for (let i = 0; i < 100; i += 1) {
      if (await get('/').then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not answer on ${base}: ${readLog()}`);
  })();
  await Promise.race([up, exited]);
});

afterAll(async () => {
  if (!nginx || nginx.exitCode !== null) return;
  const gone = new Promise((ok) => nginx!.once('exit', ok));
  nginx.kill('SIGTERM');
  await gone;
});

function readLog(): string {
  try {
    return readFileSync(join(scratch, 'error.log'), 'utf8');
  } catch {
    return '';
  }
}

describe('docs/nginx.conf in nginx', () => {
  it('says which nginx versions it is for', () => {
    expect(doc).toMatch(/nginx 1\.25\.1 and newer/);
    expect(doc).toMatch(/1\.22 in Debian 12/);
  });

  it.each(TYPES)('sends %s as its type, with the headers _headers gives it', async (path, type) => {
    const answer = await get(path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(type);
    const expected = { 'Cache-Control': HOST_DEFAULT_CACHE, ...headersFor(rules, path) };
    for (const [name, value] of Object.entries(expected)) expect(answer.headers[name.toLowerCase()], name).toBe(value);
  });

  it('caches hashed assets for a year and everything else not at all without asking again', async () => {
    expect((await get(firstIn('_astro', /\.js$/))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/pagefind/pagefind.js')).headers['cache-control']).toBe(HOST_DEFAULT_CACHE);
  });

  it('gzips text and leaves images and Pagefind’s compressed files alone', async () => {
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    for (const path of ['/', explainer, firstIn('_astro', /\.js$/), '/rss.xml', '/manifest.webmanifest']) {
      const answer = await get(path, gzip);
      expect(answer.headers['content-encoding'], path).toBe('gzip');
      const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      expect(gunzipSync(answer.body).equals(readFileSync(file)), path).toBe(true);
    }
    for (const path of [firstIn('', /\.png$/), firstIn('pagefind', /^wasm\..*\.pagefind$/)]) {
      expect((await get(path, gzip)).headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('answers unknown paths, _headers, dotfiles, symlinks, a file with a slash and the 404 page’s own paths with the 404 page, never cached, security headers kept', async () => {
    const notFound = readFileSync(join(DIST, '404.html'));
    for (const path of ['/nowhere/', '/_astro/missing.js', '/_headers', '/_headers/', '/.private', '/rss.xml/', '/404', '/404/', '/404.html', '/leak.txt']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.equals(notFound), path).toBe(true);
      expect(answer.headers['cache-control'], path).toBe(ERROR_CACHE);
      for (const name of SECURITY) expect(answer.headers[name.toLowerCase()], `${path} ${name}`).toBe(headersFor(rules, '/')[name]);
    }
  });

  it('redirects a section without its slash to a path on this site', async () => {
    const answer = await get(explainer.slice(0, -1));
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(explainer);
  });

  it('answers other methods with 405', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
