// Every id on a built page is valid (not empty, no white space) and used once: what the site's pages
// and the content's subheads, figures and cards make together, checked on the HTML as written, so no
// combination of content can publish a page whose links and labels point at the wrong element.

/** Markup whose insides are not elements of the page: scripts, styles, comments. */
const OPAQUE = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;
/** A start tag, its quoted values read whole (a title may hold ">"). */
const START_TAG = /<[a-zA-Z][^\s"'>/=]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

export interface IdProblem {
  id: string;
  message: string;
}

/** The ids of a page's elements, in document order, entities in them as written. */
export function idsIn(html: string): string[] {
  const ids: string[] = [];
  for (const tag of html.replace(OPAQUE, '').matchAll(START_TAG)) {
    const found = ID_ATTRIBUTE.exec(tag[1] ?? '');
    if (found) ids.push(found[1] ?? found[2] ?? found[3] ?? '');
  }
  return ids;
}

/** Each id that is empty, holds white space, or is used more than once on the page (named once). */
export function idProblems(html: string): IdProblem[] {
  const problems: IdProblem[] = [];
  const seen = new Map<string, number>();
  for (const id of idsIn(html)) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const [id, count] of seen) {
    if (id === '') problems.push({ id, message: 'an element has an empty id' });
    else if (/\s/.test(id)) problems.push({ id, message: `id "${id}" holds white space, which no id may` });
    if (id !== '' && count > 1) problems.push({ id, message: `id "${id}" is used ${count} times: links and labels reach only the first` });
  }
  return problems;
}
