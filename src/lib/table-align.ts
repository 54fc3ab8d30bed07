// GitHub tables align columns with `| ---: |`; Markdown renders that as an `align` attribute, which MDX
// turns into an inline style the site's CSP blocks. Classes carry it instead (src/styles/global.css).

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const CELL = new Set(['td', 'th']);

export function rehypeTableAlign() {
  const visit = (node: HastNode): void => {
    const align = node.properties?.['align'];
    if (node.type === 'element' && CELL.has(node.tagName ?? '') && typeof align === 'string') {
      const { align: _, ...rest } = node.properties!;
      const className = [rest['className'] ?? []].flat().concat(`align-${align}`);
      node.properties = { ...rest, className };
    }
    node.children?.forEach(visit);
  };
  return visit;
}
