// Small, valid explainers written to a temp folder, which each bad-content test then breaks one way.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_INDEX = `---
headline: "A test explainer"
summary: "What the test explainer is about."
published: 2025-01-24
updated: 2025-01-24
source:
  title: "A test report"
---
`;

export const section = (title: string, order: number, body = 'Some reported text.', extra = '') => `---
title: ${title}
question: "What about ${title}?"
order: ${order}
summary: "Summary of ${title}."
${extra}---

${body}
`;

/** Writes files (path relative to the content root -> text) and returns the content root. */
export function writeFixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-content-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** A valid explainer "test-explainer" with two sections; pass overrides to break it. */
export function validFiles(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'test-explainer/index.mdx': VALID_INDEX,
    'test-explainer/01-first.mdx': section('First', 1, 'See [the second section](/test-explainer/second/).'),
    'test-explainer/02-second.mdx': section('Second', 2, '<Photo caption="A caption." credit="A credit" />'),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined));
}
