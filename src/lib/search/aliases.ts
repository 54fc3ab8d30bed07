// Other spellings of names and terms ("Zelensky" for "Zelenskyy"): an explainer declares them once.
// They are never indexed: the search box rewrites a query's other spellings into the spelling the
// text uses before searching, so results and excerpts quote only words that are on the page.

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
 * The longest alias or term, in characters, that search reads: a spelling is a name or a short phrase,
 * and each place in a query is compared with at most this many of its tokens, so no alias can multiply
 * the work. The content check refuses longer ones (searchAliasProblems); search ignores them.
 */
export const MAX_ALIAS_LENGTH = 120;

/** A problem of an explainer's `searchAliases`, for the content check: the field and what to do. */
export interface AliasProblem {
  field: string;
  message: string;
}

/** Spellings search would ignore (longer than MAX_ALIAS_LENGTH), each named with its term's field. */
export function searchAliasProblems(aliases: SearchAliases | undefined): AliasProblem[] {
  const problems: AliasProblem[] = [];
  for (const [term, also] of Object.entries(aliases ?? {})) {
    for (const [n, spelling] of [term, ...also].entries()) {
      const length = fold(spelling).length;
      if (length > MAX_ALIAS_LENGTH) {
        problems.push({
          field: `searchAliases.${term.slice(0, 40)}`,
          message: `${n === 0 ? 'the term' : 'the other spelling'} "${fold(spelling).slice(0, 40)}…" is ${length} characters; search reads a name or short phrase of at most ${MAX_ALIAS_LENGTH}: shorten it`,
        });
      }
    }
  }
  return problems;
}

/**
 * A text's tokens: runs of letters and digits, runs of white space, and single other characters. A
 * spelling found whole starts and ends on token edges (a run of letters cannot be entered or left half
 * way), so spellings are compared a token at a time.
 */
const TOKEN = /[\p{L}\p{N}]+|\s+|[^]/gu;
const isWord = (token: string | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token);
/** A token as a case-insensitive search compares it: any white space is one space, final sigma a sigma. */
const foldToken = (token: string) => (/^\s/u.test(token) ? ' ' : token.toLowerCase().replace(/ς/g, 'σ'));

/** A trie of folded spellings, one token a step; `to` is set where a spelling ends. */
interface Node {
  next: Map<string, Node>;
  /** The text's spelling to write for the spelling ending here; null: a term itself, kept as typed. */
  to?: string | null;
}

/** Folded spelling -> what to write, as a trie; built once per map, so a keystroke costs the query only. */
const tries = new WeakMap<AliasMap, Node>();
function trieOf(aliases: AliasMap): Node {
  let root = tries.get(aliases);
  if (root) return root;
  root = { next: new Map() };
  const add = (spelling: string, to: string | null) => {
    const folded = fold(spelling);
    if (!folded || folded.length > MAX_ALIAS_LENGTH) return;
    let node = root!;
    for (const token of folded.match(TOKEN)!) {
      const key = foldToken(token);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    // A term the text uses is kept as typed, even where another term lists it as an alias.
    if (node.to !== null) node.to = to;
  };
  for (const [alias, term] of Object.entries(aliases)) add(alias, term);
  for (const term of new Set(Object.values(aliases))) add(term, null);
  tries.set(aliases, root);
  return root;
}

/**
 * The query with every other spelling replaced by the text's ("Zelensky talks" -> "Zelenskyy talks"),
 * in one pass from left to right: at each place the longest spelling that is there whole is taken, and
 * what replaces it is never read again, so aliases inside terms cannot cascade. A term is a spelling too,
 * kept as typed, so an alias inside its own term ("Zelenskyy" in "Volodymyr Zelenskyy") does not double
 * it. Terms are written as they are (no replacement patterns). Text inside quotes is changed too: a quoted
 * alias still means the same person. Work: at most MAX_ALIAS_LENGTH trie steps per token of the query.
 */
export function expandAliases(query: string, aliases: AliasMap): string {
  const root = trieOf(aliases);
  if (root.next.size === 0) return query;
  const tokens = query.match(TOKEN) ?? [];
  const folded = tokens.map(foldToken);
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < tokens.length) {
    const found = isWord(tokens[i - 1]) ? undefined : longestAt(root, tokens, folded, i);
    if (!found) {
      i++;
      continue;
    }
    out += tokens.slice(copied, i).join('') + (found.to ?? tokens.slice(i, found.end).join(''));
    copied = i = found.end;
  }
  return copied === 0 ? query : out + tokens.slice(copied).join('');
}

/** The longest spelling starting at token `start` and ending whole (no letter or digit right after it). */
function longestAt(root: Node, tokens: readonly string[], folded: readonly string[], start: number): { end: number; to: string | null } | undefined {
  let found: { end: number; to: string | null } | undefined;
  let node: Node | undefined = root;
  for (let i = start; node && i < tokens.length; ) {
    node = node.next.get(folded[i]!);
    i++;
    if (node?.to !== undefined && !isWord(tokens[i])) found = { end: i, to: node.to };
  }
  return found;
}
