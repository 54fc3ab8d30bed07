// Ids of the parts of a page that other parts link to, in one place so link and target agree.
// Named so that no plausible article heading (slugged by github-slugger) takes them.

/** A section page's list of all sections (the side column); the reading bar's "2 of 4" leads there. */
export const CONTENTS_ID = 'explainer-contents';
/** The page's share links; the reading bar's "Share" leads there when there is no share sheet. */
export const SHARE_ID = 'explainer-share';
/** The reading bar's pop-up of share options, opened where the reader is when there is no share sheet. */
export const SHARE_SHEET_ID = 'explainer-share-sheet';
/** The overview's list of every section; a long explainer's section pages link there instead of listing them all. */
export const OVERVIEW_SECTIONS_ID = 'sections';
/** The "In short" box's label on a section page. */
export const IN_SHORT_LABEL_ID = 'in-short-label';
/** The label of the list of photos not reproduced (after a section's credit; "<section>--" before it in the full story). */
export const SOURCE_PHOTOS_LABEL_ID = 'source-photos-label';

/**
 * Every id the site's own page frames give (skip target, contents, share links, overview and full-story
 * parts, GFM's footnote heading), and "title", the suffix of a full-story section's heading: ids made
 * from content (subheads, section slugs) never take these, so they never collide with the page's own.
 * Ids the frames derive from others are joined with "--", which no slug has (src/lib/slugs.ts).
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  'main', CONTENTS_ID, SHARE_ID, SHARE_SHEET_ID, IN_SHORT_LABEL_ID, SOURCE_PHOTOS_LABEL_ID, OVERVIEW_SECTIONS_ID, 'contents', 'key-takeaways', 'timeline', 'changes', 'footnote-label', 'title',
]);
