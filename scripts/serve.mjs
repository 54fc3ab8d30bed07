// The static server behind `npm start`, `npm run preview` and the browser tests. sirv serves the files and
// compression compresses them as a CDN would; kept here is only what no library does: applying `_headers`
// the way the hosts do, and reading the request target strictly, so that no request can crash the server
// or reach a byte outside the served folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.mjs';
import { builtOrigin } from './site-origin.mjs';

/** What Netlify and Cloudflare Pages send where `_headers` sets no Cache-Control; docs/nginx.conf does the same. */
export const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
/** Error responses, the 404 page among them, are never stored. */
export const ERROR_CACHE = 'no-store';
export const ALLOWED_METHODS = 'GET, HEAD';

/** The types compressed on the way out: the same as docs/nginx.conf's gzip_types. */
const TEXT = /^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json|wasm)\b|image\/svg\+xml)/;

const REASONS = { 400: 'Bad request', 404: 'Not found', 405: 'Method not allowed', 500: 'Server error' };

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

/** A checked path written back as a URL path, so that sirv (which decodes once) finds exactly that file. */
const encodePath = (path) => encodeURI(path).replace(/[?#]/g, encodeURIComponent);
/** A query kept as sent, its bytes outside printable ASCII percent-encoded. */
const encodeQuery = (query) => query.replace(/[^\x21-\x7e]/g, encodeURIComponent);

function isDirectory(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
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
  // `dev` re-reads the folder on every request, so a rebuild shows without a restart.
  const files = sirv(dir, {
    dev: true,
    etag: true,
    extensions: ['html'],
    // sirv sends an empty type for extensions it does not know (Pagefind's index files), nginx this one.
    setHeaders: (res, pathname) => {
      if (extname(pathname) && !lookup(pathname)) res.setHeader('content-type', 'application/octet-stream');
    },
    onNoMatch: (req, res) => fail(req, res, 404),
  });
  // Text only (Pagefind's index and wasm come compressed already), brotli at its highest quality, as
  // `npm run bench` and the page-weight budget measure it.
  const compress = compression({
    threshold: 0,
    filter: (_req, res) => TEXT.test(String(res.getHeader('content-type'))),
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } },
  });

  /** Headers `_headers` gives a path, with the hosts' default caching where it sets none. */
  const siteHeaders = (path) => ({ 'Cache-Control': HOST_DEFAULT_CACHE, ...headersFor(rules, path) });

  function fail(req, res, status) {
    const page = join(dir, '404.html');
    const html = status === 404 && existsSync(page);
    const body = html ? readFileSync(page) : Buffer.from(`${REASONS[status]}\n`);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.writeHead(status, {
      ...siteHeaders('/404.html'),
      'Cache-Control': ERROR_CACHE,
      'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      ...(status === 405 ? { Allow: ALLOWED_METHODS } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function route(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(req, res, 405);
    const target = readTarget(req.url ?? '');
    if ('status' in target) return fail(req, res, target.status);
    const { path, query } = target;
    // A directory without its trailing slash redirects, as on any static host; the Location is a path here.
    if (!path.endsWith('/') && isDirectory(join(dir, path)) && existsSync(join(dir, path, 'index.html'))) {
      res.writeHead(301, { ...siteHeaders(path), Location: `${encodePath(path)}/${query ? `?${encodeQuery(query)}` : ''}` });
      return res.end();
    }
    for (const [name, value] of Object.entries(siteHeaders(path))) res.setHeader(name, value);
    // Whole files only: sirv trusts a Range header's numbers, and the site has no media to seek in.
    delete req.headers.range;
    req.url = encodePath(path);
    return files(req, res);
  }

  const server = createServer((req, res) => {
    // A file that vanishes mid-response (a rebuild replacing dist/) ends that response, not the server.
    res.once('pipe', (source) => source.once('error', () => res.destroy()));
    try {
      compress(req, res, () => route(req, res));
    } catch {
      try {
        if (res.headersSent) res.destroy();
        else fail(req, res, 500);
      } catch {
        res.destroy();
      }
    }
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
