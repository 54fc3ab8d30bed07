// Reading time from an MDX body: the words a reader sees, at an adult's silent-reading pace.

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

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(visibleWords(mdx).length / WORDS_PER_MINUTE));
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
