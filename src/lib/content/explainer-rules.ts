// Rules about an explainer's own fields (index.mdx): takeaways and timeline point at its sections, the
// source's subheads are lines of the source, its title is written or the source's first line, and
// text drawn on share images is in their fonts.
import { searchAliasProblems, type SearchAliases } from '../search/aliases';
import { undrawable } from '../share/fonts';
import type { Problems } from './report';
import type { Section } from './read-files';

/** Takeaways, timeline entries and changes point at sections that exist. */
export function checkSectionLinks(problems: Problems, file: string, data: Record<string, unknown> | undefined, sections: readonly Section[]): void {
  const slugs = new Set(sections.map((s) => s.slug));
  for (const field of ['takeaways', 'timeline'] as const) {
    const list = data?.[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: { section?: unknown }, i) => {
      if (typeof item.section === 'string' && !slugs.has(item.section)) {
        problems.add(file, `${field}.${i}.section`, `"${item.section}" is not a section of this explainer (sections: ${[...slugs].join(', ')})`);
      }
    });
  }
  // A change names the sections it touched, each of which shows it at its top.
  const changes = data?.['changes'];
  if (Array.isArray(changes)) {
    changes.forEach((change: { sections?: unknown }, i) => {
      if (!Array.isArray(change.sections)) return;
      change.sections.forEach((slug, j) => {
        if (typeof slug === 'string' && !slugs.has(slug)) problems.add(file, `changes.${i}.sections.${j}`, `"${slug}" is not a section of this explainer (sections: ${[...slugs].join(', ')})`);
      });
    });
  }
}

/** The source's subheads are lines of the source, so listing one can never hide a paragraph of reporting. */
export function checkSubheads(problems: Problems, file: string, data: Record<string, unknown> | undefined, source: string): void {
  const subheads = (data?.['source'] as { subheads?: unknown } | undefined)?.subheads;
  if (!Array.isArray(subheads)) return;
  const lines = new Set(source.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()));
  subheads.forEach((subhead, i) => {
    if (typeof subhead === 'string' && !lines.has(subhead.replace(/\s+/g, ' ').trim())) {
      problems.add(file, `source.subheads.${i}`, `"${subhead}" is not a line of its own in the source text: list only the report’s subheads, word for word`);
    }
  });
}

/** Text drawn on share images must be in the images' fonts, or readers would see empty boxes. */
export function checkDrawable(problems: Problems, file: string, field: string, text: unknown): void {
  const missing = typeof text === 'string' ? undrawable(text) : [];
  if (missing.length) problems.add(file, field, `the share image cannot draw ${missing.join(', ')}: its fonts cover Latin, Cyrillic and Greek letters; leave the character out`);
}

/** Other spellings stay short enough for search to read them (search/aliases.ts says why). */
export function checkSearchAliases(problems: Problems, file: string, data: Record<string, unknown> | undefined): void {
  for (const p of searchAliasProblems(data?.['searchAliases'] as SearchAliases | undefined)) problems.add(file, p.field, p.message);
}

/** The headline of a source text: its first line, as reports open with theirs. */
export function sourceHeadline(source: string): string {
  return (source.split('\n', 1)[0] ?? '').trim();
}

/** Without `source.title`, the source text's first line is the title, so it must say something. Returns the title pages show. */
export function checkSourceTitle(problems: Problems, file: string, data: Record<string, unknown> | undefined, source: string, sourceName: string): string | undefined {
  const written = (data?.['source'] as { title?: unknown } | undefined)?.title;
  if (typeof written === 'string') return written;
  const headline = sourceHeadline(source);
  if (!headline) problems.add(file, 'source.title', `is not written, and the first line of ${sourceName} is empty: write source.title, or start ${sourceName} with the report’s headline`);
  return headline || undefined;
}
