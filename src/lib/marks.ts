// The marks the content check read in each section's body (quotes, mentions, names, headings),
// for the pages: the MDX is parsed once per build, by the check, and never again here.
import marks from 'virtual:explainer/marks';
import type { SectionMarks } from './content-check';

const NONE: SectionMarks = { quotes: [], mentions: [], introductions: [], named: [], headings: [] };

export function sectionMarks(explainer: string, section: string): SectionMarks {
  return marks[`${explainer}/${section}`] ?? NONE;
}

/** The cards a section's <Mention>s open, in reading order. */
export function mentionsOf(explainer: string, section: string): string[] {
  return sectionMarks(explainer, section).mentions;
}
