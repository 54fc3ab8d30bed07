// Gives every h2–h6 in rendered Markdown its id by the site's one slug rule (src/lib/slugs.ts), so
// the anchors the content check validates are the ids readers get; Astro's own pass keeps them.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { headingIds } from './slugs';

const HEADING = /^h[2-6]$/;

function headingsIn(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (HEADING.test(child.tagName)) out.push(child);
    else headingsIn(child, out);
  }
  return out;
}

export function rehypeHeadingSlugs() {
  return (tree: Root) => {
    const headings = headingsIn(tree);
    const ids = headingIds(headings.map((h) => toString(h)));
    headings.forEach((heading, i) => {
      heading.properties['id'] ??= ids[i];
    });
  };
}
