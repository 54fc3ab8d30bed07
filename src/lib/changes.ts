// Which change to an explainer a page announces at its top: a section's newest change that names it, or
// for the overview the newest that names no section (changes[].sections in index.mdx). An entry dated
// the day the explainer was published is its first publication, not an update, and is never announced.
import type { ExplainerView } from './explainers';

type Change = ExplainerView['changes'][number];

/** The newest update that touched `section` (a slug), or with no section given, the newest naming none. */
export function latestChange({ published, changes }: Pick<ExplainerView, 'published' | 'changes'>, section?: string): Change | undefined {
  return changes
    .filter((c) => c.date > published && (section === undefined ? !c.sections : c.sections?.includes(section)))
    .at(-1);
}
