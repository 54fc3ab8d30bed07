// The content layer's second read in `astro dev`: once per save, never a loop, and pages wait only
// while it holds a file the schema refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accepted, contentLayerCaughtUp, refused } from '../../src/lib/content/dev-rereads';

const file = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'rereads-')), 'index.mdx');
  writeFileSync(path, '---\nheadline: "A"\n---\n');
  return path;
};

describe('dev rereads', () => {
  afterEach(() => vi.useRealTimers());

  it('reads a refused file once more, and not again while it stays as it is', () => {
    vi.useFakeTimers();
    const path = file();
    const emit = vi.fn();
    refused(path, { emit });
    vi.advanceTimersByTime(500);
    expect(emit).toHaveBeenCalledWith('change', path);
    refused(path, { emit }); // the second read was refused too: the file itself is wrong
    vi.advanceTimersByTime(500);
    expect(emit).toHaveBeenCalledTimes(1);
    writeFileSync(path, '---\nheadline: "Saved again"\n---\n');
    refused(path, { emit }); // a new save is read again
    vi.advanceTimersByTime(500);
    expect(emit).toHaveBeenCalledTimes(2);
    accepted(path);
  });

  it('lets pages wait until the refused file is accepted, or is deleted', async () => {
    const path = file();
    refused(path, undefined);
    let done = false;
    const waiting = contentLayerCaughtUp().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    accepted(path);
    await waiting;
    expect(done).toBe(true);
    const gone = join(tmpdir(), `rereads-gone-${process.pid}.mdx`);
    refused(gone, undefined);
    await expect(Promise.race([contentLayerCaughtUp().then(() => 'caught up'), new Promise((r) => setTimeout(() => r('waited'), 100))])).resolves.toBe('caught up');
  });
});
