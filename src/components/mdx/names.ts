// Components editors may use in MDX without importing them; the content check rejects any other.
export const mdxComponentNames = ['Photo', 'PhotoGroup'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
