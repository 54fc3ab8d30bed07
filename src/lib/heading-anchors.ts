// Names shared by every heading anchor, whether rehype-autolink-headings made it for an MDX heading
// (src/lib/content/section-body.ts) or AnchoredHeading.astro for a page's own: one class, one wrapper, one label, in
// the language of the page the heading is on.
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { useTranslations } from '../i18n';

/** The link beside a heading, to the heading itself. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';
/** The element holding a heading and its link, so the link sits beside the heading, not inside it. */
export const HEADING_WRAPPER_CLASS = 'heading-anchored';

/** The link's accessible name, in the page's language: its visible text is only "#". */
export function headingAnchorLabel(headingText: string, lang?: string): string {
  return useTranslations(lang)('heading.anchorLabel', { heading: headingText.replace(/\s+/g, ' ').trim() });
}

/** Names the anchors rehype-autolink-headings put beside MDX headings, in the explainer's language (`lang`), from each heading's text. */
export function rehypeAnchorLabels(lang: string | undefined) {
  return (tree: Root) => {
    const visit = (node: Root | Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const classes = [child.properties['className'] ?? []].flat();
        const [heading, anchor] = child.children.filter((c): c is Element => c.type === 'element');
        if (classes.includes(HEADING_WRAPPER_CLASS) && heading && anchor) {
          anchor.properties['ariaLabel'] = headingAnchorLabel(toString(heading), lang);
        } else visit(child);
      }
    };
    visit(tree);
  };
}
