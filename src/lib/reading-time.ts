// Reading time from an MDX body: the words a reader sees, counted as the language's script divides
// them (Intl.Segmenter, so scripts written without spaces count too), at an adult's silent-reading pace.
import { useTranslations } from '../i18n';
import { SITE } from '../site';
import { segmenter } from './text/intl';

export const WORDS_PER_MINUTE = 230;

/** The visible words of an MDX body: tags dropped, attribute values (captions, credits) kept. */
export function visibleWords(mdx: string): string[] {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*?>/g, (tag) =>
      [...tag.matchAll(/=\s*"([^"]*)"/g)].map((m) => ` ${m[1]} `).join(''),
    )
    .replace(/[#*_`>|[\](){}]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** How many words `text` holds in language `lang`, as Intl.Segmenter finds them. */
export function countWords(text: string, lang: string = SITE.lang): number {
  let count = 0;
  for (const segment of segmenter(lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) count++;
  return count;
}

export function readingMinutes(mdx: string, lang: string = SITE.lang): number {
  return wordsMinutes(visibleWords(mdx), lang);
}

/** Reading time of words already taken from a body (visibleWords), so a caller that keeps them reads the body once. */
export function wordsMinutes(words: readonly string[], lang: string = SITE.lang): number {
  return Math.max(1, Math.round(countWords(words.join(' '), lang) / WORDS_PER_MINUTE));
}

/** "3 min read", in the page's language. */
export function readingTimeLabel(minutes: number, lang: string = SITE.lang): string {
  return useTranslations(lang)('explainer.readingTime', { count: minutes });
}
