// A small static server for the built site: `npm start` uses it, and so do the browser tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBrotliCompress, createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.mjs';

// Compressed on the fly, as any CDN does, so measured transfer sizes are what readers download.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Resolves a URL path to a file in `root`, as static hosts do: /a/ -> /a/index.html. */
export function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0].split('#')[0]));
  const file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/**
 * Serves `root` on 127.0.0.1 with the response headers its `_headers` file gives, as a static host would.
 * Resolves to { url, close }.
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  const rulesFile = join(dir, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/_headers') {
      res.writeHead(404).end('Not found');
      return;
    }
    // A directory URL without its trailing slash redirects, as on any static host.
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(dir, url.pathname, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = resolveFile(dir, url.pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(dir, '404.html');
    if (!existsSync(body)) {
      res.writeHead(404).end('Not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(extname(body)) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    res.writeHead(status, {
      'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : { 'content-length': statSync(body).size }),
      ...headersFor(rules, url.pathname),
    });
    if (req.method === 'HEAD') res.end();
    else if (encoding === 'br') createReadStream(body).pipe(createBrotliCompress()).pipe(res);
    else if (encoding === 'gzip') createReadStream(body).pipe(createGzip()).pipe(res);
    else createReadStream(body).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      ok({
        url: `http://${host}:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve({ port });
  console.log(`The explainer site is being served at ${url}/ (Ctrl+C to stop)`);
}
