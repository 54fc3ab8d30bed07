// Splits an MDX file into its YAML frontmatter and body, with messages that say what is wrong with the
// fence itself. YAML is read with js-yaml, as Astro's content layer reads it, but without YAML's
// timestamps: they turn 2025-02-30 into 2 March without a word, so dates reach the schema as written.
// The YAML mistakes editors make (a colon or # in an unquoted value, a tab indent) get messages that
// say how to write the line, and YAML's anchors, aliases and merge keys are refused: editors have no
// use for them, and an alias "bomb" would make every later reader of the data walk a huge tree.
import yaml from 'js-yaml';

/** A problem in a YAML text: the field (with its line, where known) and what to do. */
export interface YamlProblem {
  field: string;
  message: string;
}

export type Split =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; problems: YamlProblem[] }
  | { ok: false; problems: YamlProblem[]; body: string | undefined };

const FENCE = /^---[ \t]*$/;

/** Raised from js-yaml's listener at the first anchor, so an alias bomb is never even built. */
class AnchorFound extends Error {
  constructor(readonly anchor: string, readonly line: number) {
    super(anchor);
  }
}

/** `key: value` or `- key: value` or `- value` on one line, the value as written. */
const ENTRY = /^(\s*(?:-[ \t]+)*)(?:([^\s:#'"&*!|>{}[\],-][^:#]*?|"[^"]*"|'[^']*'):)?[ \t]*(.*)$/;
/** A value YAML reads as it is (quoted, a list, a block, an anchor or tag): no advice about quoting it. */
const STRUCTURED = /^(["'[{|>&*!]|$)/;

/**
 * Reads YAML text whose first line is line `firstLine` of its file. `data` is undefined when the text
 * cannot be read; problems name the field and line and say how to write it.
 */
export function readYaml(text: string, firstLine: number): { data: unknown; problems: YamlProblem[] } {
  const lines = text.split('\n');
  const starts: number[] = [];
  let data: unknown;
  try {
    data = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        // Each node opens and closes in order; an anchor is known once its node closes.
        if (event === 'open') starts.push(state.line);
        else {
          const line = starts.pop() ?? state.line;
          const { anchor } = state as yaml.State & { anchor: string | null };
          if (anchor !== null) throw new AnchorFound(anchor, line);
        }
      },
    });
  } catch (error) {
    if (error instanceof AnchorFound) {
      return { data: undefined, problems: [{ field: `frontmatter, line ${error.line + firstLine}`, message: anchorMessage(`&${error.anchor}`) }] };
    }
    const e = error as { reason?: string; mark?: { line: number } };
    const at = e.mark ? e.mark.line : undefined;
    const quoting = at === undefined ? undefined : quotingAdvice(lines[at] ?? '', at + firstLine);
    if (quoting) return { data: undefined, problems: [quoting] };
    if (at !== undefined && /tab characters/.test(e.reason ?? '')) {
      return { data: undefined, problems: [{ field: `frontmatter, line ${at + firstLine}`, message: 'is indented with a tab: YAML needs spaces, two for each level' }] };
    }
    return { data: undefined, problems: [{ field: 'frontmatter', message: `is not valid YAML${at === undefined ? '' : ` (line ${at + firstLine})`}: ${e.reason ?? String(error)}` }] };
  }
  const merge = lines.findIndex((line) => /^\s*(?:-\s+)?<<\s*:/.test(line));
  if (merge >= 0 || hasMergeKey(data)) {
    return { data: undefined, problems: [{ field: `frontmatter${merge >= 0 ? `, line ${merge + firstLine}` : ''}`, message: anchorMessage('<<') }] };
  }
  return { data, problems: commentProblems(lines, firstLine) };
}

function anchorMessage(what: string): string {
  return `${what} is YAML’s way to repeat or merge values (anchors &, aliases *, merge keys <<), which content does not use: write each value out in full`;
}

/** Whether a value holds a `<<` key anywhere (a merge written in flow style, { <<: … }). Aliases are refused first, so this walk is linear. */
function hasMergeKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasMergeKey);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k === '<<' || hasMergeKey(v));
  return false;
}

/** A value written with quotes around the whole of it: double quotes unless it holds some. */
function quoted(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** The one thing to say when YAML stopped at a line holding an unquoted value with ": " in it. */
function quotingAdvice(line: string, lineNumber: number): YamlProblem | undefined {
  const m = ENTRY.exec(line);
  if (!m?.[2]) return undefined;
  const key = m[2].replace(/^["']|["']$/g, '');
  const value = m[3]!.replace(/\s+#.*$/, '').trim();
  // A value starting with a quote that goes on after its closing quote ("a": b) needs the same cure.
  const partlyQuoted = /^(["'])(?:(?!\1).)*\1\s*\S/.test(value);
  if (!/:(\s|$)/.test(value) || (STRUCTURED.test(value) && !partlyQuoted)) return undefined;
  return { field: `${key}, line ${lineNumber}`, message: `put the ${key} in quotes: ${key}: ${quoted(value)} (in YAML, a colon and a space end a field’s name, so a value holding one must be quoted)` };
}

/** Plain values cut short by " #", which YAML reads as the start of a comment. */
function commentProblems(lines: readonly string[], firstLine: number): YamlProblem[] {
  const problems: YamlProblem[] = [];
  let blockIndent = -1;
  lines.forEach((line, i) => {
    const indent = /^\s*/.exec(line)![0].length;
    // Lines of a block scalar (| or >) are text, where # is just a character.
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) return;
    blockIndent = -1;
    const m = ENTRY.exec(line);
    if (!m) return;
    const value = m[3]!;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
      blockIndent = indent;
      return;
    }
    const comment = /^(.*?\S)[ \t]+#/.exec(value);
    if (!comment || STRUCTURED.test(value)) return;
    const kept = comment[1]!;
    // A number, true/false or a date before a comment loses nothing: "order: 2 # second" is fine.
    if (/^(-?\d+(\.\d+)?|true|false|null|\d{4}-\d{2}(-\d{2})?)$/i.test(kept)) return;
    const key = m[2]?.replace(/^["']|["']$/g, '');
    const item = !key && m[1]!.includes('-');
    const name = key ?? (item ? 'item' : 'text');
    const written = key ? `: ${key}: ${quoted(value.trim())}` : item ? `: - ${quoted(value.trim())}` : '';
    problems.push({
      field: `${key ?? 'frontmatter'}, line ${i + firstLine}`,
      message: `the # starts a comment in YAML, so the ${name} reads only "${kept}": put the ${name} in quotes${written}`,
    });
  });
  return problems;
}

/** A file's lines and the line of the --- that closes its frontmatter: undefined when none opens it on line 1, -1 when it is never closed. */
function fences(text: string): { lines: string[]; end: number | undefined } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return { lines, end: FENCE.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && FENCE.test(line)) : undefined };
}

/** The body keeps its line numbers: the frontmatter becomes blank lines. */
const bodyAfter = (lines: readonly string[], end: number) => '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');

/** The text below the frontmatter, as splitFrontmatter gives it, without reading the fields: what renders a checked file. */
export function frontmatterBody(text: string): string | undefined {
  const { lines, end } = fences(text);
  return end === undefined || end < 0 ? undefined : bodyAfter(lines, end);
}

export function splitFrontmatter(text: string): Split {
  const { lines, end } = fences(text);
  if (end === undefined) {
    return { ok: false, body: undefined, problems: [{ field: 'frontmatter', message: 'must start on line 1 with a line of three hyphens (---), then the fields, then another ---' }] };
  }
  if (end < 0) return { ok: false, body: undefined, problems: [{ field: 'frontmatter', message: 'the --- on line 1 is never closed: end the fields with a line of three hyphens (---)' }] };
  const body = bodyAfter(lines, end);
  const read = readYaml(lines.slice(1, end).join('\n'), 2);
  if (read.data === undefined && read.problems.length > 0) return { ok: false, problems: read.problems, body };
  const data = read.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { ok: false, body, problems: [{ field: 'frontmatter', message: 'must be fields, one per line, such as title: My title' }] };
  }
  return { ok: true, data: data as Record<string, unknown>, body, bodyLine: end + 2, problems: read.problems };
}
