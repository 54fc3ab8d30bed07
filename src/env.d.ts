// Types for what src/middleware.ts puts on Astro.locals, and for the modules the site's integrations provide.
declare namespace App {
  interface Locals {
    /** The page's language (BCP 47). Absent when a component renders on its own (Container API tests): the site's default then. */
    lang?: string;
  }
}

declare module 'virtual:explainer/marks' {
  import type { SectionMarks, SectionReading } from './lib/content-check';
  /** What each section's body marks (quotes, mentions, names, headings), by "<explainer>/<section>". */
  const marks: Record<string, SectionMarks>;
  export default marks;
  /** Each section's visible words and reading time, by "<explainer>/<section>". */
  export const reading: Record<string, SectionReading>;
  /** Each explainer's source title (written, or the source text's first line), by explainer slug. */
  export const sourceTitles: Record<string, string>;
}
