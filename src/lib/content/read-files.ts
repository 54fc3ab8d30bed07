// Reading an explainer's files for the check: MDX frontmatter against its schema and the body parsed
// once, the source text inside the folder, people.yaml. Each problem is recorded, never thrown.
import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ZodType } from 'astro/zod';
import { peopleSchema } from '../../content.config';
import type { MdxNode } from '../mdx-marks';
import type { Card } from '../people';
import { controlCharacter } from './body-rules';
import { schemaProblems } from './error-map';
import { readYaml, splitFrontmatter } from './frontmatter';
import { parseBody } from './mdx-syntax';
import { leaveParsed } from './parsed-bodies';
import { placeholderProblems } from './placeholders';
import { readText, UnreadableFile } from './layout';
import { firstLine, shown, type Problems } from './report';

export interface ReadFile {
  data: Record<string, unknown> | undefined;
  valid: boolean;
  tree: MdxNode | undefined;
  /** The text below the frontmatter, when it could be read. */
  body?: string | undefined;
}

/** A section file as read, with the slug its URL takes and its place (`order`, or the file name's number). */
export interface Section extends ReadFile {
  file: string;
  slug: string;
  order: number | undefined;
}

/** Validates data against a schema, one problem per issue, naming the field. */
export function validate(problems: Problems, schema: ZodType, data: unknown, file: string, whole: string): { success: boolean; data: Record<string, unknown> | undefined } {
  const result = schemaProblems(schema, data);
  for (const { field, message } of result.problems) problems.add(file, field || whole, message);
  return { success: result.success, data: result.data as Record<string, unknown> | undefined };
}

/**
 * Every string of parsed YAML, keys too, is free of control characters (NUL, BEL, bidirectional
 * overrides …), whatever field it is in; true when one was found and named.
 */
export function checkCharacters(problems: Problems, file: string, data: unknown, path: readonly string[] = []): boolean {
  const named = (text: string, at: readonly string[]) => {
    const found = controlCharacter(text);
    if (found) problems.add(file, at.join('.') || undefined, `must not contain the control character ${found}: retype the text around it`);
    return found !== undefined;
  };
  if (typeof data === 'string') return named(data, path);
  if (!data || typeof data !== 'object') return false;
  let found = false;
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(data) && named(key, [...path, key])) found = true;
    if (checkCharacters(problems, file, value, [...path, key])) found = true;
  }
  return found;
}

/** Reads an MDX file's frontmatter against its schema and parses its body. */
export function readMdxFile(problems: Problems, path: string, schema: ZodType): ReadFile {
  const file = shown(path);
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    problems.add(file, undefined, (error as Error).message);
    return { data: undefined, valid: false, tree: undefined };
  }
  const split = splitFrontmatter(text);
  for (const p of split.problems) problems.add(file, p.field, p.message);
  // Fields that cannot be read still leave the body to check: one mistake hides no other.
  const unreadable = split.ok ? checkCharacters(problems, file, split.data) : true;
  const result = split.ok ? validate(problems, schema, split.data, file, 'frontmatter') : { success: false, data: undefined };
  result.success &&= !unreadable;
  if (split.ok) for (const p of placeholderProblems(split.data, text)) problems.add(file, p.field, p.message);
  if (split.body === undefined) return { data: undefined, valid: false, tree: undefined };
  const lines = split.body.split('\n');
  const controlLine = lines.findIndex((line) => controlCharacter(line));
  if (controlLine >= 0) {
    problems.add(file, `body, line ${controlLine + 1}`, `contains the control character ${controlCharacter(lines[controlLine]!)}: retype the text around it`);
    return { data: result.data, valid: result.success && split.problems.length === 0, tree: undefined, body: split.body };
  }
  const parsed = parseBody(split.body);
  for (const p of parsed.problems) problems.add(file, p.line ? `body, line ${p.line}` : 'body', p.message);
  // A whole tree (no syntax error) is the one the page's compile would parse: a build hands it over.
  if (parsed.tree && parsed.problems.length === 0) leaveParsed(path, split.body, parsed.tree);
  return { data: result.data, valid: result.success && split.problems.length === 0, tree: parsed.tree, body: split.body };
}

/** The source text named by source.file: a UTF-8 file inside the explainer's folder. */
export function readSource(problems: Problems, indexPath: string, dir: string, name: string): string | undefined {
  const file = shown(indexPath);
  const path = resolve(dir, name);
  const inside = relative(resolve(dir), path);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
    problems.add(file, 'source.file', `"${name}" is outside the explainer’s folder: keep the source text beside index.mdx, as source.txt`);
    return undefined;
  }
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new UnreadableFile('is a symbolic link: keep the real file beside index.mdx');
    if (stat.isDirectory()) throw new UnreadableFile('is a folder: name the source text file, such as source.txt');
    return readText(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    problems.add(file, 'source.file', missing ? `file "${name}" not found beside it` : `"${name}" ${(error as Error).message}`);
    return undefined;
  }
}

/** people.yaml read against its schema: the cards, or undefined when the file has problems. */
export function readPeopleFile(problems: Problems, file: string, path: string): Card[] | undefined {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    problems.add(file, undefined, error instanceof UnreadableFile ? error.message : firstLine(error));
    return undefined;
  }
  const read = readYaml(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), 1);
  for (const p of read.problems) problems.add(file, p.field.replace(/^frontmatter(, )?/, '') || undefined, p.message);
  if (read.data === undefined || read.problems.length > 0) return undefined;
  const unreadable = checkCharacters(problems, file, read.data);
  const result = validate(problems, peopleSchema, read.data, file, 'people');
  return result.success && !unreadable ? (result.data as { people: Card[] }).people : undefined;
}
