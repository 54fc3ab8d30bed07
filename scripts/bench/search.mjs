// What dist/pagefind weighs, by part of search. Keystroke to first result and the bytes a first search
// downloads are measured at scale, beside Pagefind's Default UI (scaling.mjs, keystroke.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { kb } from './table.mjs';

/** Which part of search a file under /pagefind/ (or our own chunk) belongs to. */
export function searchPart(path) {
  if (/^\/_astro\/search-ui[.-]/.test(path)) return 'UI (the site\'s search script and styles)';
  if (path.startsWith('/search-data/')) return 'search data (other spellings, browse list, spelling words)';
  if (/\/pagefind-ui\.(js|css)$/.test(path)) return 'UI (Default UI)';
  if (path.endsWith('/pagefind-highlight.js')) return 'highlight script (on pages opened from a result)';
  if (/pagefind(-worker)?\.js$|\/wasm\./.test(path)) return 'engine (script, worker, wasm)';
  if (path.startsWith('/pagefind/')) return 'index (entry, meta, chunks, filters, fragments)';
  return undefined;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The size of dist/pagefind on disk, and brotli-compressed where a host would compress it. */
export async function pagefindSize({ dist }) {
  const dir = join(dist, 'pagefind');
  const parts = new Map();
  for (const file of filesUnder(dir)) {
    const path = `/pagefind/${relative(dir, file).split('\\').join('/')}`;
    const part = searchPart(path) ?? 'other';
    const size = statSync(file).size;
    // Pagefind gzips its own index and wasm files; hosts compress only the text ones.
    const compressed = /\.(js|css|json)$/.test(file) ? brotliCompressSync(readFileSync(file)).length : size;
    const p = parts.get(part) ?? { files: 0, size: 0, compressed: 0 };
    p.files += 1;
    p.size += size;
    p.compressed += compressed;
    parts.set(part, p);
  }
  const rows = [...parts].map(([part, p]) => ({ part, files: p.files, 'on disk': kb(p.size), compressed: kb(p.compressed) }));
  const total = [...parts.values()].reduce((s, p) => ({ files: s.files + p.files, size: s.size + p.size, compressed: s.compressed + p.compressed }), { files: 0, size: 0, compressed: 0 });
  rows.push({ part: 'total', files: total.files, 'on disk': kb(total.size), compressed: kb(total.compressed) });
  return { title: 'Search: dist/pagefind', rows };
}
