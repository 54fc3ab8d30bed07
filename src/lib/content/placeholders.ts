// The draft's placeholders: what only an editor can write (questions, summaries, in-short points,
// takeaways, topics) is left as text starting TODO(editor). The content check reports each one left,
// naming file and field, so a build refuses to publish a draft; `astro dev` shows them as warnings and
// highlights them on the pages, so the whole draft can be read while it is being finished.

/** The mark every placeholder starts with. */
export const PLACEHOLDER = 'TODO(editor)';

/** A placeholder value: the mark, then what to write ("TODO(editor): the question this section answers"). */
export const placeholder = (what: string) => `${PLACEHOLDER}: ${what}`;

export interface PlaceholderProblem {
  field: string;
  message: string;
}

const MESSAGE = 'is still a draft placeholder';

/** Whether a content problem is a placeholder left to fill, which `astro dev` shows as a warning rather than a stop. */
export function isPlaceholderProblem(problem: { message: string }): boolean {
  return problem.message.startsWith(MESSAGE);
}

/**
 * Placeholders left in one file: in a frontmatter value (named by its field, as `topics.0`), in a
 * commented-out frontmatter field (`# TODO(editor): inShort — …`, named by that field), or in the body
 * (`body, line N`). `text` is the whole file, as read.
 */
export function placeholderProblems(data: unknown, text: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  const what = (value: string) => value.slice(value.indexOf(PLACEHOLDER) + PLACEHOLDER.length).replace(/^[:\s]+/, '').replace(/[:\s]+$/, '').trim();
  const say = (field: string, value: string) =>
    problems.push({ field, message: `${MESSAGE}: ${what(value) || 'write it'}${/write|delete/.test(what(value)) ? '' : ' (write it, and the TODO goes)'}` });

  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.includes(PLACEHOLDER)) say(path || 'frontmatter', value);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, path ? `${path}.${i}` : String(i)));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(data, '');

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fence = /^---[ \t]*$/;
  const end = fence.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && fence.test(l)) : -1;
  lines.forEach((line, i) => {
    if (!line.includes(PLACEHOLDER)) return;
    if (i <= end) {
      // Values were read above; a comment holds a field the editor has yet to write.
      const comment = /^\s*#(.*)$/.exec(line)?.[1];
      if (comment === undefined) return;
      const field = new RegExp(`${PLACEHOLDER.replace(/[()]/g, '\\$&')}:\\s*([A-Za-z][\\w.]*)\\s+[—-]`).exec(comment)?.[1];
      say(field ?? `frontmatter, line ${i + 1}`, comment.replace(/^.*?[—-]\s*/, `${PLACEHOLDER}: `));
    } else say(`body, line ${i + 1}`, line);
  });
  return problems;
}

/** Page HTML with each placeholder's text in <mark>, for `astro dev`: text outside tags only, never in <title>, scripts or styles. */
export function markPlaceholders(html: string): string {
  if (!html.includes(PLACEHOLDER)) return html;
  const parts = html.split(/(<(script|style|title|textarea)\b[\s\S]*?<\/\2>|<[^>]*>)/i);
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += (parts[i] ?? '').replaceAll(/TODO\(editor\)[^<]*/g, (found) => `<mark class="placeholder" title="To write before publishing">${found}</mark>`);
    if (parts[i + 1] !== undefined) out += parts[i + 1];
  }
  return out;
}
