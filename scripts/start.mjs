// `npm start`: builds the site for the address it is about to be served at (SITE_URL, unless set, is
// http://127.0.0.1:<PORT or 4321>), then serves it there, so every link and share on it leads back to it.
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';
import { localOrigin, servePort } from './site-origin.mjs';

const env = { ...process.env, SITE_URL: process.env.SITE_URL || localOrigin() };
const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);
const { url } = await serve({ root: process.env.EXPLAINER_DIST ?? 'dist', port: servePort() });
console.log(`The explainer site is being served at ${url}/ (Ctrl+C to stop)`);
