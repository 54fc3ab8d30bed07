// Rules about links and images in section bodies: each leads to a page of this site (and an anchor it
// has), a file in public/, or an allowed scheme; checked once every explainer's pages are known.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addressFlaw, INLINE_IMAGE, siteTarget } from '../site-paths';
import type { BodyReference } from './body-rules';

/** An anchor set, or 'any' where the check does not know a page's ids. */
export type Anchors = Set<string> | 'any';

/** Every page of the site the check knows, by path, with its anchors. */
export type SitePages = Map<string, Anchors>;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const INVALID = 'is not a valid address: check each % (a % starts an escape such as %20) and the characters around it';

/** Files the build writes besides pages (the sitemap integration's, not routes of src/pages). */
const BUILD_FILES = ['/sitemap-index.xml', '/sitemap-0.xml'];

/** A file the site serves that is not an HTML page (/rss.xml, /robots.txt, /x/og.png), as a pattern. */
export interface GeneratedFile {
  pattern: RegExp;
  /** Set when the route sits under an explainer's or section's page, which must then exist. */
  underPage: boolean;
}

/**
 * The non-HTML files src/pages makes: every endpoint whose name keeps an extension (rss.xml.ts,
 * [explainer]/og.png.ts), with its [params] as wildcards, and the sitemap's files.
 */
export function generatedFiles(pagesDir: string): GeneratedFile[] {
  const files: GeneratedFile[] = BUILD_FILES.map((path) => ({ pattern: new RegExp(`^${path.replace(/\./g, '\\.')}$`), underPage: false }));
  let names: string[] = [];
  try {
    names = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return files;
  }
  for (const name of names) {
    const file = name.replaceAll('\\', '/');
    const route = file.replace(/\.(ts|js|mjs)$/, '');
    // Only endpoints: a page (.astro) or an endpoint without an extension of its own makes HTML.
    if (route === file || !/\.[a-z0-9]+$/i.test(route)) continue;
    const source = route
      .split(/(\[[^\]]+\])/)
      .map((part) => (part.startsWith('[') ? (part.startsWith('[...') ? '.+' : '[^/]+') : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
      .join('');
    files.push({ pattern: new RegExp(`^/${source}$`), underPage: /\[(explainer|section)\]/.test(route) });
  }
  return files;
}

/** Whether a link or image in a body leads somewhere the build publishes; a message if not. */
export function checkReference(ref: BodyReference, page: string, pages: SitePages, publicDir: string, generated: readonly GeneratedFile[] = []): string | undefined {
  const { url } = ref;
  const named = ref.kind === 'link' ? `links to "${url.slice(0, 80)}"` : `image "${url.slice(0, 80)}"`;
  // Before anything else: a browser would read these characters differently from any check below
  // (an inline data: image has no path to misread).
  const flaw = addressFlaw(url);
  if (flaw) return `${named} ${flaw}`;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (ref.kind !== 'link') {
    // An image written into the page itself is published with it (the CSP allows data: images).
    if (INLINE_IMAGE.test(url)) return undefined;
    if (scheme || url.startsWith('//')) return `image "${url}" is on another site, which the site’s security policy blocks: put the file in public/ and write its path, such as /photos/name.jpg`;
    const target = siteTarget(url, page);
    if (!target) return `${named} ${INVALID}`;
    if (!isFile(join(publicDir, target.path))) return `image "${url}" is not a file in ${publicDir}/: add it there, or correct the path`;
    return undefined;
  }
  if (scheme === 'http' || scheme === 'https') {
    return URL.canParse(url) ? undefined : `links to "${url}", which is not a valid web address`;
  }
  if (scheme === 'mailto') return undefined;
  if (scheme) return `links to "${url.slice(0, 40)}": only https://, http:// and mailto: links, and pages of this site, are allowed`;
  if (url.startsWith('//')) return `links to "${url}": write the full address, starting with https://`;
  const target = siteTarget(url, page);
  if (!target) return `${named} ${INVALID}`;
  const path = /\/$|\.[a-z0-9]+$/i.test(target.path) ? target.path : `${target.path}/`;
  const anchors = pages.get(path);
  if (!anchors && isFile(join(publicDir, path))) return undefined;
  if (!anchors && generated.some((g) => g.pattern.test(path) && (!g.underPage || pages.has(path.replace(/[^/]+$/, ''))))) return undefined;
  if (!anchors) return `links to ${url}, which is not a page of this site`;
  const { hash } = target;
  if (hash && anchors !== 'any' && !anchors.has(hash)) {
    const list = [...anchors];
    return `links to ${url}, but ${path} has no anchor "${hash}"${list.length ? ` (anchors there: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ' …' : ''})` : ''}`;
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
