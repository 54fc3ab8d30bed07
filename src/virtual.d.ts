// Modules the site's own integrations provide at build time.
declare module 'virtual:explainer/marks' {
  import type { SectionMarks } from './lib/content-check';
  /** What each section's body marks (quotes, mentions, names, headings), by "<explainer>/<section>". */
  const marks: Record<string, SectionMarks>;
  export default marks;
}
