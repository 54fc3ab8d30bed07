// What changed since a reader's last visit: pure rules over an explainer's updates and what the reader's
// own browser stored (localStorage, by src/scripts/last-visit.ts). Nothing leaves the browser. Imports
// nothing: the page script bundles this file, and it must stay small.

/** One update to an explainer: its stable id, its day (YYYY-MM-DD) and the sections it named (none: the overview). */
export interface Update {
  id: string;
  date: string;
  sections: readonly string[];
}

/**
 * What the browser keeps per explainer. `at`: the reader's latest page view; `from`: when their previous
 * visit ended (what the marks compare with); `seen`: the updates that existed at that visit; `ids`: the
 * updates that exist now, which become `seen` when the next visit starts.
 */
export interface Visit {
  at: number;
  from: number;
  seen: string[];
  ids: string[];
}

/** Page views closer together than this are one visit: the marks last while the reader goes from page to page. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** The localStorage key for an explainer's visits. */
export const visitKey = (explainer: string): string => `last-visit:${explainer}`;

/** 32-bit FNV-1a, in base 36: short, and the same in every browser and build. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Stable ids for updates, oldest first: the day and a hash of the sections it changed ("2025-03-05-1x9k2"),
 * "-2", "-3" … for a later update of the same day and sections. Rewording an update's text keeps its id,
 * so neither a feed reader nor a returning reader sees it twice.
 */
export function updateIds(updates: readonly { date: string; sections?: readonly string[] | undefined }[]): string[] {
  const count = new Map<string, number>();
  return updates.map(({ date, sections = [] }) => {
    const base = `${date}-${hash([...sections].sort().join(' '))}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** The day an id was made from (its first ten characters). */
export const updateDay = (id: string): string => id.slice(0, 10);

/** A time a Date can hold (JSON may carry any number). */
const isTime = (value: unknown): value is number => typeof value === 'number' && Math.abs(value) <= 8.64e15;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A stored visit, or undefined for anything else (storage is the reader's and may hold anything). */
export function parseVisit(text: string | null | undefined): Visit | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<Visit>;
    if (isTime(v.at) && isTime(v.from) && isStrings(v.seen) && isStrings(v.ids)) return { at: v.at, from: v.from, seen: v.seen, ids: v.ids };
  } catch {
    // Not JSON: treated as no visit.
  }
  return undefined;
}

/**
 * The record after a page view at `now` of an explainer whose updates are `ids`. A first visit sees
 * everything as read; a view more than VISIT_GAP_MS after the last starts a new visit, which compares
 * with the one before.
 */
export function recordVisit(stored: Visit | undefined, ids: readonly string[], now: number): Visit {
  if (!stored) return markRead(ids, now);
  const known = [...new Set([...stored.ids, ...ids])];
  if (now - stored.at > VISIT_GAP_MS) return { at: now, from: stored.at, seen: stored.ids, ids: known };
  return { ...stored, at: Math.max(stored.at, now), ids: known };
}

/** "Mark as read": every update there is now counts as seen. */
export function markRead(ids: readonly string[], now: number): Visit {
  return { at: now, from: now, seen: [...ids], ids: [...ids] };
}

/**
 * The updates new to this reader, and the sections they changed (`overview`: one named no section).
 * New: not seen at the last visit, and dated on or after its day (UTC, as update dates are), so an
 * update made later on the day of a visit counts, and one from before the reader's time never does.
 */
export function whatsNew(updates: readonly Update[], visit: Visit): { updates: string[]; sections: string[]; overview: boolean } {
  const since = new Date(visit.from).toISOString().slice(0, 10);
  const fresh = updates.filter((u) => !visit.seen.includes(u.id) && u.date >= since);
  return {
    updates: fresh.map((u) => u.id),
    sections: [...new Set(fresh.flatMap((u) => u.sections))],
    overview: fresh.some((u) => u.sections.length === 0),
  };
}
