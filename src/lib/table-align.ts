// GitHub tables align columns with `| ---: |`; Markdown renders that as an `align` attribute, which MDX
// turns into an inline style the site's CSP blocks. Classes carry it instead (ArticleBody.astro).
import type { Element, Root } from 'hast';

const CELL = new Set(['td', 'th']);

export function rehypeTableAlign() {
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const { align, ...rest } = child.properties;
      if (CELL.has(child.tagName) && typeof align === 'string') {
        child.properties = { ...rest, className: [rest['className'] ?? []].flat().concat(`align-${align}`) as string[] };
      }
      visit(child);
    }
  };
  return visit;
}
