// Schema problems in an editor's words: "is required", "must be a list", "is not a field here".
// Messages a schema writes itself (src/content.config.ts, src/lib/component-props.ts) win over these.
import type { z, ZodType } from 'astro/zod';

type RawIssue = z.core.$ZodRawIssue;

const TYPES: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list, such as ["one", "two"]',
  object: 'must be fields, such as name: value',
  date: 'must be a date such as 2025-01-24',
};

/** A friendly message for one schema issue, or undefined to keep the schema's own. */
export function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return TYPES[issue.expected] ?? `must be ${issue.expected}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `${keys} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here: check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${issue.minimum}${Array.isArray(issue.input) ? ` (it lists ${issue.input.length})` : ''}`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      return `must be ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${issue.maximum}${Array.isArray(issue.input) ? ` (it lists ${issue.input.length})` : ''}`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters${typeof issue.input === 'string' ? ` (it is ${issue.input.length})` : ''}`;
      return `must be ${issue.maximum} or less`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
}

export interface SchemaProblem {
  /** Dotted path to the field ("takeaways.0.section"); empty for the whole value. */
  field: string;
  message: string;
}

/**
 * A value's problems against a schema, in an editor's words. A missing field is "is required" even
 * where the schema words a wrong type its own way.
 */
export function schemaProblems(schema: ZodType, data: unknown): { success: boolean; data: unknown; problems: SchemaProblem[] } {
  const result = schema.safeParse(data, { error: describeIssue });
  const problems = (result.error?.issues ?? []).map((issue) => ({
    field: issue.path.join('.'),
    message: issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined ? 'is required' : issue.message,
  }));
  return { success: result.success, data: result.success ? result.data : data, problems };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
