// The picture chat apps and social sites show beside a shared link: 1200x630 PNG, drawn at build
// time with satori (layout to SVG) and resvg (SVG to PNG), in a font that ships in the repo, by a
// process of its own (drawer.ts), which also draws the site's icons.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Font } from 'satori';
import { familiesFor, FONT_DIR, FONT_FAMILY, FONT_FILES, textWidth } from './fonts';
import type { CardRequest, DrawerData, DrawReply, DrawRequest, IconRequest } from './drawer.ts';
import { SHARE_IMAGE_SIZE } from './meta';
import { SITE } from '../../site';
import { hash, shareImageKey, type FileDigests } from '../build-cache';
import { cacheFolder, cachedImage, fileDigest, imageFile, isKept, markUsed } from '../build-cache-files';

export interface ShareCard {
  /** The line above the title: the explainer's headline on a section's card, or what kind of page this is. */
  kicker: string;
  /** The big line: the section's question, or the explainer's headline on its overview. */
  title: string;
  /** Small, under the title, in the site's kicker style: "Pressure tactics · 2 of 4". */
  label?: string;
  siteName: string;
  /** The card's language (BCP 47), so the renderer picks glyphs for it; the site's default if absent. */
  lang?: string;
}

/** The site's mark, drawn in the card's footer as on the favicon. */
export const LOGO_FILE = 'public/favicon.svg';

interface Assets {
  fonts: Font[];
  logo: string;
}

let assets: Assets | undefined;

/** Reads fonts and logo once per build, from the project root (where `astro build` and vitest run). */
export function loadAssets(root = process.cwd()): Assets {
  return (assets ??= {
    fonts: FONT_FILES.map(({ family, file, weight }) => ({ name: family, weight, style: 'normal' as const, data: readFileSync(resolve(root, FONT_DIR, file)) })),
    logo: `data:image/svg+xml;base64,${readFileSync(resolve(root, LOGO_FILE)).toString('base64')}`,
  });
}

// Colours from the site's light theme, with a dark footer band: the card keeps a visible edge
// on both light and dark chat backgrounds.
const PAPER = SITE.colors.paper;
const INK = '#1b1b1b';
const ACCENT = SITE.colors.accent;

/** The card body's padding left and right, in px. */
const SIDE = 72;
/** The width a line of the card's text has. */
const COLUMN = SHARE_IMAGE_SIZE.width - 2 * SIDE;
const TITLE_WEIGHT = 800;
/** The smallest size a title shrinks to for its longest word; a word wider still is broken. */
export const MIN_TITLE_SIZE = 40;
/** Room left beside a measured word for what the measure leaves out (kerning, rounding, overhang). */
const MEASURE_SLACK = 1.04;
/** Breaks a word no line can hold anywhere in it, the last resort after shrinking (CSS overflow-wrap). */
const BREAK_LONG_WORDS = { overflowWrap: 'break-word' } as const;

/**
 * Title size in px: as large as fits in about four lines, so it stays legible as a thumbnail, and no
 * larger than lets its longest word fit a line (measured in the card's font); down to MIN_TITLE_SIZE.
 */
export function titleSize(title: string): number {
  const n = title.length;
  const byLength = n <= 24 ? 96 : n <= 48 ? 80 : n <= 80 ? 66 : n <= 120 ? 56 : 48;
  const longest = title.split(/\s+/).reduce((widest, word) => Math.max(widest, textWidth(word, TITLE_WEIGHT)), 0);
  const fits = longest > 0 ? Math.floor(COLUMN / (longest * MEASURE_SLACK)) : byLength;
  return Math.max(MIN_TITLE_SIZE, Math.min(byLength, fits));
}

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; lang?: string; src?: string; width?: number; height?: number; children?: (Node | string)[] | Node | string };
}
const el = (type: string, style: Style, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The rows between the accent bar and the footer band, where a card's own text is. */
const BAR = 18;
const FOOTER = 96;
const BODY_HEIGHT = SHARE_IMAGE_SIZE.height - BAR - FOOTER;

/** A picture's root: its size, the paper behind it, the card's fonts and the language its glyphs are picked for. */
function picture(height: number, lang: string, children: Node[]): Node {
  const root = el('div', { width: SHARE_IMAGE_SIZE.width, height, display: 'flex', flexDirection: 'column', background: PAPER, fontFamily: FONT_FAMILY }, children);
  return { ...root, props: { ...root.props, lang } };
}

/** What a card says: the kicker, the title and the label, centred in the rows the bar and the footer leave. */
function cardBody(card: ShareCard): Node {
  return el(
    'div',
    { flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: `40px ${SIDE}px`, gap: 24 },
    [
      el(
        'div',
        { display: 'block', fontSize: 34, fontWeight: 700, color: INK, lineHeight: 1.25, lineClamp: 2, paddingLeft: 20, borderLeft: `6px solid ${ACCENT}`, ...BREAK_LONG_WORDS },
        card.kicker,
      ),
      el(
        'div',
        { display: 'block', fontSize: titleSize(card.title), fontWeight: TITLE_WEIGHT, color: INK, lineHeight: 1.08, letterSpacing: -1.5, lineClamp: 4, ...BREAK_LONG_WORDS },
        card.title,
      ),
      ...(card.label ? [el('div', { display: 'block', fontSize: 30, fontWeight: 700, color: ACCENT, lineClamp: 1, ...BREAK_LONG_WORDS }, card.label)] : []),
    ],
  );
}

/** The whole card around `body`: the accent bar above it, the footer band with the logo and the site's name below. */
function cardFrame({ siteName, lang = SITE.lang }: Pick<ShareCard, 'siteName' | 'lang'>, logo: string, body: Node): Node {
  return picture(SHARE_IMAGE_SIZE.height, lang, [
    el('div', { height: BAR, background: ACCENT, display: 'flex' }),
    body,
    el('div', { height: FOOTER, background: INK, color: PAPER, display: 'flex', alignItems: 'center', padding: `0 ${SIDE}px`, gap: 20 }, [
      { type: 'img', props: { src: logo, width: 48, height: 48, style: { width: 48, height: 48 } } },
      el('div', { display: 'flex', fontSize: 36, fontWeight: 800, letterSpacing: -0.5 }, siteName),
    ]),
  ]);
}

/** The card as the element tree satori lays out (React's element shape, without React). */
export function cardTree(card: ShareCard, logo: string): Node {
  return cardFrame(card, logo, cardBody(card));
}

/** The file Node runs as the drawing process. */
const DRAWER = 'src/lib/share/drawer.ts';

interface Drawer {
  process: ChildProcess;
  waiting: Map<number, { resolve: (drawn: Drawn) => void; reject: (error: Error) => void }>;
}
let drawer: Drawer | undefined;
let requests = 0;

/** Starts the drawing process; it holds this one open only while a card is being drawn. */
function startDrawer(root = process.cwd()): Drawer {
  const fonts = FONT_FILES.map(({ family, file, weight }) => ({ name: family, weight, path: resolve(root, FONT_DIR, file) }));
  // resvg's allocator (mimalloc) hands a freed 3 MB picture back to the system after 10 ms, so every card
  // faulted in fresh pages (a quarter of resvg's time); kept 250 ms, they are reused.
  const env = { ...process.env, MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '250' };
  // A young generation of 8 MB: with 2 MB the drawing spent 2.5 s of 1,100 cards collecting (each card's
  // layout outlives a small one); with V8's default the process held 0.55 GB instead of 0.35.
  const child = spawn(process.execPath, ['--max-semi-space-size=8', resolve(root, DRAWER), JSON.stringify({ fonts } satisfies DrawerData)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
    env,
  });
  const started: Drawer = { process: child, waiting: new Map() };
  const hold = (held: boolean) => {
    if (held) child.ref();
    else child.unref();
    if (held) child.channel?.ref();
    else child.channel?.unref();
  };
  const failAll = (error: Error) => {
    if (drawer === started) drawer = undefined;
    for (const { reject } of started.waiting.values()) reject(error);
    started.waiting.clear();
  };
  child.on('message', (reply: DrawReply) => {
    const waiting = started.waiting.get(reply.id);
    started.waiting.delete(reply.id);
    if (started.waiting.size === 0) hold(false);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply);
  });
  child.on('error', (error) => failAll(new Error(`share images cannot be drawn: ${error.message}`)));
  // Node before 22.18 cannot run a .ts file: say which Node draws the cards, not just that it stopped.
  child.on('exit', (code) => failAll(new Error(`the share image drawing process stopped (exit code ${code}; Node runs ${DRAWER} as TypeScript from version 22.18, and the npm scripts use Node 24)`)));
  hold(false);
  return started;
}

/** What the drawing process answers: the PNG, or the digest of the file it wrote. */
type Drawn = Exclude<DrawReply, { error: string }>;

/** Sends a drawing to the drawing process, started on first use. */
function draw(request: Omit<CardRequest, 'id'> | Omit<IconRequest, 'id'>): Promise<Drawn> {
  const { process: child, waiting } = (drawer ??= startDrawer());
  const id = requests++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    child.ref();
    child.channel?.ref();
    child.send({ ...request, id } as DrawRequest);
  });
}

/** What the drawing process is sent for a card: its frame, the same on every card of a language and drawn once there, and its body. */
function cardRequest(card: ShareCard): Omit<CardRequest, 'id'> {
  const frame = cardFrame(card, loadAssets().logo, el('div', { flex: 1 }));
  const body = picture(BODY_HEIGHT, card.lang ?? SITE.lang, [cardBody(card)]);
  // With the ellipsis a clamped line ends in.
  const families = familiesFor(`${card.kicker} ${card.title} ${card.label ?? ''}…`);
  return { kind: 'card', frame, body, families, ...SHARE_IMAGE_SIZE, bodyTop: BAR, bodyHeight: BODY_HEIGHT };
}

/** The card's PNG: a blank body of the card's size in its frame, the body drawn on its own rows. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  return pngOf(await draw(cardRequest(card)));
}

function pngOf(drawn: Drawn): Uint8Array<ArrayBuffer> {
  if ('png' in drawn) return drawn.png;
  throw new Error('the drawing process wrote the image to a file instead of sending it');
}

/** Renders an SVG (the favicon) as a square PNG icon. */
export async function renderIcon(svg: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  return pngOf(await draw({ kind: 'icon', svg, size }));
}

/** The code that draws a card, read as text: a change to it draws every image again. */
const DRAWING_CODE = ['src/lib/share/image.ts', 'src/lib/share/fonts.ts', DRAWER, 'src/lib/share/png.ts'];

let assetsDigest: string | undefined;

/** A digest of everything a card is drawn with besides its text: fonts, logo, size, colours and the drawing code. */
function drawnWith(root = process.cwd()): string {
  if (assetsDigest) return assetsDigest;
  const { fonts, logo } = loadAssets(root);
  const code = DRAWING_CODE.map((file) => {
    try {
      return readFileSync(resolve(root, file), 'utf8');
    } catch {
      return '';
    }
  });
  assetsDigest = hash([...fonts.map((f) => `${f.name} ${f.weight} ${hash(new Uint8Array(f.data))}`), hash(logo), JSON.stringify(SHARE_IMAGE_SIZE), JSON.stringify(SITE), ...code].join('\n'));
  return assetsDigest;
}

/** The card's image from the build cache (.build-cache/share-images), drawn only when nothing it draws was drawn before (`astro dev`). */
export function cachedShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  return cachedImage(shareImageKey(card, drawnWith()), () => renderShareImage(card));
}

// A build draws every image its cache lacks as soon as it knows the card, from when the content check has
// read an explainer (drawAheadOf) to when the routes are listed (imageRoutes): the drawing process writes
// each into the cache folder, and src/integrations/share-images.ts copies them into the built site last.

/** Images drawn into the cache folder this build (or being drawn), by key. */
const drawing = new Map<string, Promise<Drawn>>();

/** Starts drawing each card whose image the cache lacks (every one, when the build is forced). */
function drawAhead(cards: readonly { key: string; card: ShareCard }[]): void {
  const folder = join(cacheFolder(), 'share-images');
  for (const { key, card } of cards) {
    if (drawing.has(key) || isKept('share-images', imageFile(key))) continue;
    const drawn = draw({ ...cardRequest(card), file: join(folder, imageFile(key)) });
    // A failure is reported by what waits for the image (writeListed), not as an unhandled rejection now.
    drawn.catch(() => undefined);
    drawing.set(key, drawn);
  }
}

/** Starts drawing the share cards an explainer's pages will have, as soon as its text is known (the content check). */
export function drawAheadOf(cards: readonly ShareCard[]): void {
  const assets = drawnWith();
  drawAhead(cards.map((card) => ({ key: shareImageKey(card, assets), card })));
}

/** Where a build's images wait for src/integrations/share-images.ts, which sets it up when a build starts:
 * Vite bundles the routes' copy of this module and the config loads its own, so the two meet at this
 * global, in the one process. Without it (`astro dev`) every image is a route of its own. */
export const BUILD_IMAGES = Symbol.for('explainer.share-images');

/** What a build's image routes hand the integration, whose copy of this module draws and writes them. */
export interface BuildImages {
  /** Lists images by their path in the site, with their cards, and starts drawing those the cache lacks. */
  list: (images: readonly { path: string; card: ShareCard }[]) => void;
}

/** The images this build lists, by their path in the site. */
const listed = new Map<string, { key: string; card: ShareCard }>();

/** Lists a build's images (BuildImages['list']). */
export function listImages(images: readonly { path: string; card: ShareCard }[]): void {
  const assets = drawnWith();
  const keyed = images.map(({ path, card }) => ({ path, key: shareImageKey(card, assets), card }));
  for (const { path, key, card } of keyed) listed.set(path, { key, card });
  drawAhead(keyed);
}

/** Each kept image's file digest, by key (the drawing process tells it when it writes one): dist.changed needs it, and 11,000 images are 0.5 GB to read. */
const DIGESTS = 'share-image-digests.json';

function keptDigests(folder: string): Record<string, string> {
  try {
    // A forced build reads none of them: it draws every image again, and the process tells each digest.
    const record: unknown = JSON.parse(readFileSync(join(folder, DIGESTS), 'utf8'));
    return record && typeof record === 'object' ? (record as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Puts each listed image in the built site at `dir`, from the cache folder, once it is drawn; the digest of
 * each file written, by its path in the site, as builtFiles gives them.
 */
export async function writeListed(dir: string): Promise<FileDigests> {
  const folder = cacheFolder();
  const images = join(folder, 'share-images');
  const known = keptDigests(folder);
  const digests: Record<string, string> = {};
  const written: FileDigests = {};
  const copies: { from: string; to: string }[] = [];
  const folders = new Set<string>();
  for (const [path, { key, card }] of listed) {
    // One drawn this build is waited for; one the cache held before is marked as used; any other is drawn now.
    let digest: string | undefined;
    if (!drawing.has(key) && isKept('share-images', imageFile(key))) {
      markUsed('share-images', imageFile(key));
      digest = known[key];
    } else {
      drawAhead([{ key, card }]);
      const drawn = await drawing.get(key)!;
      if ('digest' in drawn) digest = drawn.digest;
    }
    // A copy, not a link: a step after the build that rewrites the site's files must not rewrite the cache.
    const from = join(images, imageFile(key));
    const to = join(dir, path);
    if (!folders.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    folders.add(dirname(to));
    if (digest) copies.push({ from, to });
    else {
      const bytes = readFileSync(from);
      writeFileSync(to, bytes);
      digest = fileDigest(bytes);
    }
    digests[key] = written[path.replace(/^\//, '')] = digest;
  }
  // The copies on libuv's threads, several at once (11,000 one after another took 1.5 s).
  const next = copies.values();
  const copier = async () => {
    for (const { from, to } of next) await copyFile(from, to);
  };
  await Promise.all(Array.from({ length: 16 }, copier));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, DIGESTS), JSON.stringify(digests));
  return written;
}

/**
 * An image route's getStaticPaths. `astro dev` draws each image when a reader asks for it. A build (as
 * BUILD_IMAGES tells) lists none: a route an image cost the thread rendering pages about 2.7 ms and
 * several copies of its bytes (30 s at 10,000 sections). Instead each image is handed to the
 * integration's list (`path` gives its place in the site), drawn ahead, and copied in once the site is built.
 */
export function imageRoutes<T extends { params: Record<string, string>; props: unknown }>(
  paths: T[],
  card: (props: T['props']) => ShareCard,
  path: (props: T['props']) => string,
): T[] {
  const build = (globalThis as Record<symbol, BuildImages | undefined>)[BUILD_IMAGES];
  if (!build) return paths;
  build.list(paths.map(({ props }) => ({ path: path(props), card: card(props) })));
  return [];
}
