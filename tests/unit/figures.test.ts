import { describe, expect, it } from 'vitest';
import { cellsPath, figureId, MAX_TICKS, scale, ticks, waffleCells } from '../../src/lib/figures';

describe('figure geometry', () => {
  it('fills one waffle cell per percent, row by row', () => {
    const cells = waffleCells(88, 16, 4);
    expect(cells).toHaveLength(100);
    expect(cells.filter((c) => c.on)).toHaveLength(88);
    expect(cells[0]).toEqual({ x: 0, y: 0, on: true });
    expect(cells[87]).toEqual({ x: 140, y: 160, on: true });
    expect(cells[88]!.on).toBe(false);
    expect(cells[99]).toEqual({ x: 180, y: 180, on: false });
    expect(waffleCells(12.4).filter((c) => c.on)).toHaveLength(12);
    expect(() => waffleCells(101)).toThrow(RangeError);
    expect(() => waffleCells(Number.NaN)).toThrow(RangeError);
  });

  it('draws many cells as one path', () => {
    expect(cellsPath([{ x: 0, y: 0, on: true }, { x: 20, y: 0, on: true }], 16)).toBe('M1 1h14v14h-14zM21 1h14v14h-14z');
  });

  it('places ticks and values on a scale', () => {
    expect(ticks(100, 20)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(scale(60, 100, 10, 110)).toBe(70);
    expect(scale(150, 100, 0, 100)).toBe(100);
    expect(() => ticks(0)).toThrow(RangeError);
  });

  it('never makes more than MAX_TICKS ticks, whatever max and step say', () => {
    expect(ticks(95, 5)).toHaveLength(MAX_TICKS);
    expect(() => ticks(100, 5)).toThrow(RangeError);
    expect(() => ticks(100_000_000_000, 1)).toThrow(/gives 100000000001 ticks; at most 20/);
  });

  it('names figures by their title', () => {
    expect(figureId('Russia and the United States control 88% of the world’s warheads')).toBe('figure-russia-and-the-united-states-control');
  });
});
