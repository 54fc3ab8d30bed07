// Where the first paragraph of a rendered section body ends, so something short ("in short") can follow
// the lede without pushing the reporting off a phone's first screen. Pure, for the component and tests.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A tag, its attributes read whole so that a ">" inside a quoted value does not end it; or a comment. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;

/**
 * The index just after the closing tag of the first top-level <p> in `html`, or 0 when there is none
 * (a body that opens with a list or figure and has no paragraph of its own at the top level).
 */
export function ledeEnd(html: string): number {
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawName, , selfClosing] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      depth--;
      if (depth === 0 && name === 'p') return match.index + whole.length;
    } else if (!selfClosing && !VOID.has(name)) depth++;
  }
  return 0;
}
