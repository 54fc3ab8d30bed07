// The content model: one folder per explainer under content/explainers/<slug>/,
// holding index.mdx (the explainer's metadata) and one MDX file per section.
// Schemas live here alone; src/lib/content-check.ts applies them, and more, before the build.
import { defineCollection } from 'astro/content/config';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { accepted, refused, type ChangeEmitter } from './lib/content/dev-rereads';
import { GLOBS } from './lib/content/layout';
import { languageField } from './i18n/schema';
import { contentRoot } from './lib/content-root';
import { sectionSlugFromFile, slug as slugOf, URL_SLUG } from './lib/slugs';
import { nameFlaw, normaliseName } from './lib/text/names';
import { compareCalendarPoints, isCalendarPoint, parseCalendarPoint } from './lib/timeline';

// Control characters (NUL, bidirectional overrides …) are refused in every string of a file, keys too,
// before these schemas run: checkCharacters in src/lib/content/read-files.ts.
/** Text with something in it; names add their own rules (one message for an invisible character, never two). */
const filled = z.string().trim().min(1, 'must not be empty');
const nonEmpty = filled.superRefine((text, ctx) => {
    // An invisible character makes a name that looks right match nothing the text says.
    const invisible = /[\u200B\u2060\uFEFF]/.exec(text)?.[0];
    if (invisible) ctx.addIssue({ code: 'custom', message: `holds an invisible character (U+${invisible.codePointAt(0)!.toString(16).toUpperCase()}, a zero-width space or joiner) after “${text.slice(0, text.indexOf(invisible))}”: retype the text around it` });
  });
/** A name or topic: white space and Unicode form made one (NFC, single spaces), so one name is one string, and none disguised. */
const name = filled.overwrite(normaliseName).superRefine((text, ctx) => {
  const flaw = nameFlaw(text);
  if (flaw) ctx.addIssue({ code: 'custom', message: flaw });
});
const slug = z.string().regex(URL_SLUG, 'must be lowercase letters, digits and single hyphens');
/** The earliest year of a publishing date: YAML readers take 0000 to 0099 for 1900 to 1999. */
const FIRST_YEAR = 1000;
/** The earliest year a timeline shows; Astro's YAML reads a date in the years 0 to 99 as 1900 to 1999. */
const FIRST_TIMELINE_YEAR = 100;
/**
 * A calendar day. The content check reads YAML without timestamps, so an impossible date such as
 * 2025-02-30 reaches this as text and is refused; the content layer's YAML hands over a Date.
 */
const day = z.union(
  [
    z.date(),
    z
      .string()
      .refine((text) => (parseCalendarPoint(text)?.year ?? 0) >= FIRST_YEAR && parseCalendarPoint(text)?.precision === 'day', 'must be a real date such as 2025-01-24')
      .transform((text) => new Date(`${text}T00:00:00Z`)),
  ],
  {
    error: (issue) =>
      typeof issue.input === 'string' && parseCalendarPoint(issue.input)?.precision === 'day'
        ? `must be a date from the year ${FIRST_YEAR} on, such as 2025-01-24 (${issue.input} is earlier)`
        : `must be a real date such as 2025-01-24${typeof issue.input === 'string' ? ` (${issue.input} is not one)` : ''}`,
  },
);
/** A calendar point as precise as the report is: "2016", "2022-02" or "2025-01-20" (YAML may hand over a number or a Date). */
const when = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string({ error: 'must be a year, year-month or date such as 2016, 2022-02 or 2025-01-20' })
    .refine(isCalendarPoint, 'must be a year, year-month or date such as 2016, 2022-02 or 2025-01-20')
    .refine((text) => (parseCalendarPoint(text)?.year ?? FIRST_TIMELINE_YEAR) >= FIRST_TIMELINE_YEAR, `must be in the year ${FIRST_TIMELINE_YEAR} or later: earlier years cannot be shown as dates`),
);
/** At most `max` words, so a takeaway reads at a glance; the message counts them. */
const words = (max: number) =>
  nonEmpty.superRefine((text, ctx) => {
    const count = text.split(/\s+/).filter(Boolean).length;
    if (count > max) ctx.addIssue({ code: 'custom', message: `is ${count} words; must be at most ${max} words` });
  });
/** A list of `range` points; the message says how many it has. */
const points = (range: string) => ({ error: (issue: { input?: unknown }) => `needs ${range} points (it has ${Array.isArray(issue.input) ? issue.input.length : 'none'})` });
/** A section's place: one message for any value that is not one, however far out of range. */
const ORDER = 'must be a whole number from 1 to 9999';

export const explainerSchema = z
  .object({
    headline: nonEmpty,
    summary: nonEmpty,
    /** The explainer's language (BCP 47): its pages, interface, search index and feed items; the site's default when absent. */
    lang: languageField,
    published: day,
    /** The last change's date; `published` when absent (never updated). */
    updated: day.optional(),
    source: z.strictObject({
      /** The headline of the article this explainer is based on; the first line of `file` when absent. */
      title: nonEmpty.optional(),
      /** The source text kept beside the MDX files, relative to the explainer folder. */
      file: nonEmpty.optional(),
      /** News organisations and outlets the source text itself quotes or cites. */
      cites: z.array(nonEmpty).default([]),
      /** Photo credits as the source text gives them. */
      photos: z.array(nonEmpty).default([]),
      /**
       * The source's own subheads, word for word. They are the report's navigation, not its reporting: each
       * may become a section's title, stay a subhead inside the section it belongs to, or be left out where
       * the sections split the report differently. The content check finds each as a line of the source.
       */
      subheads: z.array(nonEmpty).default([]),
      /** Lines of the source about the report, not reporting, that the check cannot tell apart on its own (word for word). */
      furniture: z.array(nonEmpty).default([]),
      /** Who published the original ("The Associated Press"), its byline ("By Jane Doe"), date and address. */
      outlet: nonEmpty.optional(),
      byline: nonEmpty.optional(),
      date: day.optional(),
      url: z.url({ protocol: /^https$/, error: 'must be the original’s https:// address, such as https://apnews.com/article/…' }).optional(),
    }).refine((source) => source.title !== undefined || source.file !== undefined, {
      path: ['title'],
      message: 'is required unless source.file names the source text, whose first line is its headline',
    }),
    /** Obvious typographic slips in the source mended on the site, shown to readers. */
    corrections: z.array(z.strictObject({ from: nonEmpty, to: z.string() })).default([]),
    /** What matters first: 3 to 5 short points, each pointing at the section (slug) that states it. */
    takeaways: z
      .array(z.strictObject({ text: words(12), section: slug }))
      .min(3, points('3 to 5'))
      .max(5, points('3 to 5'))
      .optional(),
    /** Dated events the report mentions, oldest first, each pointing at the section (slug) that states it. */
    timeline: z
      .array(
        z.strictObject({
          when,
          /** Shown instead of the formatted date, for dates the report gives loosely ("After the inauguration"). */
          label: nonEmpty.optional(),
          what: nonEmpty,
          section: slug,
        }),
      )
      .default([]),
    /**
     * "How this explainer has changed": oldest first; the last entry's date is the `updated` date. Each
     * change shows at the top of the sections it names (slugs), or of the overview when it names none.
     */
    changes: z.array(z.strictObject({ date: day, what: nonEmpty, sections: z.array(slug).min(1, 'list at least one section, or leave sections out').optional() })).default([]),
    /**
     * Other spellings readers search for, by the term the text uses: { Zelenskyy: [Zelensky, Zelenskiy] }.
     * Indexed for the sections that use the term; never shown on the page.
     */
    searchAliases: z.record(nonEmpty, z.array(nonEmpty).min(1, 'list at least one other spelling')).default({}),
    /** One line on what a topic the sections use is about, by topic as written: shown on its /topics/ page. */
    topicDescriptions: z.record(nonEmpty, words(30)).default({}),
  })
  .strict()
  // Written once: an explainer never updated is updated when it was published.
  .transform((e) => ({ ...e, updated: e.updated ?? e.published }))
  .refine((e) => e.updated >= e.published, {
    path: ['updated'],
    message: 'must not be earlier than published',
  })
  .superRefine((e, ctx) => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    e.changes.forEach((c, i) => {
      if (c.date < e.published) ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: 'must not be earlier than published' });
      const before = e.changes[i - 1];
      if (before && c.date < before.date) ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: 'must not be earlier than the entry before it (oldest first)' });
    });
    const last = e.changes.at(-1);
    if (last && iso(last.date) !== iso(e.updated)) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `must equal the date of the last entry in changes (${iso(last.date)})` });
    }
    if (!last && iso(e.updated) !== iso(e.published)) {
      ctx.addIssue({ code: 'custom', path: ['changes'], message: `is needed once updated differs from published: add an entry saying what changed on ${iso(e.updated)}` });
    }
    const labels = new Map<string, number>();
    e.timeline.forEach((t, i) => {
      // A label stands for a date the report gives loosely; two entries under one label read as one event told twice.
      const first = t.label === undefined ? undefined : labels.get(t.label);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['timeline', i, 'label'], message: `"${t.label}" already labels timeline entry ${first + 1}: give each event its own date, or merge the two` });
      else if (t.label !== undefined) labels.set(t.label, i);
      const before = e.timeline[i - 1];
      if (before && typeof t.when === 'string' && typeof before.when === 'string' && compareCalendarPoints(t.when, before.when) < 0) {
        ctx.addIssue({ code: 'custom', path: ['timeline', i, 'when'], message: `must not be earlier than the entry before it (${before.when}): oldest first` });
      }
    });
  });

export const sectionSchema = z
  .object({
    /** Short name for navigation, URLs and the contents list. */
    title: nonEmpty,
    /** The question the section answers, in a reader's words: what the page says first. */
    question: nonEmpty,
    /** Its place in the explainer; the number the file name starts with when absent (01-foo.mdx → 1). */
    order: z.number({ error: ORDER }).refine((n) => Number.isSafeInteger(n) && n >= 1 && n <= 9999, ORDER).optional(),
    summary: nonEmpty,
    /**
     * "In short": two or three points a reader takes in at a glance, each at most 15 words and pointing at
     * the paragraph of the section that states it (1 for the first).
     */
    inShort: z
      .array(
        z.strictObject({
          text: words(15),
          paragraph: z
            .number({ error: 'must be the number of the paragraph that states the point, such as 2' })
            .int('must be a whole number, such as 2')
            .positive('must be 1 or more: 1 is the section’s first paragraph'),
        }),
      )
      .min(2, points('2 or 3'))
      .max(3, points('2 or 3'))
      .optional(),
    /**
     * The editors' short answer to the question, in a reader's words (at most 40 words), shown under it,
     * with the paragraphs (1 for the first) that support it. Where the report leaves it open, it says so.
     */
    answer: z
      .strictObject({
        text: words(40),
        paragraphs: z
          .array(
            z
              .number({ error: 'must list the numbers of the paragraphs that support the answer, such as [2, 3]' })
              .int('must be whole numbers, such as [2, 3]')
              .positive('must be 1 or more: 1 is the section’s first paragraph'),
            { error: 'must list the numbers of the paragraphs that support the answer, such as [2, 3]' },
          )
          .min(1, 'must name at least one paragraph that supports the answer, such as [2]'),
      })
      .optional(),
    /** Overrides the slug taken from the file name, to keep a URL stable across renames. */
    slug: slug.optional(),
    topics: z.array(name).default([]),
    /** People the section names; the check adds everyone with a card the text names, so it may be left out. */
    people: z.array(name).default([]),
  })
  .strict();

/** content/explainers/<explainer>/people.yaml: everyone the report quotes or names, with a card each. */
export const peopleSchema = z
  .object({
    people: z
      .array(
        z.strictObject({
          name,
          kind: z.enum(['person', 'organisation'], { error: 'must be person or organisation' }),
          /** The role word for word as the report gives it; the content check finds it in the source. */
          role: nonEmpty.optional(),
          /** The editors' own words on who this is ("Head of the Office of the President of Ukraine"), shown beside the role. */
          description: words(25).optional(),
          /** How the report writes the name, to find mentions ("Trump", "Putin"); the full name by default. */
          namedAs: z.array(name).default([]),
        }),
      )
      .min(1, 'must list at least one person or organisation'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    file.people.forEach((p, i) => {
      // The card's id and /people/ anchor come from the name: two names must not make one id.
      const id = slugOf(p.name);
      const first = seen.get(id);
      if (!id) ctx.addIssue({ code: 'custom', path: ['people', i, 'name'], message: `"${p.name}" needs letters or digits to make the card's id` });
      else if (first === p.name) ctx.addIssue({ code: 'custom', path: ['people', i, 'name'], message: `"${p.name}" is listed twice` });
      else if (first) ctx.addIssue({ code: 'custom', path: ['people', i, 'name'], message: `"${p.name}" makes the same id ("${id}") as "${first}": tell the two apart in the name` });
      seen.set(id, first ?? p.name);
      if (p.kind === 'person' && !p.role) ctx.addIssue({ code: 'custom', path: ['people', i, 'role'], message: 'is required for a person: copy it word for word from the report' });
    });
  });

export type ExplainerData = z.infer<typeof explainerSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type PeopleData = z.infer<typeof peopleSchema>;

const base = contentRoot();

/** Whether a parsed value holds one object twice (a YAML alias): found in one walk over its distinct objects. */
function repeatsValue(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((v) => repeatsValue(v, seen));
}

/** What the content layer keeps of a file the schema refused in `astro dev`; it reads it once more, in case it read it mid-save. */
function refusedInDev<T>(file: string | undefined, watcher: ChangeEmitter | undefined, kept: T): T {
  if (file) refused(file, watcher);
  return kept;
}

/**
 * The content check reports every problem first, as one list. In `astro dev` it keeps the server up
 * while the editor fixes them (pages show the list), so the content layer must not stop it with a
 * schema error of its own meanwhile; in a build the check has already passed or stopped everything.
 */
function checked(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        // Bodies render from their files when a page shows them (src/lib/content/section-body.ts), never
        // as a module per file: an entry without deferredRender is neither imported nor bundled by Vite.
        store: { ...context.store, set: (entry) => context.store.set({ ...entry, deferredRender: false }), addModuleImport: () => {} },
        parseData: async (props) => {
          // A YAML alias repeats one value (the check refuses them); Astro's schema messages print a
          // value out in full, which for an alias "bomb" means billions of items: never hand one over.
          const dev = process.env['EXPLAINER_CHECK_REPORTS'] === 'dev';
          if (repeatsValue(props.data)) {
            if (dev) return refusedInDev(props.filePath, context.watcher, {} as typeof props.data);
            throw new Error(`${props.filePath ?? props.id}: YAML anchors and aliases are not allowed in content`);
          }
          try {
            const data = await context.parseData(props);
            if (props.filePath) accepted(props.filePath);
            return data;
          } catch (error) {
            if (dev) return refusedInDev(props.filePath, context.watcher, props.data);
            throw error;
          }
        },
      }),
  };
}

export const collections = {
  explainers: defineCollection({
    loader: checked(glob({ base, pattern: GLOBS.explainers, generateId: ({ entry }) => entry.split('/')[0]! })),
    schema: explainerSchema,
  }),
  sections: defineCollection({
    loader: checked(glob({
      base,
      pattern: [...GLOBS.sections],
      // The pages read a body's words from the content check (marks.ts) and render it from its file
      // (section-body.ts): a copy in the content layer's store would be bundled into the build (35 MB at 10,000 sections).
      retainBody: false,
      // "<explainer>/<section>": the section slug comes from frontmatter or the file name.
      generateId: ({ entry, data }) =>
        `${entry.split('/')[0]}/${typeof data.slug === 'string' ? data.slug : sectionSlugFromFile(entry)}`,
    })),
    schema: sectionSchema,
  }),
  people: defineCollection({
    loader: checked(glob({ base, pattern: GLOBS.people, generateId: ({ entry }) => entry.split('/')[0]! })),
    schema: peopleSchema,
  }),
};
