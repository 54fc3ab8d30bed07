// Components editors may use in MDX without importing them; the content check rejects any other.
export const mdxComponentNames = ['Photo', 'PhotoGroup', 'Quote', 'Mention', 'PercentFigure', 'CapFigure'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
