// Text-fragment links (`#:~:text=`): browsers that support them scroll to the quoted passage and mark it.
// Pure, so the "Copy link to quote" script and the unit tests share it.

/** Quotes up to this many words go whole into the link; longer ones as "first words,last words". */
export const EXACT_WORDS = 10;
/** Words kept at each end of a long quote: enough to be unique in an article, short enough to read. */
export const EDGE_WORDS = 4;

/** Percent-encodes a fragment term; `-`, `,` and `&` are syntax in a text directive, so they are encoded too. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * The text directive for a selected passage, or undefined when nothing is selected.
 * `spansBlocks` says the selection crosses paragraphs, which an exact match cannot do.
 */
export function textDirective(selected: string, spansBlocks = /\n/.test(selected.trim())): string | undefined {
  const words = selected.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (words.length <= EXACT_WORDS && !spansBlocks) return `text=${encodeTerm(words.join(' '))}`;
  if (words.length === 1) return `text=${encodeTerm(words[0]!)}`;
  const edge = Math.min(EDGE_WORDS, Math.floor(words.length / 2));
  const start = words.slice(0, edge).join(' ');
  const end = words.slice(-edge).join(' ');
  return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** `https://site/page/#:~:text=…`, replacing any fragment the page URL had. */
export function quoteUrl(pageUrl: string, selected: string, spansBlocks?: boolean): string | undefined {
  const directive = textDirective(selected, spansBlocks);
  if (!directive) return undefined;
  return `${pageUrl.split('#')[0]}#:~:${directive}`;
}
