// Ids of the parts of a page that other parts link to, in one place so link and target agree.
// Named so that no plausible article heading (slugged by github-slugger) takes them.

/** A section page's list of all sections (the side column); the reading bar's "2 of 4" leads there. */
export const CONTENTS_ID = 'explainer-contents';
/** The page's share links; the reading bar's "Share" leads there when there is no share sheet. */
export const SHARE_ID = 'explainer-share';
/** The overview's list of every section; a long explainer's section pages link there instead of listing them all. */
export const OVERVIEW_SECTIONS_ID = 'sections';
