// The process that draws share cards and icons: satori lays a card out as SVG, resvg rasterises it (on
// this process's libuv threads, while satori lays out the next) and png.ts encodes it, about 11 ms of work
// a card. It runs at the lowest priority, so the build's own threads always come first and the cards are
// drawn on whatever CPU the build leaves idle (a build starts drawing when the content check has read
// an explainer, long before its pages are rendered). A card's frame (accent bar, footer, logo, site name)
// is drawn once; each card draws only its body. Node runs this file as it is (types stripped), so it
// imports with extensions and only what Node can load.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { dirname } from 'node:path';
import satori, { type Font } from 'satori';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { RgbRows } from './png.ts';

/** What the process is started with (its one argument, as JSON): the card's fonts, by file. */
export interface DrawerData {
  fonts: { name: string; weight: NonNullable<Font['weight']>; path: string }[];
}
/** A share card: its frame (the whole card, its body left blank) and its body, laid out on their own. */
export interface CardRequest {
  id: number;
  kind: 'card';
  frame: unknown;
  body: unknown;
  /** The font families the body's text needs (fonts.ts, familiesFor); the frame is laid out with all. */
  families: string[];
  width: number;
  height: number;
  /** The rows the body covers: from `bodyTop`, `bodyHeight` of them, the card's full width. */
  bodyTop: number;
  bodyHeight: number;
  /** Where to write the PNG (whole, then renamed into place) instead of sending it back. */
  file?: string;
}
/** An SVG drawn as a square PNG icon, transparency kept. */
export interface IconRequest {
  id: number;
  kind: 'icon';
  svg: string;
  size: number;
}
export type DrawRequest = CardRequest | IconRequest;
/** The drawn PNG, or the digest of the file it was written to (a request with `file`), or why it could not be drawn. */
export type DrawReply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; digest: string } | { id: number; error: string };

/** Every thread the process has so far at the lowest priority; the threads it starts later inherit it. */
function yieldToTheBuild(): void {
  const lowest = constants.priority.PRIORITY_LOW;
  try {
    // Linux keeps a priority a thread: each one's, by its id.
    for (const thread of readdirSync('/proc/self/task')) setPriority(Number(thread), lowest);
  } catch {
    try {
      setPriority(lowest);
    } catch {
      // Drawn at normal priority: slower builds, the same cards.
    }
  }
}
yieldToTheBuild();

const { fonts: files } = JSON.parse(process.argv[2] ?? '{}') as DrawerData;
const fonts: Font[] = files.map(({ name, weight, path }) => ({ name, weight, style: 'normal', data: readFileSync(path) }));

/** The fonts of some families, one list for each set of them: satori keeps a list's parsed fonts. */
const fontLists = new Map<string, Font[]>();
function fontsOf(families: readonly string[]): Font[] {
  const key = families.join('\n');
  let list = fontLists.get(key);
  if (!list) fontLists.set(key, (list = fonts.filter((f) => families.includes(f.name))));
  return list;
}

/** A satori element tree's RGBA pixels, `width` × `height`. */
async function pixels(tree: unknown, width: number, height: number, using = fonts): Promise<Uint8Array> {
  const svg = await satori(tree as never, { width, height, fonts: using });
  // satori draws text as paths: resvg needs no fonts, and scanning the system's took 4 ms a card.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })).pixels;
}

/** Each frame's rows, drawn once: a build has one frame per site name and language. */
const frames = new Map<string, Promise<RgbRows>>();

async function drawCard({ frame, body, families, width, height, bodyTop, bodyHeight }: CardRequest): Promise<Uint8Array<ArrayBuffer>> {
  const key = JSON.stringify(frame);
  let rows = frames.get(key);
  if (!rows) frames.set(key, (rows = pixels(frame, width, height).then((drawn) => new RgbRows(width, height).write(drawn))));
  const [framed, drawn] = await Promise.all([rows, pixels(body, width, bodyHeight, fontsOf(families))]);
  // Writing the body and encoding run without a pause, so cards sharing a frame never mix their bodies.
  return framed.write(drawn, bodyTop).png();
}

function drawIcon({ svg, size }: IconRequest): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Writes a file whole and then renames it into place: a build stopped halfway never leaves half a card. */
function writeWhole(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, bytes);
  renameSync(part, file);
}

async function reply(request: DrawRequest): Promise<DrawReply> {
  try {
    if (request.kind === 'icon') return { id: request.id, png: drawIcon(request) };
    const png = await drawCard(request);
    if (!request.file) return { id: request.id, png };
    writeWhole(request.file, png);
    return { id: request.id, digest: createHash('sha256').update(png).digest('hex') };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

// Requests wait their turn, first come first drawn, two at a time: one laid out while the other is
// rasterised. A build sends them all at once (11,000 at 10,000 sections): each is let go once taken.
const IN_FLIGHT = 2;
const waiting: DrawRequest[] = [];
let next = 0;
let running = 0;
function drawNext(): void {
  for (; running < IN_FLIGHT && next < waiting.length; running++) {
    const request = waiting[next++]!;
    void reply(request).then((answer) => {
      process.send!(answer);
      running--;
      drawNext();
    });
  }
  if (next >= 1024) next -= waiting.splice(0, next).length;
}

process.on('message', (request: DrawRequest) => {
  waiting.push(request);
  drawNext();
});
// The build that started it has gone: so has the work.
process.on('disconnect', () => process.exit(0));
