// The publication's identity and defaults, in one place: its name, its default language, its colours.
// Interface text, the tagline included, lives in the dictionaries (src/i18n/).
export const SITE = {
  name: 'The Explainer',
  /**
   * The default language (BCP 47): the site-wide pages (home, /people/, /topics/, /search/, 404),
   * the feed and the manifest, and every explainer whose index.mdx sets no `lang`.
   */
  lang: 'en',
  /** Brand colours outside CSS (manifest, share images), matching src/styles/global.css. */
  colors: { paper: '#fdfcf9', accent: '#a3231f' },
} as const;
