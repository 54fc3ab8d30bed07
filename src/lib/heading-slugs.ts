// Gives every h2–h6 in rendered Markdown its id by the site's one slug rule (src/lib/slugs.ts), so
// the anchors the content check validates are the ids readers get; Astro's own pass keeps them.
import { headingIds } from './slugs';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const HEADING = /^h[2-6]$/;

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function headingsIn(node: HastNode, out: HastNode[] = []): HastNode[] {
  if (node.type === 'element' && HEADING.test(node.tagName ?? '')) out.push(node);
  else node.children?.forEach((child) => headingsIn(child, out));
  return out;
}

export function rehypeHeadingSlugs() {
  return (tree: HastNode) => {
    const headings = headingsIn(tree);
    const ids = headingIds(headings.map(textOf));
    headings.forEach((heading, i) => {
      heading.properties = { ...heading.properties, id: heading.properties?.['id'] ?? ids[i] };
    });
  };
}
