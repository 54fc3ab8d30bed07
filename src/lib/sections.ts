// Ordering and neighbours of an explainer's sections: pure, so the pages and tests share it.
import { useTranslations } from '../i18n';
import { SITE } from '../site';

export interface Ordered {
  order: number;
}

export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
  /** 1-based position, for "Section 2 of 4". */
  position: number;
  total: number;
}

export function neighbours<T>(ordered: readonly T[], index: number): Neighbours<T> {
  if (index < 0 || index >= ordered.length) throw new RangeError(`No section at index ${index}`);
  return {
    previous: ordered[index - 1],
    next: ordered[index + 1],
    position: index + 1,
    total: ordered.length,
  };
}

/** Up to this many sections, a section page lists them all; past it, the list would grow every page of the explainer. */
export const FULL_CONTENTS_MAX = 12;
/** Sections listed on each side of the one being read, once the list is cut. */
export const CONTENTS_AROUND = 3;

/**
 * Which sections a section page lists, as [start, end) of the ordered list: all of them up to
 * FULL_CONTENTS_MAX, else the one being read with CONTENTS_AROUND on each side (more on one side at
 * either end), so a page's size stays the same however long the explainer is.
 */
export function contentsWindow(total: number, index: number): { start: number; end: number; cut: boolean } {
  if (total <= FULL_CONTENTS_MAX) return { start: 0, end: total, cut: false };
  const size = 2 * CONTENTS_AROUND + 1;
  const start = Math.min(Math.max(index - CONTENTS_AROUND, 0), total - size);
  return { start, end: start + size, cut: true };
}

/** "Section 2 of 4", in the page's language. */
export function positionLabel(position: number, total: number, lang: string = SITE.lang): string {
  return useTranslations(lang)('section.position', { position, total });
}

/** Newest first; ties keep a stable order by headline. */
export function newestFirst<T extends { published: Date; headline: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.published.getTime() - a.published.getTime() || a.headline.localeCompare(b.headline),
  );
}
