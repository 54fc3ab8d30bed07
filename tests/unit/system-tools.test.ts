// Finding Chromium and nginx before any test: found, installed from Debian's packages, or a clear stop.
// Tools here are pointed at a temporary folder, so the missing case is tested without uninstalling anything.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureTools, findTool, TOOLS } from '../../scripts/system-tools.mjs';

const dir = mkdtempSync(join(tmpdir(), 'tools-'));
/** Chromium and nginx as this test sees them: expected in `dir`, nowhere else. */
const chromium = { ...TOOLS.chromium, paths: [join(dir, 'chromium')] };
const nginx = { ...TOOLS.nginx, paths: [join(dir, 'nginx')] };
const NO_PATH = { PATH: join(dir, 'nowhere') };

function program(path: string) {
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
}

describe('the tools npm test needs', () => {
  it('finds a tool through its variable or on PATH, and only if it is a program', () => {
    const own = join(dir, 'own-chrome');
    program(own);
    const bin = mkdtempSync(join(tmpdir(), 'bin-'));
    program(join(bin, 'chromium'));
    expect(findTool(chromium, { CHROME_PATH: own })).toBe(own);
    expect(findTool(chromium, { PATH: bin })).toBe(join(bin, 'chromium'));
    expect(findTool(chromium, NO_PATH)).toBeUndefined();
    writeFileSync(join(dir, 'not-a-program'), '');
    expect(findTool(chromium, { CHROME_PATH: join(dir, 'not-a-program') })).toBeUndefined();
  });

  it('stops before any test, with the one command to run, where it cannot install', () => {
    const run = () => expect.unreachable('nothing may be installed without root');
    const stop = () => ensureTools([chromium, nginx], { env: NO_PATH, isRoot: false, hasApt: true, run });
    expect(stop).toThrow(/needs Chromium \(for the browser tests\) and nginx \(for the nginx config test\), which are not installed/);
    expect(stop).toThrow(/\n\n {2}sudo apt-get install -y chromium nginx-light\n/);
  });

  it('says where a tool must be pointed where there is no apt-get', () => {
    expect(() => ensureTools([chromium], { env: NO_PATH, isRoot: true, hasApt: false })).toThrow(/export CHROME_PATH=\/path\/to\/chromium/);
  });

  it('does not install over a variable that points nowhere: it says so', () => {
    const env = { ...NO_PATH, CHROME_PATH: join(dir, 'missing-chrome') };
    expect(() => ensureTools([chromium], { env, isRoot: true, hasApt: true })).toThrow(/CHROME_PATH is ".*missing-chrome", which is not a program/);
  });

  it('installs Debian’s packages as root, saying what it does, then uses them', () => {
    const commands: string[] = [];
    const said: string[] = [];
    const run = (command: string, args: string[]) => {
      commands.push([command, ...args].join(' '));
      if (args[0] === 'install') program(join(dir, 'chromium'));
    };
    const nginxHere = join(dir, 'nginx');
    program(nginxHere);
    const found = ensureTools([chromium, nginx], { env: NO_PATH, isRoot: true, hasApt: true, run, log: (m) => said.push(m) });
    expect(commands).toEqual(['apt-get update -q', 'apt-get install -y -q chromium']);
    expect(said).toEqual([expect.stringMatching(/Chromium \(for the browser tests\) not found; installing Debian's package .*apt-get install -y chromium/)]);
    expect(found).toEqual({ chromium: join(dir, 'chromium'), nginx: nginxHere });
  });
});
