// Gives every h2 and h3 of an article a link to itself, so a reader can share the exact heading.
// The link sits beside the heading (not inside it) so the heading's accessible name stays its text.

/** The class, label and attributes every heading anchor shares, whether rehype or a page made it. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';
export const HEADING_WRAPPER_CLASS = 'heading-anchored';

export function headingAnchorLabel(headingText: string): string {
  return `Link to this section: ${headingText.replace(/\s+/g, ' ').trim()}`;
}

// The few hast shapes this plugin reads and writes; hast's own types are not a dependency here.
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastElement | HastText | { type: string; value?: unknown; children?: HastNode[] };
interface HastParent {
  children: HastNode[];
}

const LEVELS = new Set(['h2', 'h3']);

function isElement(node: HastNode): node is HastElement {
  return node.type === 'element';
}

function textOf(node: HastNode): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  return 'children' in node && node.children ? node.children.map(textOf).join('') : '';
}

function anchorFor(id: string, text: string): HastElement {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [HEADING_ANCHOR_CLASS],
      href: `#${id}`,
      ariaLabel: headingAnchorLabel(text),
      dataPagefindIgnore: '',
      dataPrint: 'hide',
    },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
  };
}

/**
 * Rehype plugin: wraps each h2/h3 that has an id as
 * `<div class="heading-anchored heading-anchored--2"><h2 id>…</h2><a class="heading-anchor" href="#id">#</a></div>`.
 * Run it after Astro's rehypeHeadingIds so the ids are the ones Astro gives headings.
 */
export function rehypeHeadingAnchors() {
  return (tree: HastParent) => {
    const walk = (parent: HastParent) => {
      parent.children = parent.children.map((child) => {
        if (!isElement(child)) return child;
        const id = child.properties?.id;
        if (LEVELS.has(child.tagName) && typeof id === 'string' && id !== '') {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: [HEADING_WRAPPER_CLASS, `${HEADING_WRAPPER_CLASS}--${child.tagName.slice(1)}`] },
            children: [child, anchorFor(id, textOf(child))],
          } satisfies HastElement;
        }
        walk(child);
        return child;
      });
    };
    walk(tree);
  };
}
