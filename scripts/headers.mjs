// Reads a `_headers` file the way Netlify and Cloudflare Pages do: every rule whose path matches applies,
// and a header that several of them set is sent once with their values joined by ", ". The preview server
// and the tests share this one reading, so what they check is what those hosts send.

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 * One path pattern and the headers it sets, in file order.
 */

/** @returns {HeaderRule[]} */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    const where = `_headers line ${index + 1}`;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: "${line}" is not a path such as /* or /_astro/*`);
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const entry = line.trim();
    // Cloudflare's "! Name" detaches a header; Netlify reads no such line, so it would not mean the same everywhere.
    if (entry.startsWith('!')) throw new Error(`${where}: "${entry}" is Cloudflare-only: set each header in one rule instead`);
    const colon = entry.indexOf(':');
    if (!rule || colon < 1) throw new Error(`${where}: "${entry}" is not "Name: value" under a path`);
    rule.headers.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A pattern as both hosts read it: `*` matches anything (slashes too), `:name` one path segment. */
function patternRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The rules that apply to a URL path, in file order. */
export function matchingRules(rules, path) {
  return rules.filter((rule) => patternRegExp(rule.pattern).test(path));
}

/** The headers a host sends for a URL path: every matching rule, duplicates joined (names compared without case). */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const byName = new Map();
  for (const rule of matchingRules(rules, path)) {
    for (const [name, value] of rule.headers) {
      const seen = byName.get(name.toLowerCase());
      byName.set(name.toLowerCase(), seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(byName.values());
}

/** Headers that more than one line sets for a URL path: each would reach readers as a joined value. */
export function repeatedHeaders(rules, path) {
  const names = matchingRules(rules, path).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}
