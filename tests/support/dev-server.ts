// `astro dev` as an editor starts it, for the tests that watch it work. One at a time: every dev server
// of a project keeps its content in the project's own .astro/data-store.json and reloads it when another
// writes it, so two at once show each other's content (Astro's dev lock, which tests skip, exists for this).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { freePort } from './ports';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const LOCK = join(tmpdir(), `explainer-dev-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}.lock`);

export interface DevServer {
  /** Everything the server has printed so far. */
  terminal(): string;
  /** A page as a browser asks for it; undefined while nothing answers. */
  page(path?: string): Promise<{ status: number; text: string } | undefined>;
  /** http://127.0.0.1:port */
  origin: string;
  /** Stops the server and lets the next test start one. */
  stop(): Promise<void>;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const readQuietly = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** Takes the project's dev lock (a folder), waiting for a holder that is still running. */
async function lock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // A holder that died (a killed run) leaves its folder: take it over.
      const holder = Number(readQuietly(join(LOCK, 'pid')));
      if (holder > 0 && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 250));
    }
  }
}

/** Starts `astro dev` over `content` and resolves once it watches for changes. */
export async function startDev(content: string): Promise<DevServer> {
  const unlock = await lock();
  const port = await freePort();
  const dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    // An editor's shell, not Vitest's (its NODE_ENV=test and VITEST_* change how astro dev runs).
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', EXPLAINER_CONTENT: content },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let terminal = '';
  dev.stdout.on('data', (d) => (terminal += d));
  dev.stderr.on('data', (d) => (terminal += d));
  const exited = new Promise<void>((done) => dev.once('exit', () => done()));
  const stop = async () => {
    if (dev.exitCode === null && dev.signalCode === null) dev.kill();
    await exited;
    unlock();
  };
  const origin = `http://127.0.0.1:${port}`;
  const page = async (path = '/') => {
    const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
    return response ? { status: response.status, text: await response.text().catch(() => '') } : undefined;
  };
  try {
    await expect.poll(() => terminal, { timeout: 120_000, interval: 250 }).toMatch(/watching for file changes/);
  } catch (error) {
    await stop();
    throw error;
  }
  return { terminal: () => terminal, page, origin, stop };
}
