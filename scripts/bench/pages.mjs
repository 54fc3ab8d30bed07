// Page weight and Lighthouse per page type, measured in Chromium against the served build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, lighthouseScores } from './lighthouse.mjs';
import { kb } from './table.mjs';
import { firstView } from './weight.mjs';

/** The full story's folder in every explainer (FULL_STORY_SLUG in src/lib/urls.ts). */
const FULL_STORY_SLUG = 'full-story';

const isPage = (dir) => existsSync(join(dir, 'index.html'));
const subfolders = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);

/**
 * One page of each type a reader lands on, found in the built site: the first explainer (a folder with
 * a full story), its first section in reading order (the first section its overview links to), the first topic.
 */
export function pageTypes(dist) {
  const explainer = subfolders(dist).find((name) => isPage(join(dist, name, FULL_STORY_SLUG)));
  if (!explainer) throw new Error(`no explainer in ${dist}: no folder there has ${FULL_STORY_SLUG}/index.html`);
  const sections = new Set(subfolders(join(dist, explainer)).filter((name) => name !== FULL_STORY_SLUG && isPage(join(dist, explainer, name))));
  const overview = readFileSync(join(dist, explainer, 'index.html'), 'utf8');
  const linked = [...overview.matchAll(new RegExp(`href="/${explainer}/([^/"#?]+)/"`, 'g'))].map((m) => decodeURIComponent(m[1]));
  const section = linked.find((name) => sections.has(name)) ?? [...sections][0];
  if (!section) throw new Error(`explainer ${explainer} in ${dist} has no section page`);
  const topic = subfolders(join(dist, 'topics')).find((name) => isPage(join(dist, 'topics', name)));
  return {
    home: '/',
    overview: `/${explainer}/`,
    section: `/${explainer}/${section}/`,
    'full story': `/${explainer}/${FULL_STORY_SLUG}/`,
    search: '/search/',
    people: '/people/',
    ...(topic ? { topic: `/topics/${topic}/` } : {}),
  };
}

/** A section page's first view may not exceed these (compressed bytes). */
export const SECTION_BUDGET = { total: 20 * 1024, js: 2 * 1024 };

export async function pageWeight({ browser, siteUrl, dist }) {
  const rows = [];
  let overBudget = false;
  for (const [type, path] of Object.entries(pageTypes(dist))) {
    const w = await firstView(browser, `${siteUrl}${path}`);
    const foreign = w.hosts.filter((h) => h !== new URL(siteUrl).host);
    const js = w.js + w.inlineJs;
    const over = type === 'section' && (w.total > SECTION_BUDGET.total || js > SECTION_BUDGET.js);
    overBudget ||= over || foreign.length > 0;
    rows.push({
      page: type,
      requests: w.requests,
      html: kb(w.html),
      css: kb(w.css),
      'js (inline)': `${kb(js)} (${kb(w.inlineJs)})`,
      fonts: kb(w.font),
      images: kb(w.image),
      total: kb(w.total),
      'other hosts': foreign.length,
      budget: type === 'section' ? (over ? 'OVER' : `ok (≤ ${kb(SECTION_BUDGET.total)}, JS ≤ ${kb(SECTION_BUDGET.js)})`) : '',
    });
  }
  return {
    title: 'First view per page type (compressed bytes as sent; all JS is what loads before any interaction, inline JS is inside the HTML)',
    rows,
    failed: overBudget ? 'a section page is over its budget, or a page asked another host' : undefined,
  };
}

export async function lighthouse({ siteUrl, dist }) {
  const rows = [];
  let below = false;
  for (const [type, path] of Object.entries(pageTypes(dist))) {
    const scores = await lighthouseScores(`${siteUrl}${path}`, 3);
    below ||= CATEGORIES.some((c) => scores[c] < 100);
    rows.push({ page: type, ...scores });
  }
  return { title: "Lighthouse's CLI with its defaults (mobile, simulated throttling), median of 3 runs", rows, failed: below ? 'a score is under 100' : undefined };
}
