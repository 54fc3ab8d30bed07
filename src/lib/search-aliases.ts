// Other spellings of names and terms ("Zelensky" for "Zelenskyy"): an explainer declares them once,
// and each section gets only those whose term it actually uses, so an alias never finds a section
// that does not mention the person or thing.

/** The explainer's `searchAliases`: the term as the text spells it -> other spellings readers type. */
export type SearchAliases = Readonly<Record<string, readonly string[]>>;

export interface AliasGroup {
  /** The spelling used in the text. */
  term: string;
  /** Other spellings of it, none equal to the term. */
  also: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` uses `term` as a whole word or phrase, ignoring case and runs of white space. */
export function mentions(text: string, term: string): boolean {
  const words = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  if (!words) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The alias groups that apply to a section whose searchable text is `text`, in declaration order. */
export function aliasesFor(text: string, aliases: SearchAliases): AliasGroup[] {
  return Object.entries(aliases)
    .filter(([term]) => mentions(text, term))
    .map(([term, also]) => ({
      term,
      also: [...new Set(also.map((a) => a.trim()))].filter((a) => a && a.toLowerCase() !== term.toLowerCase()),
    }))
    .filter((group) => group.also.length > 0);
}

/**
 * The words indexed beside a section for one term: "Also written Zelensky or Zelenskiy." The term
 * itself is left out, so a search for it still quotes the reported text rather than this line.
 */
export function aliasSentence(group: AliasGroup): string {
  const list = new Intl.ListFormat('en', { type: 'disjunction' }).format(group.also);
  return `Also written ${list}.`;
}

/** Alias (lower case) -> the spelling on the page, so the landing page can highlight what the reader meant. */
export function highlightMap(groups: readonly AliasGroup[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const group of groups) for (const alias of group.also) map[alias.toLowerCase()] = group.term;
  return map;
}
