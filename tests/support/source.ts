// The explainer's source text, with the corrections its frontmatter declares, split as readers see it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { sectionSlugFromFile } from '../../src/lib/slugs';
import { normalise } from './dist';

export const CONTENT = 'content/explainers';

export function explainerSlugs(): string[] {
  return readdirSync(CONTENT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function frontmatter(path: string): Record<string, any> {
  return parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
}

/** Section slugs of an explainer in reading order, as the content files define them. */
export function sectionSlugs(explainer: string): string[] {
  const dir = join(CONTENT, explainer);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
    .map((f) => ({ f, fm: frontmatter(join(dir, f)) }))
    .sort((a, b) => a.fm.order - b.fm.order)
    .map(({ f, fm }) => fm.slug ?? sectionSlugFromFile(f));
}

/** Every paragraph of the source (photo pairs split at " | "), corrected, with spaces folded. */
export function sourcePassages(explainer: string): string[] {
  const dir = join(CONTENT, explainer);
  const meta = frontmatter(join(dir, 'index.mdx'));
  let text = readFileSync(join(dir, meta.source.file), 'utf8');
  for (const { from, to } of meta.corrections ?? []) {
    if (!text.includes(from)) throw new Error(`correction "${from}" not found in the source`);
    text = text.replace(from, to);
  }
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.split(' | '))
    .map(normalise)
    .filter(Boolean);
}
