// What makes a name or a topic one thing: one spelling of its white space (NFC, single spaces), no
// invisible characters inside it, no word that mixes scripts, and no other name that looks the same
// (Unicode's confusable skeleton, UTS #39). Pure, so the schema, the check and tests share it.
import unhomoglyph from 'unhomoglyph';

/** Every kind of white space (no-break, tab, thin, ideographic …) and line break; not U+FEFF, which is refused. */
const SPACES = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;

/** "Oil\u00A0prices", "Oil\tprices", "Oil  prices" -> "Oil prices", in NFC: one topic is one string. */
export function normaliseName(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}

/** Characters that show nothing, so two names that read the same could differ by them. */
const INVISIBLE: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\u00AD': 'SOFT HYPHEN',
  '\u034F': 'COMBINING GRAPHEME JOINER',
};
const INVISIBLE_RE = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'u');

/** The first invisible character in a name, as "U+200B ZERO WIDTH SPACE", or undefined. */
export function invisibleCharacter(text: string): string | undefined {
  const found = INVISIBLE_RE.exec(text)?.[0];
  return found && `${codePoint(found)} ${INVISIBLE[found]}`;
}

/** Scripts whose letters look alike: a word drawing on two of them is a disguise, not a name. */
const SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/** The first word of `text` whose letters come from two of Latin, Cyrillic and Greek, with the scripts it mixes. */
export function mixedScriptWord(text: string): { word: string; scripts: string[] } | undefined {
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const scripts = SCRIPTS.filter(([, letter]) => letter.test(word)).map(([name]) => name);
    if (scripts.length > 1) return { word, scripts };
  }
  return undefined;
}

/**
 * UTS #39's skeleton: two strings with one skeleton are confusable ("Оil" with a Cyrillic О, and
 * "Oil"). NFD, each character to its prototype from Unicode's confusables.txt (unhomoglyph), NFD again.
 */
export function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/** "U+200B" for a character. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a name or topic cannot stand as one (an invisible character, a word in two scripts), or undefined. */
export function nameFlaw(text: string): string | undefined {
  const invisible = invisibleCharacter(text);
  if (invisible) return `"${text}" has the invisible character ${invisible} inside it: retype the name without it`;
  const mixed = mixedScriptWord(text);
  if (mixed) return `"${text}" mixes ${mixed.scripts.join(' and ')} letters in the word "${mixed.word}", which no real name does: retype the word in one script`;
  return undefined;
}
