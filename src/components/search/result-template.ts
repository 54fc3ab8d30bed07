// How one search result reads, built as DOM (never as markup from the index): which explainer, the
// section's short title as a kicker over its question, its excerpt with the matched words marked, and up to three headings inside the section,
// each with its own passage. A heading whose passage is the section's excerpt again is left out, so no
// result repeats itself.

/** What Pagefind returns for one page (the part this site reads). */
export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** At most this many headings under a result. */
export const MAX_SUB_RESULTS = 3;

/**
 * An excerpt as nodes: Pagefind's text with its <mark> tags kept as marks, anything else as text.
 * Parsed in an inert document, so nothing in it loads or runs.
 */
export function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** An excerpt's words alone, to compare passages. */
const plain = (html: string) => excerptNodes(html).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();

/**
 * The headings worth showing under a result: each leads to its anchor, with a passage of its own, or
 * none when its passage is the result's excerpt (excerpts cut to whole sentences often are); a heading
 * whose passage another heading shows is left out.
 */
export function distinctSubResults(data: ResultData): ResultData['sub_results'] {
  const main = plain(data.excerpt);
  const seen = new Set<string>();
  return data.sub_results
    .flatMap((sub) => {
      const text = plain(sub.excerpt);
      if (!new URL(sub.url, location.href).hash || !text || seen.has(text)) return [];
      seen.add(text);
      return [text === main ? { ...sub, excerpt: '' } : sub];
    })
    .slice(0, MAX_SUB_RESULTS);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[] = []) {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function excerpt(html: string): HTMLParagraphElement {
  return element('p', 'search-result-excerpt', excerptNodes(html));
}

/** One result as a list item. */
export function renderResult(data: ResultData): HTMLLIElement {
  const link = element('a', 'search-result-link');
  link.href = data.url;
  const explainer = data.filters['explainer']?.[0];
  if (explainer) link.append(element('span', 'search-result-explainer', [explainer]));
  const kicker = data.meta['kicker'];
  if (kicker) link.append(element('span', 'search-result-kicker', [kicker]));
  link.append(element('span', 'search-result-title', [data.meta['title'] ?? data.url]));
  const result = element('div', 'search-result', [link]);
  if (data.excerpt) result.append(excerpt(data.excerpt));
  const subs = distinctSubResults(data);
  if (subs.length > 0) {
    const list = element('ul', 'search-result-headings');
    for (const sub of subs) {
      const heading = element('a', 'search-result-heading', [sub.title]);
      heading.href = sub.url;
      list.append(element('li', '', sub.excerpt ? [heading, excerpt(sub.excerpt)] : [heading]));
    }
    result.append(list);
  }
  return element('li', 'search-result-item', [result]);
}

/** A topic or person the query names, as a list item above the sections: its kind, name and how many sections. */
export function renderNamed(name: { name: string; url: string }, kind: string, count: string): HTMLLIElement {
  const link = element('a', 'search-result-link', [element('span', 'search-result-kicker', [kind]), element('span', 'search-result-title', [name.name])]);
  link.href = name.url;
  return element('li', 'search-result-item search-result-named', [element('div', 'search-result', [link, element('p', 'search-result-excerpt', [count])])]);
}
