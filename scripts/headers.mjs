// Reads a `_headers` file (the format Netlify and Cloudflare Pages use) and picks the headers for a path.
// Where several rules match, the more specific (longer) pattern wins for a header both set.

/** @returns {{ pattern: string, headers: Record<string, string> }[]} */
export function parseHeaders(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** @returns {Record<string, string>} */
export function headersFor(rules, path) {
  return rules
    .filter((r) => matches(r.pattern, path))
    .sort((a, b) => a.pattern.length - b.pattern.length)
    .reduce((all, r) => ({ ...all, ...r.headers }), {});
}
