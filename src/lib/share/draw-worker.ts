// Draws share cards and icons on a thread of their own: satori lays a card out as SVG, resvg rasterises it
// (on libuv's threads, while this one lays out the next) and png.ts encodes it: about 11 ms of work a card
// that the thread rendering pages no longer does. A card's frame (accent bar, footer, logo, site name) is
// drawn once; each card draws only its body. Node runs this file as it is (types stripped), so it imports
// with extensions and only what Node can load.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori, { type Font } from 'satori';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { RgbRows } from './png.ts';

/** What the thread is started with: the card's fonts, by file. */
export interface DrawerData {
  fonts: { name: string; weight: NonNullable<Font['weight']>; path: string }[];
}
/** A share card: its frame (the whole card, its body left blank) and its body, laid out on their own. */
export interface CardRequest {
  id: number;
  kind: 'card';
  frame: unknown;
  body: unknown;
  width: number;
  height: number;
  /** The rows the body covers: from `bodyTop`, `bodyHeight` of them, the card's full width. */
  bodyTop: number;
  bodyHeight: number;
}
/** An SVG drawn as a square PNG icon, transparency kept. */
export interface IconRequest {
  id: number;
  kind: 'icon';
  svg: string;
  size: number;
}
export type DrawRequest = CardRequest | IconRequest;
/** The drawn PNG, or why it could not be drawn. */
export type DrawReply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

const { fonts: files } = workerData as DrawerData;
const fonts: Font[] = files.map(({ name, weight, path }) => ({ name, weight, style: 'normal', data: readFileSync(path) }));

/** A satori element tree's RGBA pixels, `width` × `height`. */
async function pixels(tree: unknown, width: number, height: number): Promise<Uint8Array> {
  const svg = await satori(tree as never, { width, height, fonts });
  // satori draws text as paths: resvg needs no fonts, and scanning the system's took 4 ms a card.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })).pixels;
}

/** Each frame's rows, drawn once: a build has one frame per site name and language. */
const frames = new Map<string, Promise<RgbRows>>();

async function drawCard({ frame, body, width, height, bodyTop, bodyHeight }: CardRequest): Promise<Uint8Array<ArrayBuffer>> {
  const key = JSON.stringify(frame);
  let rows = frames.get(key);
  if (!rows) frames.set(key, (rows = pixels(frame, width, height).then((drawn) => new RgbRows(width, height).write(drawn))));
  const [framed, drawn] = await Promise.all([rows, pixels(body, width, bodyHeight)]);
  // Writing the body and encoding run without a pause, so cards sharing a frame never mix their bodies.
  return framed.write(drawn, bodyTop).png();
}

function drawIcon({ svg, size }: IconRequest): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

parentPort!.on('message', (request: DrawRequest) => {
  (request.kind === 'card' ? drawCard(request) : Promise.resolve().then(() => drawIcon(request))).then(
    (png) => parentPort!.postMessage({ id: request.id, png } satisfies DrawReply, [png.buffer]),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies DrawReply),
  );
});
