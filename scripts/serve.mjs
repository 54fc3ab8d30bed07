// The static server behind `npm start`, `npm run preview` and the browser tests. It serves a folder as the
// static hosts do (Netlify, Cloudflare Pages, docs/nginx.conf): `_headers` applied, text compressed, answers
// revalidated by ETag and Last-Modified as RFC 9110 says. It reads the request target strictly and never
// follows a symlink, so that no request can crash the server or reach a byte outside the served folder.
import { createHash } from 'node:crypto';
import { constants as FS, existsSync, readFileSync } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as ZLIB, gzip } from 'node:zlib';
import { lookup } from 'mrmime';
import Negotiator from 'negotiator';
import { headersFor, parseHeaders } from './headers.mjs';
import { builtOrigin } from './site-origin.mjs';

/** What Netlify and Cloudflare Pages send where `_headers` sets no Cache-Control; docs/nginx.conf does the same. */
export const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
/** Error responses, the 404 page among them, are never stored. */
export const ERROR_CACHE = 'no-store';
export const ALLOWED_METHODS = 'GET, HEAD';

/** The types compressed on the way out: the same as docs/nginx.conf's gzip_types. */
const TEXT = /^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json|wasm)\b|image\/svg\+xml)/;

const REASONS = { 400: 'Bad request', 404: 'Not found', 405: 'Method not allowed', 412: 'Precondition failed', 500: 'Server error' };

/**
 * Reads a request target ("/a/b/?q=1") as a path inside the site, or says which error answers it:
 * 400 for a target that is not a path or is badly percent-encoded, 404 for anything that could name a
 * file outside the site or one it keeps private (dot segments, hidden files, backslashes, `_headers`).
 * @returns {{ path: string, query: string } | { status: 400 | 404 }}
 */
export function readTarget(target) {
  if (!target.startsWith('/')) return { status: 400 };
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt + 1);
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return { status: 400 };
  const segments = path.split('/').slice(1);
  // Only the last segment may be empty (a trailing slash); no segment may be hidden or hold a backslash.
  const unsafe = segments.some((s, i) => (s === '' && i < segments.length - 1) || s.startsWith('.') || s.includes('\\'));
  if (unsafe || path === '/_headers') return { status: 404 };
  return { path, query };
}

/** A checked path written back as a URL path, for a redirect's Location. */
const encodePath = (path) => encodeURI(path).replace(/[?#]/g, encodeURIComponent);
/** A query kept as sent, its bytes outside printable ASCII percent-encoded. */
const encodeQuery = (query) => query.replace(/[^\x21-\x7e]/g, encodeURIComponent);

/** Compressed once per file version, at the highest levels (what `npm run bench` and the page-weight budget measure). */
const [brotli, gzipped] = [promisify(brotliCompress), promisify(gzip)];
const ENCODERS = {
  br: (body) => brotli(body, { params: { [ZLIB.BROTLI_PARAM_QUALITY]: 11, [ZLIB.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipped(body, { level: 9 }),
};
/** Preferred in this order where a client accepts several equally. */
const ENCODINGS = ['br', 'gzip', 'identity'];
/** What the cache of files and their compressed bodies may hold, in bytes. */
const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * @typedef {{ body: Buffer, type: string, etag: string, modified: number, variants: Map<string, Promise<Buffer | undefined>>, count: (bytes: number) => void }} Loaded
 * A file read whole: its bytes, type, ETag (from its content), mtime in whole seconds, its compressed
 * bodies as asked for, and how to count their bytes in the cache.
 */

/** An HTTP-date (RFC 9110 §5.6.7, any of its three forms) in milliseconds, or undefined for anything else. */
function httpDate(value) {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const fixed = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text);
  const rfc850 = /^[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/.test(text);
  const asctime = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/.test(text);
  if (!fixed && !rfc850 && !asctime) return undefined;
  const ms = Date.parse(asctime ? `${text} GMT` : text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Whether an If-Match / If-None-Match value names `etag`: `*` names any; weak comparison ignores W/ (§8.8.3.2). */
function names(list, etag, weak) {
  if (list.trim() === '*') return true;
  return [...list.matchAll(/(W\/)?("[^"]*")/g)].some(([, w, tag]) => tag === etag && (weak || !w));
}

/**
 * The status a conditional GET or HEAD earns (RFC 9110 §13.2.2): 412 when If-Match (or, without it,
 * If-Unmodified-Since) fails; 304 when If-None-Match names the ETag (or, without it, nothing changed
 * since If-Modified-Since); otherwise 200. The `fresh` package evaluates If-Modified-Since beside a
 * matching If-None-Match, which the RFC says to ignore, hence these few lines.
 */
function conditionalStatus(headers, { etag, modified }) {
  const ifMatch = headers['if-match'];
  const unmodifiedSince = httpDate(headers['if-unmodified-since']);
  if (ifMatch !== undefined ? !names(ifMatch, etag, false) : unmodifiedSince !== undefined && modified > unmodifiedSince) return 412;
  const ifNoneMatch = headers['if-none-match'];
  const modifiedSince = httpDate(headers['if-modified-since']);
  if (ifNoneMatch !== undefined ? names(ifNoneMatch, etag, true) : modifiedSince !== undefined && modified <= modifiedSince) return 304;
  return 200;
}

/** The bytes of a regular file opened without following a symlink, or undefined if it is anything else. */
async function readRegular(file, expected) {
  let handle;
  try {
    handle = await open(file, FS.O_RDONLY | FS.O_NOFOLLOW);
    const stat = await handle.stat();
    if (!stat.isFile() || stat.ino !== expected.ino || stat.dev !== expected.dev) return undefined;
    return await handle.readFile();
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/**
 * Serves `root` on 127.0.0.1 with the response headers its `_headers` file gives, as a static host would.
 * Resolves to { url, close }.
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  const rulesFile = join(dir, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
  const files = fileCache(CACHE_BYTES);

  /** Headers `_headers` gives a path, with the hosts' default caching where it sets none. */
  const siteHeaders = (path) => ({ 'Cache-Control': HOST_DEFAULT_CACHE, ...headersFor(rules, path) });

  /**
   * The file a URL path names: `/a/` is a/index.html, `/a/b.txt` is that file, and nothing else (no
   * `.html` added; a trailing slash after a file is not found, as in nginx and Apache). Every step is
   * looked at without following it, so a symlink anywhere on the way is not found; a folder named
   * without its slash is a redirect.
   * @returns {Promise<{ file: string, stat: import('node:fs').Stats } | 'redirect' | undefined>}
   */
  async function locate(path) {
    const segments = path.split('/').slice(1);
    const names = segments.at(-1) === '' ? [...segments.slice(0, -1), 'index.html'] : segments;
    let file = dir;
    let stat;
    for (const name of names) {
      file = join(file, name);
      stat = await lstat(file).catch(() => undefined);
      if (!stat || stat.isSymbolicLink()) return undefined;
    }
    if (stat?.isDirectory()) return (await lstat(join(file, 'index.html')).catch(() => undefined))?.isFile() ? 'redirect' : undefined;
    if (!stat?.isFile()) return undefined;
    // Whatever the steps above could miss, nothing outside the folder's real path is served.
    const [real, realRoot] = await Promise.all([realpath(file), realpath(dir)]);
    return real.startsWith(realRoot + sep) ? { file, stat } : undefined;
  }

  /** `_headers`, and 404.html (only ever the body of a 404), however a request names them (case, links). */
  async function isPrivate(stat) {
    const own = await Promise.all(['_headers', '404.html'].map((name) => lstat(join(dir, name)).catch(() => undefined)));
    return own.some((s) => s?.ino === stat.ino && s.dev === stat.dev);
  }

  /** The 404 page, found and read like any other file, or undefined. */
  async function notFoundPage() {
    const found = await locate('/404.html');
    return found && found !== 'redirect' ? files.load(found.file, found.stat) : undefined;
  }

  async function fail(req, res, status) {
    const page = status === 404 ? await notFoundPage().catch(() => undefined) : undefined;
    const chosen = page ? await files.choose(req, page) : undefined;
    const body = chosen?.body ?? Buffer.from(`${REASONS[status]}\n`);
    if (res.headersSent) return void res.destroy();
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.writeHead(status, {
      ...siteHeaders('/404.html'),
      'Cache-Control': ERROR_CACHE,
      'Content-Type': page ? page.type : 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      ...chosen?.headers,
      ...(status === 405 ? { Allow: ALLOWED_METHODS } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function route(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(req, res, 405);
    const target = readTarget(req.url ?? '');
    if ('status' in target) return fail(req, res, target.status);
    const { path, query } = target;
    const found = await locate(path);
    // A folder without its trailing slash redirects, as on any static host; the Location is a path here.
    if (found === 'redirect' && !path.endsWith('/')) {
      res.writeHead(301, { ...siteHeaders(path), Location: `${encodePath(path)}/${query ? `?${encodeQuery(query)}` : ''}` });
      return res.end();
    }
    if (!found || found === 'redirect' || (await isPrivate(found.stat))) return fail(req, res, 404);
    const loaded = await files.load(found.file, found.stat);
    if (!loaded) return fail(req, res, 404);
    // Ranges are not served (the site has no media to seek in): every answer is the whole file.
    const { body, etag, headers } = await files.choose(req, loaded);
    const validators = { ETag: etag, 'Last-Modified': new Date(loaded.modified).toUTCString(), ...headers };
    const status = conditionalStatus(req.headers, { etag, modified: loaded.modified });
    if (status === 412) return fail(req, res, 412);
    if (status === 304) return void res.writeHead(304, { ...siteHeaders(path), ...validators }).end();
    res.writeHead(200, { ...siteHeaders(path), 'Content-Type': loaded.type, 'Content-Length': body.length, ...validators });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      // Plain text, reading nothing: whatever failed is not asked again.
      if (res.headersSent) return void res.destroy();
      const body = `${REASONS[500]}\n`;
      res.writeHead(500, { ...siteHeaders('/404.html'), 'Cache-Control': ERROR_CACHE, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    }).catch(() => res.destroy());
  });
  // Node hangs up on CONNECT unless someone answers it: refuse it like any other method.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(`HTTP/1.1 405 ${REASONS[405]}\r\nAllow: ${ALLOWED_METHODS}\r\nCache-Control: ${ERROR_CACHE}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  });
  return new Promise((ok, fault) => {
    server.once('error', fault);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      ok({
        url: `http://${host}:${actualPort}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * Files read whole and compressed once per version (device, inode, size, times), so a burst of requests
 * for one page costs one read and one compression; the least recently used are dropped past `limit` bytes.
 */
function fileCache(limit) {
  /** @type {Map<string, { stamp: string, bytes: number, loaded: Promise<Loaded | undefined> }>} */
  const entries = new Map();
  let total = 0;
  const count = (key, entry, bytes) => {
    if (entries.get(key) !== entry) return;
    entry.bytes += bytes;
    total += bytes;
    for (const [oldKey, old] of entries) {
      if (total <= limit) break;
      entries.delete(oldKey);
      total -= old.bytes;
    }
  };

  /** @returns {Promise<Loaded | undefined>} */
  function load(file, stat) {
    const key = `${stat.dev}:${stat.ino}`;
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      if (hit.stamp === stamp) return (entries.set(key, hit), hit.loaded);
      total -= hit.bytes;
    }
    const entry = { stamp, bytes: 0, loaded: Promise.resolve(/** @type {Loaded | undefined} */ (undefined)) };
    entries.set(key, entry);
    entry.loaded = readRegular(file, stat).then((body) => {
      if (!body) {
        if (entries.get(key) === entry) entries.delete(key);
        return undefined;
      }
      count(key, entry, body.length);
      const type = lookup(file) ?? 'application/octet-stream';
      return {
        body,
        type: type === 'text/html' ? 'text/html; charset=utf-8' : type,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
        modified: Math.floor(stat.mtimeMs / 1000) * 1000,
        variants: new Map(),
        count: (bytes) => count(key, entry, bytes),
      };
    });
    return entry.loaded;
  }

  /**
   * The body to send for what the client accepts (RFC 9110 §12.5.3, via negotiator): text compressed,
   * once, where that makes it smaller. The ETag names the bytes sent, so it differs per encoding.
   * @param {import('node:http').IncomingMessage} req
   * @param {Loaded} loaded
   */
  async function choose(req, loaded) {
    const text = TEXT.test(loaded.type);
    const [best] = new Negotiator(req).encodings(ENCODINGS, { preferred: ENCODINGS });
    let body = loaded.body;
    if (text && (best === 'br' || best === 'gzip')) {
      let packing = loaded.variants.get(best);
      if (!packing) {
        packing = ENCODERS[best](loaded.body).then((packed) => (packed.length < loaded.body.length ? (loaded.count(packed.length), packed) : undefined));
        loaded.variants.set(best, packing);
      }
      body = (await packing) ?? loaded.body;
    }
    const encoded = body !== loaded.body;
    return {
      body,
      etag: encoded ? `${loaded.etag.slice(0, -1)}-${best}"` : loaded.etag,
      /** @type {Record<string, string>} */
      headers: { ...(text ? { Vary: 'Accept-Encoding' } : {}), ...(encoded ? { 'Content-Encoding': String(best) } : {}) },
    };
  }

  return { load, choose };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync('dist/index.html')) {
    console.error('There is no built site in dist/ yet: run `npm run build` first (or `npm start` to build and serve).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve({ port });
  console.log(`The explainer site is being served at ${url}/ (Ctrl+C to stop)`);
  // Links and shares carry the address the build was for: say so when that is not this one.
  const origin = builtOrigin();
  if (origin && origin !== url) console.log(`Its links and shares lead to ${origin}, the address it was built for (npm start builds for this one).`);
}
