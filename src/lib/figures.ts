// Geometry for the figures drawn at build time: pure numbers, so tests can check them without a browser.
import { slug } from './slugs';

/** A stable id for a figure from its title, short enough to read in the HTML. */
export function figureId(title: string): string {
  return `figure-${slug(title).split('-').filter(Boolean).slice(0, 6).join('-')}`;
}

export interface Cell {
  x: number;
  y: number;
  on: boolean;
}

/**
 * A 10 by 10 grid, one cell per percent, filled row by row from the top left: `percent` cells
 * are on. Rounds to the nearest whole percent.
 */
export function waffleCells(percent: number, size = 16, gap = 4): Cell[] {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`percent must be 0 to 100, not ${percent}`);
  const on = Math.round(percent);
  return Array.from({ length: 100 }, (_, i) => ({
    x: (i % 10) * (size + gap),
    y: Math.floor(i / 10) * (size + gap),
    on: i < on,
  }));
}

/** The most ticks a scale may have: more than this no longer reads, and each one is drawn into the page. */
export const MAX_TICKS = 20;

/** How many ticks 0 to max in steps of `step` makes (0 and max included), without making them. */
export function tickCount(max: number, step = max / 5): number {
  return Math.floor(max / step + 1e-9) + 1;
}

/** Tick values from 0 to max inclusive; `step` defaults to a fifth of max; never more than MAX_TICKS. */
export function ticks(max: number, step = max / 5): number[] {
  if (!(max > 0) || !(step > 0)) throw new RangeError('max and step must be positive');
  const count = tickCount(max, step);
  if (!(count <= MAX_TICKS)) throw new RangeError(`max/step gives ${count} ticks; at most ${MAX_TICKS}`);
  // Each tick from its index, so a long scale does not gather rounding errors step by step.
  return Array.from({ length: count }, (_, i) => Math.round(i * step * 1000) / 1000);
}

/** Maps a value on 0..max onto a pixel range [from, to]. */
export function scale(value: number, max: number, from: number, to: number): number {
  return from + (Math.min(Math.max(value, 0), max) / max) * (to - from);
}

/** One SVG path drawing many square cells: a hundred <rect>s would weigh ten times as much. */
export function cellsPath(cells: readonly Cell[], size: number, inset = 1): string {
  const side = size - 2 * inset;
  return cells.map((c) => `M${c.x + inset} ${c.y + inset}h${side}v${side}h-${side}z`).join('');
}
