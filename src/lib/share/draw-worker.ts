// Draws share cards on a thread of their own: satori lays a card out as SVG, resvg rasterises it (on
// libuv's threads, while this one lays out the next) and png.ts encodes it: about 18 ms of work a card
// that the thread rendering pages no longer does. Node runs this file as it is (types stripped), so it
// imports with extensions and only what Node can load.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png.ts';

/** What the thread is started with: the card's fonts, by file. */
export interface DrawerData {
  fonts: { name: string; weight: NonNullable<Font['weight']>; path: string }[];
}
/** A card to draw: satori's element tree and the picture's size. */
export interface DrawRequest {
  id: number;
  tree: unknown;
  width: number;
  height: number;
}
/** The drawn PNG, or why it could not be drawn. */
export type DrawReply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

const { fonts: files } = workerData as DrawerData;
const fonts: Font[] = files.map(({ name, weight, path }) => ({ name, weight, style: 'normal', data: readFileSync(path) }));

async function draw({ tree, width, height }: DrawRequest): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as never, { width, height, fonts });
  // satori draws text as paths: resvg needs no fonts, and scanning the system's took 4 ms a card.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return encodePng(image.pixels, image.width, image.height);
}

parentPort!.on('message', (request: DrawRequest) => {
  draw(request).then(
    (png) => parentPort!.postMessage({ id: request.id, png } satisfies DrawReply, [png.buffer]),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies DrawReply),
  );
});
