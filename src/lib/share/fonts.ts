// The fonts share images are drawn in (Inter, SIL OFL 1.1, src/assets/fonts/OFL-Inter.txt), which
// characters they can draw (the content check refuses text no font covers, rather than letting the
// image show empty boxes), and how wide they draw a word, so a card can size its title to fit.
// Files from @fontsource/inter 5.3.0; satori reads woff, not woff2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

export const FONT_DIR = 'src/assets/fonts';
export const FONT_WEIGHTS = [400, 700, 800] as const;
/** Latin, Latin Extended, Cyrillic (and its extension) and Greek. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;

export interface FontFile {
  /** Each subset is a family of its own, so satori takes each glyph from the first subset that has it. */
  family: string;
  file: string;
  weight: (typeof FONT_WEIGHTS)[number];
}

export const FONT_FILES: FontFile[] = FONT_SUBSETS.flatMap((subset) =>
  FONT_WEIGHTS.map((weight) => ({ family: `Inter ${subset}`, file: `inter-${subset}-${weight}-normal.woff`, weight })),
);

/** The card's font-family: every subset, in order. */
export const FONT_FAMILY = FONT_SUBSETS.map((subset) => `"Inter ${subset}"`).join(', ');

/** The sfnt tables of a woff 1.0 file, each inflated where it was compressed. */
function woffTables(data: Buffer): Map<string, Buffer> {
  if (data.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a woff font');
  const tables = new Map<string, Buffer>();
  const count = data.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = data.toString('latin1', at, at + 4);
    const offset = data.readUInt32BE(at + 4);
    const compressed = data.readUInt32BE(at + 8);
    const original = data.readUInt32BE(at + 12);
    const raw = data.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? inflateSync(raw) : raw);
  }
  return tables;
}

/** Each code point a font's Unicode cmap (format 4 or 12) maps to a glyph, with the glyph's id. */
function glyphIds(cmap: Buffer | undefined): Map<number, number> {
  const glyphs = new Map<number, number>();
  if (!cmap) return glyphs;
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const offset = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(offset);
    if (format === 4) {
      const segments = cmap.readUInt16BE(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const ranges = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const range = cmap.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const index = range === 0 ? c : cmap.readUInt16BE(ranges + s * 2 + range + (c - start) * 2);
          const glyph = range !== 0 && index === 0 ? 0 : (index + delta) & 0xffff;
          if (glyph !== 0) glyphs.set(c, glyph);
        }
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + g * 12;
        const first = cmap.readUInt32BE(at);
        const glyph = cmap.readUInt32BE(at + 8);
        for (let c = first; c <= cmap.readUInt32BE(at + 4); c++) glyphs.set(c, glyph + c - first);
      }
    }
  }
  return glyphs;
}

/** Every code point a font's Unicode cmap (format 4 or 12) maps to a glyph. */
export function codePoints(data: Buffer): Set<number> {
  return new Set(glyphIds(woffTables(data).get('cmap')).keys());
}

/** Each code point's advance width in em (hmtx over head's units per em). */
function advances(data: Buffer): Map<number, number> {
  const tables = woffTables(data);
  const unitsPerEm = tables.get('head')!.readUInt16BE(18);
  const metrics = tables.get('hhea')!.readUInt16BE(34);
  const hmtx = tables.get('hmtx')!;
  const widths = new Map<number, number>();
  // Glyphs past the last full metric share its advance (the OpenType rule for monospaced tails).
  for (const [point, glyph] of glyphIds(tables.get('cmap'))) widths.set(point, hmtx.readUInt16BE(4 * Math.min(glyph, metrics - 1)) / unitsPerEm);
  return widths;
}

const widthsByWeight = new Map<FontFile['weight'], Map<number, number>>();

/** Advance widths in em of one weight, each character from the first subset that has it, as satori picks. */
function advanceWidths(weight: FontFile['weight'], root: string): Map<number, number> {
  let widths = widthsByWeight.get(weight);
  if (widths) return widths;
  widths = new Map();
  for (const f of FONT_FILES.filter((f) => f.weight === weight)) {
    for (const [point, width] of advances(readFileSync(resolve(root, FONT_DIR, f.file)))) if (!widths.has(point)) widths.set(point, width);
  }
  widthsByWeight.set(weight, widths);
  return widths;
}

/**
 * How wide `text` is drawn in `weight`, in em (times the font size for pixels): the glyphs' advances,
 * kerning left out (Inter's kerning mostly narrows). A character no font has counts a full em.
 */
export function textWidth(text: string, weight: FontFile['weight'], root = process.cwd()): number {
  const widths = advanceWidths(weight, root);
  let em = 0;
  for (const char of text.normalize('NFC')) em += widths.get(char.codePointAt(0)!) ?? 1;
  return em;
}

/** Each weight's subsets in order, with the code points each draws: read once, for both uses below. */
let subsetsByWeight: { family: string; points: Set<number> }[][] | undefined;
function coverage(root: string): { family: string; points: Set<number> }[][] {
  return (subsetsByWeight ??= FONT_WEIGHTS.map((weight) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({ family: f.family, points: codePoints(readFileSync(resolve(root, FONT_DIR, f.file))) })),
  ));
}

/**
 * The families (subsets) satori takes a glyph of `text` from: for each character and weight, the first
 * subset that has it, and always the first subset. Laid out with these alone a card has the same
 * pixels as with every subset (satori tries them in order), in a quarter less time.
 */
export function familiesFor(text: string, root = process.cwd()): string[] {
  const weights = coverage(root);
  const needed = new Set([FONT_FILES[0]!.family]);
  for (const char of new Set(text)) {
    const point = char.codePointAt(0)!;
    for (const subsets of weights) {
      const first = subsets.find((s) => s.points.has(point));
      if (first) needed.add(first.family);
    }
  }
  return weights[0]!.map((s) => s.family).filter((family) => needed.has(family));
}

let covered: Set<number> | undefined;

/** Characters every weight can draw (the check cannot know which weight a line is drawn in). */
export function shareImageCharacters(root = process.cwd()): Set<number> {
  if (covered) return covered;
  const byWeight = coverage(root).map((subsets) => new Set(subsets.flatMap((s) => [...s.points])));
  covered = new Set([...byWeight[0]!].filter((c) => byWeight.every((set) => set.has(c))));
  return covered;
}

/** The first characters in `text` no share-image font can draw, as "ł" (U+0142); spaces never count. */
export function undrawable(text: string, characters = shareImageCharacters()): string[] {
  const missing = new Set<string>();
  for (const char of text.normalize('NFC')) {
    const point = char.codePointAt(0)!;
    if (/\s/u.test(char) || characters.has(point)) continue;
    missing.add(`“${char}” (U+${point.toString(16).toUpperCase().padStart(4, '0')})`);
  }
  return [...missing];
}
