// A card's PNG holds exactly the pixels resvg drew: encoded as RGB, decoded back, every pixel's colour
// matches, also when the picture is written in bands (a card's frame once, then its body over it).
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { RgbRows } from '../../src/lib/share/png';
import { pngPixels } from '../support/png';

/** A 61 × 17 picture (a width no multiple of four, so the last pixels of a row take the slow way). */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="61" height="17"><rect width="61" height="17" fill="#fdfcf9"/><circle cx="20" cy="8" r="7" fill="#a3231f"/><path d="M30 2 L58 15" stroke="#1b1b1b" stroke-width="3"/></svg>`;

/** How many pixels of the decoded PNG differ from `rgba`. */
function differing(png: Uint8Array, rgba: Uint8Array, width: number, height: number): number {
  const decoded = pngPixels(Buffer.from(png));
  expect([decoded.width, decoded.height]).toEqual([width, height]);
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (decoded.at(x, y).join() !== [rgba[i], rgba[i + 1], rgba[i + 2], 255].join()) count++;
    }
  }
  return count;
}

describe('RgbRows', () => {
  const drawn = new Resvg(SVG, { font: { loadSystemFonts: false } }).render();

  it('keeps every pixel of an opaque picture, at its size', () => {
    expect(differing(new RgbRows(61, 17).write(drawn.pixels).png(), drawn.pixels, 61, 17)).toBe(0);
  });

  it('writes a band of rows over the rest, leaving the rows around it', () => {
    const rows = new RgbRows(61, 17).write(new Uint8Array(61 * 17 * 4).fill(255));
    const band = drawn.pixels.subarray(61 * 4 * 5, 61 * 4 * 12);
    const expected = new Uint8Array(61 * 17 * 4).fill(255);
    expected.set(band, 61 * 4 * 5);
    expect(differing(rows.write(band, 5).png(), expected, 61, 17)).toBe(0);
  });

  it('refuses pixels that do not fit it', () => {
    expect(() => new RgbRows(2, 2).write(new Uint8Array(10))).toThrow(/10 bytes of 2-pixel rows from row 0 do not fit 2x2 pixels/);
    expect(() => new RgbRows(2, 2).write(new Uint8Array(16), 1)).toThrow(/from row 1 do not fit/);
  });
});
