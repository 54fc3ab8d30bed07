// The public address every canonical, shared and feed URL is built on (Astro's `site`, from SITE_URL).
// A publishing build without it stops with one line saying how to set it: a guessed host would ship dead
// links. `astro dev` takes its own address; npm start, npm test and npm run bench set SITE_URL themselves.
import { writeSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { SITE_URL_MISSING, readSiteUrl } from '../../scripts/site-origin.mjs';

export function siteOrigin(setting: ReturnType<typeof readSiteUrl>): AstroIntegration {
  return {
    name: 'explainer:site-origin',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const stop = (line: string) => {
          // One line is the whole message: no stack trace, and nothing is built.
          writeSync(2, `${line}\n`);
          process.exit(1);
        };
        if (setting && 'problem' in setting) stop(setting.problem);
        if (config.site) return;
        if (command === 'build') stop(SITE_URL_MISSING);
        // The editor's preview links to itself.
        else updateConfig({ site: `http://localhost:${config.server.port}` });
      },
    },
  };
}
