// Page weight and Lighthouse per page type, measured in Chromium against the served build.
import { lighthouseScores } from './lighthouse.mjs';
import { kb } from './table.mjs';
import { firstView } from './weight.mjs';

/** One page of each type a reader lands on. */
export const PAGE_TYPES = {
  home: '/',
  overview: '/trump-putin-call/',
  section: '/trump-putin-call/pressure-tactics/',
  'full story': '/trump-putin-call/full-story/',
  search: '/search/',
  people: '/people/',
  topic: '/topics/oil/',
};

/** A section page's first view may not exceed these (compressed bytes). */
export const SECTION_BUDGET = { total: 20 * 1024, js: 2 * 1024 };

export async function pageWeight({ browser, siteUrl }) {
  const rows = [];
  let overBudget = false;
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
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

export async function lighthouse({ siteUrl }) {
  const rows = [];
  let below = false;
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const scores = await lighthouseScores(`${siteUrl}${path}`, 3);
    below ||= Object.values(scores).some((s) => s < 100);
    rows.push({ page: type, ...scores });
  }
  return { title: 'Lighthouse, mobile preset, median of 3 runs', rows, failed: below ? 'a score is under 100' : undefined };
}
