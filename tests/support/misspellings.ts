// Misspellings readers make of the sample explainer's people, places and topics (content/explainers/
// trump-putin-call), each with the word meant: a wrong, missing, doubled or extra letter, two letters
// swapped, or a sound-alike. Kept as data apart from the test, so the set can grow with the content.

/** The explainer these words are from: the test searches within it alone, whatever else is published beside it. */
export const MISSPELT_EXPLAINER = 'trump-putin-call';

export const MISSPELLINGS: readonly (readonly [typo: string, meant: string])[] = [
  ['sanctons', 'sanctions'],
  ['sanctoins', 'sanctions'],
  ['nucelar', 'nuclear'],
  ['nuclaer', 'nuclear'],
  ['Peskof', 'Peskov'],
  ['Peskow', 'Peskov'],
  ['Zelenksy', 'Zelenskyy'],
  ['Zelenskky', 'Zelenskyy'],
  ['Kremlim', 'Kremlin'],
  ['Kremln', 'Kremlin'],
  ['Moskow', 'Moscow'],
  ['Moscoww', 'Moscow'],
  ['tarrifs', 'tariffs'],
  ['tarifs', 'tariffs'],
  ['warheds', 'warheads'],
  ['warhaeds', 'warheads'],
  ['Ukrane', 'Ukraine'],
  ['Ukriane', 'Ukraine'],
  ['Puttin', 'Putin'],
  ['Trupm', 'Trump'],
  ['Yermack', 'Yermak'],
  ['Bidden', 'Biden'],
  ['Kimbal', 'Kimball'],
  ['Websetr', 'Webster'],
  ['Waltzz', 'Waltz'],
  ['Chnia', 'China'],
  ['Volodimir', 'Volodymyr'],
  ['treatty', 'treaty'],
  ['inaguration', 'inauguration'],
  ['Lomonosow', 'Lomonosov'],
  ['negotiatons', 'negotiations'],
  ['presure', 'pressure'],
];
