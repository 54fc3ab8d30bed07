// Which change to an explainer a page announces at its top: a section's newest change that names it, or
// for the overview the newest that names no section (changes[].sections in index.mdx). An entry dated
// the day the explainer was published is its first publication, not an update, and is never announced.
import type { ExplainerView } from './explainers';
import { isoDay } from './dates';
import { updateIds } from './last-visit';

type Change = ExplainerView['changes'][number];

/** A change after publication, with its stable id (see updateIds in last-visit.ts). */
export type ExplainerUpdate = Change & { id: string };

/** The explainer's updates, oldest first: every change dated after it was published. */
export function explainerUpdates({ published, changes }: Pick<ExplainerView, 'published' | 'changes'>): ExplainerUpdate[] {
  const updates = changes.filter((c) => c.date > published);
  const ids = updateIds(updates.map((c) => ({ date: isoDay(c.date), sections: c.sections })));
  return updates.map((c, i) => ({ ...c, id: ids[i]! }));
}

/** The ids of the updates that touched `section` (a slug), or with no section given, of those naming none. */
export function updatesOf(explainer: Pick<ExplainerView, 'published' | 'changes'>, section?: string): string[] {
  return explainerUpdates(explainer)
    .filter((u) => (section === undefined ? !u.sections : u.sections?.includes(section)))
    .map((u) => u.id);
}

/** The newest update that touched `section` (a slug), or with no section given, the newest naming none. */
export function latestChange(explainer: Pick<ExplainerView, 'published' | 'changes'>, section?: string): Change | undefined {
  return explainerUpdates(explainer)
    .filter((u) => (section === undefined ? !u.sections : u.sections?.includes(section)))
    .at(-1);
}
