// Every built page: semantic and valid, every id unique, every internal link and #anchor resolving,
// scripts only where search needs them, a strict Content-Security-Policy, and safe external links.
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect } from 'vitest';
import { fileFor, page, pagePaths } from '../dist';
import { languageOfPage } from '../source';
import type { SiteCheck } from './index';

// The project's .htmlvalidate.json, wherever the site under test was built.
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));

export const structureChecks: SiteCheck[] = [
  {
    name: 'makes every page a semantic document with one h1 and a skip link',
    run({ dist, content }) {
      for (const path of pagePaths(dist)) {
        const root = page(path, dist);
        expect(root.querySelector('html')?.getAttribute('lang'), path).toBe(languageOfPage(content, path).tag);
        expect(root.querySelectorAll('h1'), path).toHaveLength(1);
        for (const tag of ['header', 'nav', 'main', 'footer']) expect(root.querySelector(tag), `${path} ${tag}`).not.toBeNull();
        expect(root.querySelector('body a')?.getAttribute('href'), path).toBe('#main');
        expect(root.querySelector('main#main'), path).not.toBeNull();
      }
    },
  },
  {
    name: 'gives no two elements on a page the same id',
    run({ dist }) {
      for (const path of pagePaths(dist)) {
        const ids = page(path, dist).querySelectorAll('[id]').map((e) => e.id);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([]);
      }
    },
  },
  {
    name: 'resolves every internal link, asset and #anchor on every page',
    run({ dist }) {
      const broken: string[] = [];
      for (const path of pagePaths(dist)) {
        const root = page(path, dist);
        const refs = [
          ...root.querySelectorAll('a[href], link[href]').map((a) => a.getAttribute('href')!),
          ...root.querySelectorAll('[src]').map((a) => a.getAttribute('src')!),
        ];
        for (const ref of refs) {
          if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue;
          const url = new URL(ref, `http://site${path}`);
          const id = decodeURIComponent(url.hash.slice(1));
          if (!fileFor(url.pathname, dist)) broken.push(`${path} → ${ref}`);
          else if (id && !id.startsWith(':~:') && !page(url.pathname, dist).querySelector(`[id="${id}"]`)) broken.push(`${path} → ${ref}`);
        }
      }
      expect(broken).toEqual([]);
    },
  },
  {
    name: 'loads no script to be read: only search’s, as deferred modules',
    run({ dist }) {
      for (const path of pagePaths(dist)) {
        const scripts = page(path, dist)
          .querySelectorAll('script[src]')
          .filter((s) => !s.hasAttribute('type') || s.getAttribute('type') === 'module');
        for (const s of scripts) {
          expect(s.getAttribute('type'), path).toBe('module');
          // The header's search control (which also highlights on arrival from a result), the search page, and the
          // share actions (ShareLinks): the bundle takes the name of one of the page's scripts, whichever the bundler picks.
          expect(s.getAttribute('src'), path).toMatch(/^\/_astro\/(SearchControl|search|ShareLinks)\.astro_astro_type_script_/);
        }
      }
    },
  },
  {
    name: 'gives every page a strict Content-Security-Policy',
    run({ dist }) {
      for (const path of pagePaths(dist)) {
        const csp = page(path, dist).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
        const directives: Record<string, string[]> = Object.fromEntries(
          csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]),
        );
        expect(directives['default-src'], path).toEqual(["'self'"]);
        expect(directives['object-src'], path).toEqual(["'none'"]);
        expect(directives['base-uri'], path).toEqual(["'self'"]);
        expect(directives['worker-src'], path).toEqual(["'none'"]);
        const scripts = directives['script-src'] ?? [];
        expect(scripts.filter((s) => !s.startsWith("'sha256-")), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
        expect(directives['style-src'], path).not.toContain("'unsafe-inline'");
      }
    },
  },
  {
    name: 'opens external links with rel="noopener noreferrer"',
    run({ dist }) {
      for (const path of pagePaths(dist)) {
        for (const a of page(path, dist).querySelectorAll('a[href^="http"], a[href^="//"], a[href^="mailto:"]')) {
          expect(a.getAttribute('rel')?.split(/\s+/), `${path} ${a.getAttribute('href')}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        }
      }
    },
  },
  {
    name: 'makes every page valid HTML by html-validate’s standard preset',
    async run({ dist }) {
      const messages: string[] = [];
      for (const path of pagePaths(dist)) {
        const report = await validator.validateFile(fileFor(path, dist)!);
        messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
      }
      expect(messages).toEqual([]);
    },
  },
];
