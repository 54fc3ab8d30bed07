// Other spellings of names and terms ("Zelensky" for "Zelenskyy"): an explainer declares them once.
// They are never indexed: the search box rewrites a query's other spellings into the spelling the
// text uses before searching, so results and excerpts quote only words that are on the page.
import { wholePhrase } from './word-match';

/** The explainer's `searchAliases`: the term as the text spells it -> other spellings readers type. */
export type SearchAliases = Readonly<Record<string, readonly string[]>>;

/** Other spelling (lower case, spaces folded) -> the spelling the text uses. */
export type AliasMap = Readonly<Record<string, string>>;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Every explainer's aliases as one map for a language's search: alias -> the text's spelling. An
 * alias equal to its own term, or blank, is dropped.
 */
export function aliasMap(all: readonly SearchAliases[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const aliases of all) {
    for (const [term, also] of Object.entries(aliases)) {
      for (const alias of also) if (fold(alias) && fold(alias) !== fold(term)) map[fold(alias)] = term;
    }
  }
  return map;
}

/**
 * The query with every other spelling replaced by the text's ("Zelensky talks" -> "Zelenskyy talks"),
 * longest alias first so a phrase wins over a word inside it. Text inside quotes is changed too: a
 * quoted alias still means the same person.
 */
export function expandAliases(query: string, aliases: AliasMap): string {
  let expanded = query;
  for (const alias of Object.keys(aliases).sort((a, b) => b.length - a.length)) {
    const pattern = wholePhrase(alias, 'giu');
    if (pattern) expanded = expanded.replace(pattern, aliases[alias]!);
  }
  return expanded;
}
