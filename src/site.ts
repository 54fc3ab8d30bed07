// The publication's identity, shown in headers, titles, share previews, the feed and the manifest.
export const SITE = {
  name: 'The Explainer',
  tagline: 'The news, section by section.',
  lang: 'en',
  locale: 'en_GB',
  /** Brand colours outside CSS (manifest, share images), matching src/styles/global.css. */
  colors: { paper: '#fdfcf9', accent: '#a3231f' },
} as const;
