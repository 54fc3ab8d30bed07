// The content model: one folder per explainer under content/explainers/<slug>/,
// holding index.mdx (the explainer's metadata) and one MDX file per section.
// Schemas live here alone; src/lib/content-check.ts reuses them before the build.
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot } from './lib/content-root';
import { sectionSlugFromFile } from './lib/slugs';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');
const day = z.coerce.date({ error: 'must be a date such as 2025-01-24' });

export const explainerSchema = z
  .object({
    headline: nonEmpty,
    summary: nonEmpty,
    published: day,
    updated: day,
    source: z.strictObject({
      /** The headline of the article this explainer is based on. */
      title: nonEmpty,
      /** The source text kept beside the MDX files, relative to the explainer folder. */
      file: nonEmpty.optional(),
      /** News organisations and outlets the source text itself quotes or cites. */
      cites: z.array(nonEmpty).default([]),
      /** Photo credits as the source text gives them. */
      photos: z.array(nonEmpty).default([]),
    }),
    /** Obvious typographic slips in the source mended on the site, shown to readers. */
    corrections: z.array(z.strictObject({ from: nonEmpty, to: z.string() })).default([]),
  })
  .strict()
  .refine((e) => e.updated >= e.published, {
    path: ['updated'],
    message: 'must not be earlier than published',
  });

export const sectionSchema = z
  .object({
    title: nonEmpty,
    order: z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be 1 or more'),
    summary: nonEmpty,
    /** Overrides the slug taken from the file name, to keep a URL stable across renames. */
    slug: slug.optional(),
    topics: z.array(nonEmpty).default([]),
    people: z.array(nonEmpty).default([]),
  })
  .strict();

export type ExplainerData = z.infer<typeof explainerSchema>;
export type SectionData = z.infer<typeof sectionSchema>;

const base = contentRoot();

export const collections = {
  explainers: defineCollection({
    loader: glob({ base, pattern: '*/index.mdx', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: explainerSchema,
  }),
  sections: defineCollection({
    loader: glob({
      base,
      pattern: ['*/*.mdx', '!*/index.mdx'],
      // "<explainer>/<section>": the section slug comes from frontmatter or the file name.
      generateId: ({ entry, data }) =>
        `${entry.split('/')[0]}/${typeof data.slug === 'string' ? data.slug : sectionSlugFromFile(entry)}`,
    }),
    schema: sectionSchema,
  }),
};
