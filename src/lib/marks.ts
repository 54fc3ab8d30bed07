// The marks the content check read in each section's body (quotes, mentions, names, people, headings),
// and what it read beside them (each source's title), for the pages: the MDX is parsed once per
// build, by the check, and never again here. In a build they are data (read from the cache folder when
// the module runs), not code: each page's cache key holds its explainer's marks (explainers.ts), so a new
// quote re-renders that explainer's pages, and a new explainer its own pages and the listings.
import marks, { reading, sourceTitles } from 'virtual:explainer/marks';
import type { SectionMarks, SectionReading } from './content-check';

const NONE: SectionMarks = { quotes: [], mentions: [], introductions: [], named: [], people: [], headings: [], photos: [] };

export function sectionMarks(explainer: string, section: string): SectionMarks {
  return marks[`${explainer}/${section}`] ?? NONE;
}

/** A section's visible words and reading time, as the check read its body. */
export function sectionReading(explainer: string, section: string): SectionReading {
  return reading[`${explainer}/${section}`] ?? { words: '', minutes: 1 };
}

/** The title of the report an explainer is based on, when its index.mdx leaves it to the source text's first line. */
export function sourceTitleOf(explainer: string): string | undefined {
  return sourceTitles[explainer];
}
