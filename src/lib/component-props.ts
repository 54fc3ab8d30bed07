// One schema per component editors may use in MDX: it types the component's props and is the rule
// the content check applies to every use, so a component and its check cannot disagree.
import { z } from 'astro/zod';
import { parseCalendarPoint } from './timeline';
import { MAX_TICKS, tickCount } from './figures';
import { slug } from './slugs';
import { addressFlaw } from './site-paths';
import { nameFlaw, normaliseName } from './text/names';

const text = z.string({ error: 'must be text in quotes, such as title="…"' }).trim().min(1, 'must not be empty');
const number = z.number({ error: 'must be a number written as {88}' });
/** An attribute that is an address: read as Markdown links are, so a browser cannot read it another way. */
const address = text.superRefine((url, ctx) => {
  const flaw = addressFlaw(url);
  if (flaw) ctx.addIssue({ code: 'custom', message: `"${url.slice(0, 80)}" ${flaw}` });
});
/** A name on a card in people.yaml, written as the card has it (the card's name is normalised by its schema). */
const cardName = text.superRefine((value, ctx) => {
  const flaw = nameFlaw(value) ?? (value !== normaliseName(value) ? `"${value}" has a no-break space, a tab or another unusual space: write it as its card does, with single plain spaces` : undefined);
  if (flaw) ctx.addIssue({ code: 'custom', message: flaw });
});
/** A figure's own id: the figure's parts are named after it ("oil-price--title"), so it must be one word of an id. */
const elementId = text.refine((id) => id === slug(id), {
  message: 'must be lowercase letters, digits and single hyphens, such as id="oil-price": it names the figure in the page',
});
/** Sizes in CSS pixels: a photo larger than this is not one a page needs. */
const pixels = number.int('must be a whole number of pixels').positive('must be more than 0').max(10_000, 'must be at most 10000 pixels');

export const componentProps = {
  /**
   * A relative day in the report ("on Thursday", "Friday") with the calendar day it means, shown beside
   * the words so the text keeps its sense however late it is read. The words stay the report's own.
   */
  On: z.strictObject({
    date: z
      .string({ error: 'must be a date in quotes, such as date="2025-01-23"' })
      .refine((d) => parseCalendarPoint(d)?.precision === 'day', { error: (issue) => `must be a real date such as 2025-01-23 (${String(issue.input)} is not one)` }),
  }),
  /** A news photo's caption and credit; with `src`, an image the newsroom may publish (then `alt` too). */
  Photo: z
    .strictObject({
      caption: text,
      credit: text,
      /** A path under public/, such as /photos/x.jpg: the CSP allows images from this site only. */
      src: address.optional(),
      alt: text.optional(),
      width: pixels.optional(),
      height: pixels.optional(),
    })
    .refine((p) => !p.src || p.alt, { path: ['alt'], message: 'is required with src: describe the image for readers who cannot see it' }),
  /** Photos the source shows side by side. */
  PhotoGroup: z.strictObject({}),
  /** Words a person said, as the report quotes them; `by` is the name on their card in people.yaml. */
  Quote: z.strictObject({ by: cardName }),
  /** The first mention of someone with a card; `of` is the name on the card. */
  Mention: z.strictObject({ of: cardName }),
  /**
   * Background the report assumes and a reader may lack, written by the editors and credited to a named
   * public source; set apart from the report's words, and never counted as its text.
   */
  Context: z.strictObject({
    /** The public source the note's facts come from ("U.S. Department of State"). */
    source: text,
    /** The source's https:// address, linked from its name. */
    href: z.url({ protocol: /^https$/, error: 'must be the source’s https:// address, such as https://www.state.gov/…' }).optional(),
  }),
  /** A share of a whole as 100 squares, against the rest. */
  PercentFigure: z.strictObject({
    /** The share, 0 to 100. */
    value: number.min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
    /** Who or what holds the share ("Russia and the United States"). */
    label: text,
    /** Everyone else, for the legend ("Rest of the world"). */
    rest: text.optional(),
    /** The figure's title: the fact it shows, in a sentence. */
    title: text,
    /** The text alternative, shown below the figure: what the squares show, in words. */
    description: text,
    /** Where the number comes from when not from the explainer's source report, which is named by default. */
    source: text.optional(),
    id: elementId.optional(),
  }).refine((p) => p.value > 0 && p.value < 100, {
    path: ['value'],
    // 0 or 100 leaves one series: a legend naming it says nothing the number does not.
    message: 'must be more than 0 and less than 100: a share of none or all is one series, with nothing to set against it (give the number in a StatFigure)',
  }),
  /** A cap or limit on a scale, beside a value the article compares it with: one number alone is a StatFigure. */
  CapFigure: z
    .strictObject({
      /** The cap itself. */
      value: number.positive('must be more than 0'),
      /** What the cap is ("Price cap"). */
      label: text,
      /** The number the article sets against the cap. */
      compare: number.min(0, 'must be 0 or more'),
      /** What that number is ("Full fare"). */
      compareLabel: text,
      /** The end of the scale, so both have room around them. */
      max: number.positive('must be more than 0'),
      /** Between ticks on the scale; a fifth of max by default. */
      step: number.positive('must be more than 0').optional(),
      /** Written before numbers ("US$"). */
      prefix: text.optional(),
      /** Written after the numbers ("per barrel"). */
      unit: text.optional(),
      title: text,
      /** The text alternative, shown below the figure: what the scale shows, in words. */
      description: text,
      source: text.optional(),
      id: elementId.optional(),
    })
    .refine((p) => p.value <= p.max && p.compare <= p.max, { path: ['max'], message: 'must be at least the cap and the number compared with it' })
    // One tick is drawn per step: the scale must stay a handful of marks, whatever max and step say.
    .superRefine((p, ctx) => {
      const count = tickCount(p.max, p.step);
      if (!(count <= MAX_TICKS)) ctx.addIssue({ code: 'custom', path: ['step'], message: `max/step gives ${count} ticks; at most ${MAX_TICKS}: make step larger` });
    }),
  /** One number the article gives, as a plain card: for a figure with nothing to compare it with. */
  StatFigure: z.strictObject({
    /** The number. */
    value: number,
    /** Written before it ("US$"). */
    prefix: text.optional(),
    /** Written after it ("per barrel"). */
    unit: text.optional(),
    /** What the number is, in a sentence: the card's title. */
    title: text,
    source: text.optional(),
    id: elementId.optional(),
  }),
} as const;

export type ComponentName = keyof typeof componentProps;
export const componentNames = Object.keys(componentProps) as ComponentName[];
export type ComponentProps<N extends ComponentName> = z.input<(typeof componentProps)[N]>;

/** Raw HTML editors may write in a section, with the attributes each may carry; nothing else passes. */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  sup: [],
  sub: [],
  br: [],
  abbr: ['title'],
};
