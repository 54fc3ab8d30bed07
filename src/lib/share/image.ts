// The picture chat apps and social sites show beside a shared link: 1200x630 PNG, drawn at build
// time with satori (layout to SVG) and resvg (SVG to PNG), in a font that ships in the repo, on a
// thread of its own (draw-worker.ts), which also draws the site's icons.
import { copyFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Font } from 'satori';
import { FONT_DIR, FONT_FAMILY, FONT_FILES, textWidth } from './fonts';
import type { CardRequest, DrawerData, DrawReply, DrawRequest, IconRequest } from './draw-worker.ts';
import { SHARE_IMAGE_SIZE } from './meta';
import { SITE } from '../../site';
import { hash, shareImageKey } from '../build-cache';
import { cacheFolder, cachedImage, imageFile, isKept, markUsed, readKept } from '../build-cache-files';

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

let assets: Promise<Assets> | undefined;

/** Reads fonts and logo once per build, from the project root (where `astro build` and vitest run). */
export function loadAssets(root = process.cwd()): Promise<Assets> {
  return (assets ??= (async (): Promise<Assets> => ({
    fonts: await Promise.all(
      FONT_FILES.map(async ({ family, file, weight }) => ({
        name: family,
        weight,
        style: 'normal' as const,
        data: await readFile(resolve(root, FONT_DIR, file)),
      })),
    ),
    logo: `data:image/svg+xml;base64,${(await readFile(resolve(root, LOGO_FILE))).toString('base64')}`,
  }))());
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

/** The file Node runs as the drawing thread. */
const DRAWER = 'src/lib/share/draw-worker.ts';

interface Drawer {
  worker: Worker;
  waiting: Map<number, { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>;
}
let drawer: Drawer | undefined;
let requests = 0;

/** Starts the drawing thread; it holds the process open only while a card is being drawn. */
function startDrawer(root = process.cwd()): Drawer {
  const fonts = FONT_FILES.map(({ family, file, weight }) => ({ name: family, weight, path: resolve(root, FONT_DIR, file) }));
  // resvg's allocator (mimalloc) hands a freed 3 MB picture back to the system after 10 ms, so every card
  // faulted in fresh pages (a quarter of resvg's time); kept 250 ms, they are reused. Read when the thread
  // loads resvg, the first to in a build.
  process.env.MIMALLOC_PURGE_DELAY ??= '250';
  const worker = new Worker(resolve(root, DRAWER), { workerData: { fonts } satisfies DrawerData });
  const started: Drawer = { worker, waiting: new Map() };
  const failAll = (error: Error) => {
    if (drawer === started) drawer = undefined;
    for (const { reject } of started.waiting.values()) reject(error);
    started.waiting.clear();
  };
  worker.on('message', (reply: DrawReply) => {
    const waiting = started.waiting.get(reply.id);
    started.waiting.delete(reply.id);
    if (started.waiting.size === 0) worker.unref();
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.png);
  });
  worker.on('error', (error: Error & { code?: string }) => {
    // Node before 22.18 cannot run a .ts file: say which Node draws the cards, not just that it failed.
    const hint = error.code === 'ERR_UNKNOWN_FILE_EXTENSION' ? ` (Node runs ${DRAWER} as TypeScript from version 22.18; the npm scripts use Node 24)` : '';
    failAll(new Error(`share images cannot be drawn: ${error.message}${hint}`));
  });
  worker.on('exit', (code) => failAll(new Error(`the share image drawing thread stopped (exit code ${code})`)));
  worker.unref();
  return started;
}

/** Sends a drawing to the drawing thread, started on first use. */
function draw(request: Omit<CardRequest, 'id'> | Omit<IconRequest, 'id'>): Promise<Uint8Array<ArrayBuffer>> {
  const { worker, waiting } = (drawer ??= startDrawer());
  const id = requests++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ ...request, id } as DrawRequest);
  });
}

/**
 * The card's PNG. Its frame is the same on every card of a language, so the thread draws it once and
 * each card only its body: a blank body of the same size in the frame, the body on its own rows.
 */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const { logo } = await loadAssets();
  const frame = cardFrame(card, logo, el('div', { flex: 1 }));
  const body = picture(BODY_HEIGHT, card.lang ?? SITE.lang, [cardBody(card)]);
  return draw({ kind: 'card', frame, body, ...SHARE_IMAGE_SIZE, bodyTop: BAR, bodyHeight: BODY_HEIGHT });
}

/** Renders an SVG (the favicon) as a square PNG icon. */
export function renderIcon(svg: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  return draw({ kind: 'icon', svg, size });
}

/** The code that draws a card, read as text: a change to it draws every image again. */
const DRAWING_CODE = ['src/lib/share/image.ts', 'src/lib/share/fonts.ts', DRAWER, 'src/lib/share/png.ts'];

let assetsDigest: Promise<string> | undefined;

/** A digest of everything a card is drawn with besides its text: fonts, logo, size, colours and the drawing code. */
function drawnWith(root = process.cwd()): Promise<string> {
  return (assetsDigest ??= (async () => {
    const { fonts, logo } = await loadAssets(root);
    const code = await Promise.all(DRAWING_CODE.map((file) => readFile(resolve(root, file), 'utf8').catch(() => '')));
    return hash([...fonts.map((f) => `${f.name} ${f.weight} ${hash(new Uint8Array(f.data))}`), hash(logo), JSON.stringify(SHARE_IMAGE_SIZE), JSON.stringify(SITE), ...code].join('\n'));
  })());
}

/** The card's image from the build cache (.build-cache/share-images), drawn only when nothing it draws was drawn before. */
export async function cachedShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  return imageOf(shareImageKey(card, await drawnWith()), card);
}

// Images the cache lacks are drawn ahead, from when their routes are listed, on the drawing thread while
// this one renders pages: AHEAD at a time, so that thread always has the next. One asked for before it
// has been started is drawn then; one being drawn is waited for.
const AHEAD = 4;
/** Keys of images to draw ahead, with their cards, in the order the routes listed them. */
const queued = new Map<string, ShareCard>();
const drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
/** Keys this build drew: read back from the cache folder, even in a forced build, which reads nothing drawn before. */
const drawn = new Set<string>();
let runners = 0;

function imageOf(key: string, card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const started = drawing.get(key);
  if (started) return started;
  queued.delete(key);
  const again = drawn.has(key) ? readKept('share-images', imageFile(key), undefined, false) : undefined;
  if (again) return Promise.resolve(Uint8Array.from(again));
  const image = cachedImage(key, () => renderShareImage(card));
  drawing.set(key, image);
  // Once drawn it is read from the cache folder: a build holds no more than AHEAD images in memory.
  image.then(() => drawn.add(key), () => undefined).finally(() => drawing.delete(key));
  return image;
}

/** Queues the images of listed routes that the cache lacks, and starts drawing them. */
function drawAhead(images: readonly { key: string; card: ShareCard }[]): void {
  for (const { key, card } of images) if (!isKept('share-images', imageFile(key))) queued.set(key, card);
  for (; runners < AHEAD && queued.size > 0; runners++) {
    void (async () => {
      // A failure is left to what asks for the image next (writeListed), which reports it.
      for (const [key, card] of queued) await imageOf(key, card).catch(() => undefined);
      runners--;
    })();
  }
}

/** Where a build's images wait for src/integrations/share-images.ts, which sets it up when a build starts:
 * Vite bundles the routes' copy of this module and the config loads its own, so the two meet at this
 * global, in the one process. Without it (`astro dev`) every image is a route of its own. */
export const BUILD_IMAGES = Symbol.for('explainer.share-images');

/** What a build's image routes hand the integration that writes their files. */
export interface BuildImages {
  /** Writes every listed image into the built site at `dir`, drawing those the cache lacks; how many. */
  write?: (dir: string) => Promise<number>;
}

/** The images this build lists, by their path in the site. */
const listed = new Map<string, { key: string; card: ShareCard }>();

/** Puts each listed image in the built site, copied from the cache folder. */
async function writeListed(dir: string): Promise<number> {
  const images = join(cacheFolder(), 'share-images');
  for (const [path, { key, card }] of listed) {
    // One the cache held before is only marked as used; one drawn this build (every one, when it is
    // forced) is in the cache already; any other is drawn now, or waited for.
    if (isKept('share-images', imageFile(key))) markUsed('share-images', imageFile(key));
    else if (!drawn.has(key)) await imageOf(key, card);
    // A copy, not a link: a step after the build that rewrites the site's files must not rewrite the cache.
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(images, imageFile(key)), file);
  }
  return listed.size;
}

/**
 * An image route's getStaticPaths. `astro dev` draws each image when a reader asks for it. A build (as
 * BUILD_IMAGES tells) lists none: a route an image cost the thread rendering pages about 2.7 ms and
 * several copies of its bytes (30 s at 10,000 sections), while the drawing thread waited. Instead each
 * image is queued now for the drawing thread, which draws it while the pages render, and
 * src/integrations/share-images.ts copies the files into the built site once the pages are done (`path`
 * gives each one's place in the site).
 */
export async function imageRoutes<T extends { params: Record<string, string>; props: unknown }>(
  paths: T[],
  card: (props: T['props']) => ShareCard,
  path: (props: T['props']) => string,
): Promise<T[]> {
  const build = (globalThis as Record<symbol, BuildImages | undefined>)[BUILD_IMAGES];
  if (!build) return paths;
  const assets = await drawnWith();
  const images = paths.map(({ props }) => {
    const drawnCard = card(props);
    return { key: shareImageKey(drawnCard, assets), card: drawnCard, path: path(props) };
  });
  for (const { key, card, path } of images) listed.set(path, { key, card });
  drawAhead(images);
  build.write = writeListed;
  return [];
}
