// Names shared by every heading anchor, whether rehype-autolink-headings made it for an MDX heading
// (astro.config.mjs) or AnchoredHeading.astro for a page's own: one class, one wrapper, one label.

/** The link beside a heading, to the heading itself. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';
/** The element holding a heading and its link, so the link sits beside the heading, not inside it. */
export const HEADING_WRAPPER_CLASS = 'heading-anchored';

/** The link's accessible name: its visible text is only "#". */
export function headingAnchorLabel(headingText: string): string {
  return `Link to this section: ${headingText.replace(/\s+/g, ' ').trim()}`;
}
