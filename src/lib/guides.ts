// Turns an explainer's takeaways and timeline (frontmatter, pointing at section slugs) into links.
import type { ExplainerView, SectionView } from './explainers';

function sectionOf(explainer: ExplainerView, slug: string, field: string): SectionView {
  const section = explainer.sections.find((s) => s.slug === slug);
  // The content check reports this first, naming the file and field; this guards direct builds.
  if (!section) throw new Error(`${explainer.slug}: ${field} points at unknown section "${slug}"`);
  return section;
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
  return explainer.takeaways.map((t) => {
    const section = sectionOf(explainer, t.section, 'takeaways');
    return { text: t.text, href: onePage ? `#${section.slug}` : section.url, section: section.title };
  });
}

export function timelineEvents(explainer: ExplainerView) {
  return explainer.timeline.map((e) => {
    const section = sectionOf(explainer, e.section, 'timeline');
    return { when: String(e.when), label: e.label, what: e.what, href: section.url, section: section.title };
  });
}
