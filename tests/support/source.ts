// What a content folder says the site should hold: its explainers, their sections in reading order,
// and each source text as readers should get it (corrections applied).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { useTranslations, type Translate } from '../../src/i18n';
import { pageLanguage, type PageLanguage } from '../../src/i18n/languages';
import { sourceHeadline } from '../../src/lib/content/explainer-rules';
import { sectionPeople } from '../../src/lib/content/people-rules';
import { parseMdx, photosIn, type PhotoMark } from '../../src/lib/mdx-marks';
import { howMadeLanguageOf } from '../../src/lib/urls';
import { orderFromFile, sectionSlugFromFile } from '../../src/lib/slugs';
import { SITE } from '../../src/site';

export interface SectionSource {
  file: string;
  /** The URL slug: frontmatter `slug`, or the file name without its number. */
  slug: string;
  /** Its frontmatter, with the fields the site works out filled in: `order` from the file name, `people` from the text. */
  data: Record<string, any>;
  /** Its <Photo>s in reading order: caption, credit, and whether it has an image to show. */
  photos: PhotoMark[];
}

export interface Card {
  name: string;
  kind: string;
  role?: string;
  description?: string;
  namedAs?: string[];
}

export function frontmatter(path: string): Record<string, any> {
  return parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
}

/** The explainer folders under `content`, as URL slugs. */
export function explainerSlugs(content: string): string[] {
  return readdirSync(content, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** An explainer's index.mdx frontmatter, with what the site fills in when it is left out: `updated`, `source.title`. */
export function explainerData(content: string, explainer: string): Record<string, any> {
  const data = frontmatter(join(content, explainer, 'index.mdx'));
  data.updated ??= data.published;
  if (data.source && data.source.title === undefined && data.source.file) {
    data.source.title = sourceHeadline(readFileSync(join(content, explainer, data.source.file), 'utf8'));
  }
  return data;
}

/** An explainer's sections in reading order (by `order`), as its files define them. */
export function sectionsOf(content: string, explainer: string): SectionSource[] {
  const dir = join(content, explainer);
  const cards = cardsOf(content, explainer).map((c) => ({ ...c, kind: c.kind as 'person' | 'organisation', namedAs: c.namedAs ?? [] }));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
    .map((file) => {
      const { frontmatter: data, content: body } = parseFrontmatter(readFileSync(join(dir, file), 'utf8'));
      data.order ??= orderFromFile(file);
      const tree = parseMdx(body);
      data.people = sectionPeople({ data }, tree, cards);
      return { file, slug: (data.slug as string | undefined) ?? sectionSlugFromFile(file), data, photos: photosIn(tree) };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

/** The cards in an explainer's people.yaml (none without one). */
export function cardsOf(content: string, explainer: string): Card[] {
  const file = join(content, explainer, 'people.yaml');
  if (!existsSync(file)) return [];
  // Read as frontmatter, so the YAML parser is the one Astro's own frontmatter parsing uses.
  return (parseFrontmatter(`---\n${readFileSync(file, 'utf8')}\n---\n`).frontmatter as { people: Card[] }).people;
}

/** The source text as its explainer declares it, corrected; undefined when it names no source file. */
export function sourceText(content: string, explainer: string): string | undefined {
  const meta = explainerData(content, explainer);
  if (!meta.source?.file) return undefined;
  let text = readFileSync(join(content, explainer, meta.source.file), 'utf8');
  for (const { from, to } of meta.corrections ?? []) {
    if (!text.includes(from)) throw new Error(`correction "${from}" not found in the source of ${explainer}`);
    text = text.replace(from, to);
  }
  return text;
}

/** The language a page of the site is in: its explainer's (`lang` in index.mdx), or the site's default. */
export function languageOfPage(content: string, path: string): PageLanguage {
  const explainer = /^\/([^/]+)\//.exec(path)?.[1];
  const translated = howMadeLanguageOf(path);
  if (translated !== undefined) return pageLanguage(translated);
  const lang = explainer && explainerSlugs(content).includes(explainer) ? explainerData(content, explainer)['lang'] : undefined;
  return pageLanguage(typeof lang === 'string' ? lang : SITE.lang);
}

/** The interface text a page shows, in the page's language, for checks that hold in any language. */
export function textOfPage(content: string, path: string): Translate {
  return useTranslations(languageOfPage(content, path).tag);
}
