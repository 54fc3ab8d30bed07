import { describe, expect, it } from 'vitest';
import { cardsNamedIn, mentionsIn, parseMdx, quotesIn, unmarkedFirstMentions } from '../../src/lib/mdx-marks';
import { cardId, names, namesFor, personId } from '../../src/lib/people';

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

  it('reports a card whose first mention is not marked, once', () => {
    expect(unmarkedFirstMentions(tree, cards)).toEqual([{ name: 'OPEC', term: 'OPEC', line: 3 }]);
    const late = parseMdx('Trump spoke.\n\nThen <Mention of="Donald Trump">Trump</Mention> spoke again. Trump!');
    expect(unmarkedFirstMentions(late, cards)).toEqual([{ name: 'Donald Trump', term: 'Trump', line: 1 }]);
  });

  it('lists the cards a text names, marked or not; attribute text does not count', () => {
    expect(cardsNamedIn(tree, cards)).toEqual(['Donald Trump', 'Vladimir Putin', 'OPEC']);
    expect(cardsNamedIn(parseMdx('<Photo caption="Putin visits" credit="x" />'), cards)).toEqual([]);
  });
});
