// Splits an MDX file into its YAML frontmatter and body, with messages that say what is wrong with the
// fence itself. YAML is read with js-yaml, as Astro's content layer reads it, but without YAML's
// timestamps: they turn 2025-02-30 into 2 March without a word, so dates reach the schema as written.
import yaml from 'js-yaml';

export type Split =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): Split {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, message: 'must start on line 1 with a line of three hyphens (---), then the fields, then another ---' };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) return { ok: false, message: 'the --- on line 1 is never closed: end the fields with a line of three hyphens (---)' };
  let data: unknown;
  try {
    data = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    const line = e.mark ? ` (line ${e.mark.line + 2})` : '';
    return { ok: false, message: `is not valid YAML${line}: ${e.reason ?? String(error)}` };
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { ok: false, message: 'must be fields, one per line, such as title: My title' };
  }
  // The body keeps its line numbers: the frontmatter becomes blank lines.
  const body = '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');
  return { ok: true, data: data as Record<string, unknown>, body, bodyLine: end + 2 };
}
