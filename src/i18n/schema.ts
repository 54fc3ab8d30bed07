// The `lang` field of an explainer's index.mdx: a BCP 47 tag the site has a dictionary for, stored
// in canonical form ("EN-gb" -> "en-GB"); the site's default language when the field is absent.
import { z } from 'astro/zod';
import { SITE } from '../site';
import { LANGUAGES, canonicalTag, hasDictionary } from './languages';

export const languageField = z
  .string({ error: 'must be a language tag such as en or uk' })
  .superRefine((tag, ctx) => {
    if (canonicalTag(tag) === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${tag}" is not a language tag (BCP 47): write one such as en, uk or en-US` });
    } else if (!hasDictionary(tag)) {
      const have = Object.keys(LANGUAGES).join(', ');
      ctx.addIssue({ code: 'custom', message: `"${tag}" has no interface translation yet (the site has ${have}): a developer adds src/i18n/<code>.ts` });
    }
  })
  .transform((tag) => canonicalTag(tag)!)
  .default(SITE.lang);
