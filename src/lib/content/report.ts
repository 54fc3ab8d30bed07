// What the content check reports, and the one way every rule records a problem: file, field, message.
import { relative } from 'node:path';

export interface ContentProblem {
  /** Path of the offending file or folder, relative to the working directory. */
  file: string;
  /** The frontmatter field, or what in the body, that is wrong. */
  field?: string;
  message: string;
}

/** Collects problems for one run of the check; every rule family writes through it. */
export class Problems {
  readonly list: ContentProblem[] = [];

  add(file: string, field: string | undefined, message: string): void {
    this.list.push({ file, ...(field ? { field } : {}), message });
  }
}

/** A path as the editor sees it: relative to the working directory. */
export const shown = (path: string) => relative(process.cwd(), path) || path;

/** An error's first line, without its stack: what an editor is shown when the check itself fails. */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
}

/** The one message an editor sees: a line per problem, file → field: what is wrong. */
export function formatProblems(problems: readonly ContentProblem[], outcome = 'nothing was built'): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
  return `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; ${outcome}:\n${lines.join('\n')}`;
}
