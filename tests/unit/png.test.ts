// A card's PNG holds exactly the pixels resvg drew: encoded as RGB, decoded back, every pixel's colour matches.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/share/png';
import { pngPixels } from '../support/png';

describe('encodePng', () => {
  it('keeps every pixel of an opaque picture, at its size', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="61" height="17"><rect width="61" height="17" fill="#fdfcf9"/><circle cx="20" cy="8" r="7" fill="#a3231f"/><path d="M30 2 L58 15" stroke="#1b1b1b" stroke-width="3"/></svg>`;
    const drawn = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = pngPixels(Buffer.from(encodePng(drawn.pixels, drawn.width, drawn.height)));
    expect([png.width, png.height]).toEqual([61, 17]);
    let differing = 0;
    for (let y = 0; y < 17; y++) {
      for (let x = 0; x < 61; x++) {
        const i = (y * 61 + x) * 4;
        if (png.at(x, y).join() !== [drawn.pixels[i], drawn.pixels[i + 1], drawn.pixels[i + 2], 255].join()) differing++;
      }
    }
    expect(differing).toBe(0);
  });

  it('refuses pixels that do not fill the size it is given', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes for 2x2 pixels/);
  });
});
