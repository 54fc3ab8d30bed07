// Turns an explainer's takeaways and timeline (frontmatter, pointing at section slugs) into links.
import type { ExplainerView, SectionView } from './explainers';

/**
 * The section a takeaway or timeline entry points at. The content check refuses an unknown one before
 * any build; in `astro dev` a page may render once with data a moment older than the check, and then
 * leaves the entry out rather than stopping on it.
 */
function sectionOf(explainer: ExplainerView, slug: string): SectionView | undefined {
  return explainer.sections.find((s) => s.slug === slug);
}

/** A takeaway and the section that states it: a page, or (`onePage`) its anchor on the full story. */
export interface TakeawayLink {
  text: string;
  href: string;
  /** The section's title, for the small link after the point. */
  section: string;
}

/** Takeaways linking to section pages, or (`onePage`) to the sections' anchors on the full story. */
export function takeawayLinks(explainer: ExplainerView, onePage = false): TakeawayLink[] {
  return explainer.takeaways.flatMap((t) => {
    const section = sectionOf(explainer, t.section);
    return section ? [{ text: t.text, href: onePage ? `#${section.slug}` : section.url, section: section.title }] : [];
  });
}

export function timelineEvents(explainer: ExplainerView) {
  return explainer.timeline.flatMap((e) => {
    const section = sectionOf(explainer, e.section);
    return section ? [{ when: String(e.when), label: e.label, what: e.what, href: section.url, section: section.title }] : [];
  });
}
