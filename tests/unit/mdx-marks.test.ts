import { describe, expect, it } from 'vitest';
import { cardsNamedIn, markFirstMentions, marksInSentences, mentionsIn, parseMdx, quotesIn } from '../../src/lib/mdx-marks';
import { cardId, names, namesFor, personId } from '../../src/lib/people';
import { escapeRegExp, wholeWord } from '../../src/lib/word-match';

const cards = [
  { name: 'Donald Trump', namedAs: ['Trump'] },
  { name: 'Vladimir Putin', namedAs: ['Putin'] },
  { name: 'OPEC', namedAs: [] },
];

describe('people names', () => {
  it('finds whole names only', () => {
    expect(names('Trump’s record', 'Trump')).toBe(true);
    expect(names('a trumpet and a Trumpet', 'Trump')).toBe(false);
    expect(names('the OPEC cartel', 'OPEC')).toBe(true);
    expect(names('G7.', 'G7')).toBe(true);
    expect(namesFor({ name: 'Donald Trump', namedAs: ['Trump', 'Donald Trump'] })).toEqual(['Donald Trump', 'Trump']);
    expect(personId('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
    expect(cardId('Arms Control Association')).toBe('person-arms-control-association');
  });

  it('finds names as the whole-word pattern does, in any script, beside astral characters', () => {
    const texts = ['Trump', 'xTrump', 'Trump2', '2Trump', 'Trumpé', 'éTrump', 'Trump 🚀', '𝐀Trump', 'Trump𝐀', 'Трамп і Trump', 'a Trump-Trumpet', 'TrumpTrump Trump', 'Київ, Київщина', 'Kyiv’s', ''];
    for (const text of texts) {
      for (const term of ['Trump', 'Київ', 'Trump Trump']) {
        expect(names(text, term), `${term} in ${text}`).toBe(wholeWord(escapeRegExp(term), 'u').test(text));
      }
    }
  });

  it('finds the names of 10,000 cards in a section quickly (one pattern, not one per card)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `Person ${i} Example`, namedAs: [] }));
    const start = performance.now();
    expect(cardsNamedIn(parseMdx('Person 9999 Example spoke. Then Person 12 Examples did not.'), many)).toEqual(['Person 9999 Example']);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('MDX marks', () => {
  const body = [
    'As President <Mention of="Donald Trump">Donald Trump</Mention> said, “<Quote by="Donald Trump">we’ll meet <Mention of="Vladimir Putin">Putin</Mention> soon,</Quote>” Trump said.',
    '',
    '“<Quote by="Vladimir Putin">It would be better,</Quote>” Putin said. He asked OPEC.',
  ].join('\n');
  const tree = parseMdx(body);

  it('reads quotes with their speaker and exact text, mentions included', () => {
    expect(quotesIn(tree)).toEqual([
      { speaker: 'Donald Trump', text: 'we’ll meet Putin soon,', line: 1 },
      { speaker: 'Vladimir Putin', text: 'It would be better,', line: 3 },
    ]);
  });

  it('reads mentions', () => {
    expect(mentionsIn(tree).map((m) => m.of)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('marks the first mention of each card the editor left unmarked, once, and keeps the editor’s marks', () => {
    const marked = parseMdx(body);
    expect(markFirstMentions(marked, cards)).toEqual([{ name: 'OPEC', term: 'OPEC', line: 3 }]);
    expect(mentionsIn(marked).map((m) => m.of)).toEqual(['Donald Trump', 'Vladimir Putin', 'OPEC']);
    // The text reads the same, and the marked words are the name itself.
    expect(marksInSentences(marked).filter((m) => m.kind === 'Mention').at(-1)).toEqual({ kind: 'Mention', name: 'OPEC', text: 'OPEC', sentence: 'He asked OPEC.' });
    // A card the editor marks later keeps that mark: no second one.
    const late = parseMdx('Trump spoke.\n\nThen <Mention of="Donald Trump">Trump</Mention> spoke again.');
    expect(markFirstMentions(late, cards)).toEqual([]);
  });

  it('marks the earliest, longest name in running text, several in one text, none in headings, links or captions', () => {
    const tree = parseMdx('## Trump and OPEC\n\nSee [Putin](/x/). Then President Donald Trump met Putin, and Trump left.\n\n<Photo caption="OPEC" credit="x" />');
    expect(markFirstMentions(tree, cards)).toEqual([
      { name: 'Donald Trump', term: 'Donald Trump', line: 3 },
      { name: 'Vladimir Putin', term: 'Putin', line: 3 },
    ]);
    const paragraph = tree.children![1]!;
    expect(paragraph.children!.map((n) => (n.type === 'text' ? n.value : `<${n.name ?? n.type}>`))).toEqual([
      'See ', '<link>', '. Then President ', '<Mention>', ' met ', '<Mention>', ', and Trump left.',
    ]);
    expect(markFirstMentions(parseMdx('“<Quote by="Donald Trump">Ask OPEC</Quote>” he said.'), cards)).toEqual([{ name: 'OPEC', term: 'OPEC', line: 1 }]);
  });

  it('lists the cards a text names, marked or not; attribute text does not count', () => {
    expect(cardsNamedIn(tree, cards)).toEqual(['Donald Trump', 'Vladimir Putin', 'OPEC']);
    expect(cardsNamedIn(parseMdx('<Photo caption="Putin visits" credit="x" />'), cards)).toEqual([]);
  });

  it('gives each quote and mention the whole sentence around it, word for word, over two sentences where a quote runs on', () => {
    const text = [
      'Intro. “<Quote by="Donald Trump">I think Putin would like to see me. We’ll meet as soon as we can,</Quote>” <Mention of="Donald Trump">Trump</Mention> said at the U.S. White House on Thursday. Then more.',
      '',
      '## A heading',
      '',
      'Both sides waited — a format <Mention of="Vladimir Putin">Putin</Mention> prefers.',
    ].join('\n');
    expect(marksInSentences(parseMdx(text))).toEqual([
      {
        kind: 'Quote',
        name: 'Donald Trump',
        text: 'I think Putin would like to see me. We’ll meet as soon as we can,',
        sentence: '“I think Putin would like to see me. We’ll meet as soon as we can,” Trump said at the U.S. White House on Thursday.',
      },
      { kind: 'Mention', name: 'Donald Trump', text: 'Trump', sentence: '“I think Putin would like to see me. We’ll meet as soon as we can,” Trump said at the U.S. White House on Thursday.' },
      { kind: 'Mention', name: 'Vladimir Putin', text: 'Putin', sentence: 'Both sides waited — a format Putin prefers.' },
    ]);
    expect(marksInSentences(tree).map((m) => [m.kind, m.name, m.sentence])).toEqual([
      ['Mention', 'Donald Trump', 'As President Donald Trump said, “we’ll meet Putin soon,” Trump said.'],
      ['Quote', 'Donald Trump', 'As President Donald Trump said, “we’ll meet Putin soon,” Trump said.'],
      ['Mention', 'Vladimir Putin', 'As President Donald Trump said, “we’ll meet Putin soon,” Trump said.'],
      ['Quote', 'Vladimir Putin', '“It would be better,” Putin said.'],
    ]);
  });
});
