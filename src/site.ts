// The publication's identity, shown in headers, titles and (later) share previews.
export const SITE = {
  name: 'The Explainer',
  tagline: 'The news, section by section.',
  lang: 'en',
  locale: 'en_GB',
} as const;
