// The shape of a dictionary: English (en.ts) is the reference, and every other language must give
// every one of its keys, in the same form (a string, or plural forms), or `astro check` fails.
import type en from './en';

/**
 * A message that depends on a number, one form per plural category of the language
 * (Intl.PluralRules): English needs `one` and `other`, Ukrainian `one`, `few`, `many` and `other`.
 * The number is the `{count}` parameter.
 */
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

/** What any dictionary is made of: `{name}` marks a parameter in a message. */
export type Messages = Readonly<Record<string, string | PluralForms>>;

export type UiKey = keyof typeof en;

/** Another language's dictionary: every English key, each a string or plural forms as in English. */
export type Dictionary = { readonly [K in UiKey]: (typeof en)[K] extends string ? string : PluralForms };

/** "Section {position} of {total}" -> "position" | "total" */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameters a message takes, read from its English text; plural messages also take `count`. */
export type ParamsOf<K extends UiKey> = (typeof en)[K] extends string
  ? Placeholders<(typeof en)[K]>
  : 'count' | Placeholders<(typeof en)[K][keyof (typeof en)[K]]>;

export type Params<K extends UiKey> = { readonly [P in ParamsOf<K>]: string | number };
