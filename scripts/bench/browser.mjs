// Chromium for the bench, found as the tests find it (scripts/system-tools.mjs: CHROME_PATH, Debian's
// path, PATH) and launched by playwright-core with the team's flags.
import { chromium } from 'playwright-core';
import { findTool, TOOLS } from '../system-tools.mjs';

export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium's path, or a clear stop naming what to install or set. */
export function chromiumPath() {
  const path = findTool(TOOLS.chromium);
  if (!path) throw new Error(`npm run bench needs Chromium: install Debian's "${TOOLS.chromium.debianPackage}" package or set ${TOOLS.chromium.envVar}.`);
  return path;
}

/** @param {string[]} [extraFlags] */
export function launchChromium(extraFlags = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...extraFlags] });
}
