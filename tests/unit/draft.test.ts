// The draft's pure steps, each on the case it exists for: reading pasted copy, escaping text for MDX,
// finding people and their roles, attributing quotations, splitting sections, the placeholder rule, and
// the command's refusal to write over an explainer.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readBody } from '../../src/lib/content/body-rules';
import { isPlaceholderProblem, markPlaceholders, placeholderProblems } from '../../src/lib/content/placeholders';
import { main } from '../../src/lib/draft/cli';
import { dateIn, parseCopy, type Block } from '../../src/lib/draft/copy';
import { draftExplainer, folderSlug, sentenceCase } from '../../src/lib/draft/draft';
import { escapeText, renderParagraph } from '../../src/lib/draft/mdx';
import { findPeople } from '../../src/lib/draft/people';
import { attributeQuotes } from '../../src/lib/draft/quotes';
import { planSections } from '../../src/lib/draft/sections';
import { parseMdx, quotesIn, textOf } from '../../src/lib/mdx-marks';

describe('parseCopy', () => {
  it('reads the headline and the lines about the story, in one block or several', () => {
    const together = parseCopy('A headline\nBy Jane Roe, Associated Press\nJan. 24, 2025\nhttps://example.org/story\n\nThe first paragraph.');
    expect(together.headline).toBe('A headline');
    expect(together.meta).toEqual({ byline: 'By Jane Roe, Associated Press', date: { text: 'Jan. 24, 2025', iso: '2025-01-24' }, url: 'https://example.org/story' });
    const apart = parseCopy('A headline\n\nBy Jane Roe\n\nABC News\n\nUpdated 3:14 PM EST, January 24, 2025\n\nThe first paragraph.');
    expect(apart.meta).toMatchObject({ byline: 'By Jane Roe', outlet: 'ABC News', date: { iso: '2025-01-24' } });
    expect(apart.blocks).toEqual([{ kind: 'paragraph', text: 'The first paragraph.' }]);
  });

  it('tells wire furniture, photo notes and subheads from reporting', () => {
    const copy = parseCopy(
      [
        'Headline',
        'WASHINGTON (AP) — The Senate voted on Thursday.',
        'A caption of a photo. | Another caption.',
        'Carlos Barria/Reuters | Ramil Sitdikov, Pool via Sputnik via Reuters',
        'What happens next',
        'He said no.',
        'Read more: Another story',
        'Associated Press writer Kevin Walsh contributed to this report.',
        'Copyright 2025 The Associated Press. All rights reserved.',
      ].join('\n\n'),
    );
    expect(copy.blocks.map((b) => b.kind === 'furniture' ? b.what : b.kind)).toEqual(['paragraph', 'photo', 'subhead', 'paragraph', 'read-more', 'contributor', 'copyright']);
    expect(copy.blocks[1]).toEqual({ kind: 'photo', photos: [{ caption: 'A caption of a photo.', credit: 'Carlos Barria/Reuters' }, { caption: 'Another caption.', credit: 'Ramil Sitdikov, Pool via Sputnik via Reuters' }] });
    expect(copy.dateline).toBe('WASHINGTON (AP) — ');
    // No outlet line: the copyright line names the publisher word for word.
    expect(copy.meta.outlet).toBe('The Associated Press');
  });

  it('reads dates as the copy writes them, and no impossible one', () => {
    expect(dateIn('Published 24 January 2025')?.iso).toBe('2025-01-24');
    expect(dateIn('2025-03-14')?.iso).toBe('2025-03-14');
    expect(dateIn('Feb. 30, 2025')).toBeUndefined();
  });
});

describe('MDX text', () => {
  const roundTrip = (text: string) => {
    const tree = parseMdx(escapeText(text, true));
    return { text: textOf(tree), problems: readBody(tree).problems };
  };

  it.each([
    'Use <b>{x}</b> and {/* this */} as text, not code.',
    '*not* _emphasis_ [not](a-link) `code` ~~gone~~ a|b AT&amp;T back\\slash',
    '1. Not a list',
    '2025. The year it began.',
    '# Not a heading',
    '- not a list item',
    '> not a block quote',
  ])('keeps %s word for word', (text) => {
    expect(roundTrip(text)).toEqual({ text, problems: [] });
  });

  it('nests a first mention inside a quotation, with the marks outside the quoted words', () => {
    const text = '“Talks with the Kremlin are hard,” said Jane Roe.';
    const mdx = renderParagraph(text, [
      { kind: 'Quote', start: 1, end: 33, name: 'Jane Roe' },
      { kind: 'Mention', start: 16, end: 23, name: 'Kremlin' },
    ]);
    expect(mdx).toBe('“<Quote by="Jane Roe">Talks with the <Mention of="Kremlin">Kremlin</Mention> are hard,</Quote>” said Jane Roe.');
    expect(quotesIn(parseMdx(mdx))).toEqual([expect.objectContaining({ speaker: 'Jane Roe', text: 'Talks with the Kremlin are hard,' })]);
  });
});

describe('findPeople', () => {
  const roles = (...paragraphs: string[]) => Object.fromEntries(findPeople(paragraphs).cards.map((c) => [c.name, c.role ?? null]));

  it('prefers the appositive the text gives to a title of abbreviations', () => {
    expect(roles('U.S. Sen. Lisa Murkowski, a Republican from Alaska, said she would vote no.')).toEqual({ 'Lisa Murkowski': 'a Republican from Alaska' });
    expect(roles('U.S. Sen. Lisa Murkowski, who chairs the Indian Affairs Committee, said she would vote no.')['Lisa Murkowski']).toBe('who chairs the Indian Affairs Committee');
    expect(roles('U.S. Sen. Lisa Murkowski said she would vote no.')['Lisa Murkowski']).toBe('U.S. Sen.');
  });

  it('never cuts a role at an abbreviation', () => {
    expect(roles('“It is done,” said Jane Roe, a spokeswoman for the U.S. Department of Energy. Talks went on.')['Jane Roe']).toBe('a spokeswoman for the U.S. Department of Energy');
  });

  it('takes titles before a name, and the role before a comma', () => {
    expect(roles('“No,” spokesman Dmitry Peskov said Thursday.', 'Even before, his national security adviser, Mike Waltz, said so.')).toEqual({ 'Dmitry Peskov': 'spokesman', 'Mike Waltz': 'national security adviser' });
  });

  it('knows occupations the list does not hold, before or after the name, over an honorific', () => {
    expect(roles('Dr. Aleena Brooks, a pediatrician at ProMedica Toledo Children’s Hospital, said she sees cases.', 'Retired machinist Carl Dorsey said he supports it.')).toEqual({
      'Aleena Brooks': 'a pediatrician at ProMedica Toledo Children’s Hospital',
      'ProMedica Toledo Children’s Hospital': null,
      'Carl Dorsey': 'Retired machinist',
    });
  });

  it('reads a title ending in a role noun, and no road number as an organisation', () => {
    expect(roles('Transport Minister Jon-Ivar Nygard said the E6 highway is full.', 'Economist Kari Lunde of the BI Norwegian Business School agreed.')).toEqual({
      'Jon-Ivar Nygard': 'Transport Minister',
      'Kari Lunde': 'Economist',
      'BI Norwegian Business School': null,
    });
  });

  it('knows a ferry or bus company by the word its name ends in', () => {
    expect(roles('Angus MacLeod, a spokesman for Western Isles Ferries, said the timetable would change.', 'Western Isles Ferries runs six routes; Lothian Buses runs none.')).toEqual({
      'Angus MacLeod': 'a spokesman for Western Isles Ferries',
      'Western Isles Ferries': null,
      'Lothian Buses': null,
    });
  });

  it('reads an organisation whose purpose has two parts joined by “and”, and never a person after it', () => {
    expect(roles('“It can come down at once,” said Dr. Corinne Meillard, a glaciologist at the Federal Institute for Snow and Avalanche Research. “Nobody knows when.”')).toEqual({
      'Corinne Meillard': 'a glaciologist at the Federal Institute for Snow and Avalanche Research',
      'Federal Institute for Snow and Avalanche Research': null,
    });
    expect(roles('Officials at the Ministry of Defence and Prime Minister Keir Starmer met on Friday.')).toEqual({ 'Ministry of Defence': null, 'Keir Starmer': 'Prime Minister' });
  });

  it('reads a name after “the consumer group” as an organisation’s, and not a name after “the company” that goes on', () => {
    expect(roles('Elena Castaño, a spokeswoman for the consumer group Agua Justa, said the fines were not fair.')).toEqual({
      'Elena Castaño': 'a spokeswoman for the consumer group Agua Justa',
      'Agua Justa': 'consumer group',
    });
    expect(findPeople(['Workers at the company Jane Roe founded in 1990 walked out.']).withoutRole).toEqual(['Jane Roe']);
  });

  it('names people later by surname, and outlets as citations, not cards', () => {
    const found = findPeople(['President Donald Trump told ABC News that Trump would go.']);
    expect(found.cards).toEqual([{ name: 'Donald Trump', kind: 'person', role: 'President', namedAs: ['Trump'] }]);
    expect(found.cites).toEqual(['ABC News']);
  });
});

describe('attributeQuotes', () => {
  const speakers = (...paragraphs: string[]) => {
    const { cards } = findPeople(paragraphs);
    return attributeQuotes(paragraphs, cards).map((a) => [a.text, a.speaker ?? a.how]);
  };

  it('resolves “the spokesman said” to the card with that role', () => {
    expect(speakers('Kremlin spokesman Dmitry Peskov spoke on Monday.', '“We see nothing new,” the spokesman said.')).toEqual([['We see nothing new,', 'Dmitry Peskov']]);
  });

  it('gives “she said” to the person a sentence introduces, not to the organisation her role names', () => {
    expect(speakers('Elena Castaño, a spokeswoman for the consumer group Agua Justa, said the limits were fair. “A family of six will struggle,” she said.')).toEqual([
      ['A family of six will struggle,', 'Elena Castaño'],
    ]);
  });

  it('goes on with the speaker after a role that names an organisation, in the same paragraph', () => {
    expect(speakers('“The front is thawing,” said Dr. Corinne Meillard, a glaciologist at the Federal Institute for Snow and Avalanche Research who has studied it for 12 years. “It can come down at once.”')).toEqual([
      ['The front is thawing,', 'Corinne Meillard'],
      ['It can come down at once.', 'Corinne Meillard'],
    ]);
  });

  it('goes on with the speaker in the next paragraph, and leaves titles and unattributed words alone', () => {
    expect(
      speakers('“We will go,” said Jane Roe, a senator from Ohio.', '“And we will stay.”', 'She appeared on CBS’s “Face the Nation” to defend what critics call a “blank check.”'),
    ).toEqual([
      ['We will go,', 'Jane Roe'],
      ['And we will stay.', 'Jane Roe'],
      ['Face the Nation', 'title'],
      ['blank check.', 'none'],
    ]);
  });

  it('gives a participle’s quotation to the clause’s subject, not the nearest name', () => {
    expect(speakers('Ukrainian President Volodymyr Zelenskyy spoke. President Donald Trump criticized Zelenskyy — saying “he’s not an angel.”')).toEqual([['he’s not an angel.', 'Donald Trump']]);
  });
});

describe('planSections', () => {
  const para = (text: string): Block => ({ kind: 'paragraph', text });

  it('splits a story without subheads at paragraph boundaries, about five paragraphs a section, never on a quotation', () => {
    const blocks = Array.from({ length: 14 }, (_, i) => para(i === 5 ? '“Quoted,” she said.' : `Paragraph ${i + 1}.`));
    const sections = planSections(blocks);
    expect(sections.map((s) => s.blocks.length)).toEqual([6, 4, 4]);
    expect(sections.every((s) => !s.title)).toBe(true);
    expect(sections.flatMap((s) => s.blocks)).toEqual(blocks);
  });

  it('makes a subhead its section’s title, and keeps one over too short a part inside the section before', () => {
    const sections = planSections([para('A.'), para('B.'), { kind: 'subhead', text: 'Short part' }, para('C.'), { kind: 'subhead', text: 'Long part' }, para('D.'), para('E.')]);
    expect(sections).toEqual([
      { blocks: [para('A.'), para('B.'), { kind: 'subhead', text: 'Short part' }, para('C.')] },
      { title: 'Long part', blocks: [para('D.'), para('E.')] },
    ]);
  });
});

describe('placeholders', () => {
  const file = '---\ntitle: "TODO(editor): a title"\ntopics: ["Oil", "TODO(editor): topics"]\n# TODO(editor): inShort — 2 or 3 points; write them, or delete these lines:\n# inShort:\n---\n\nText.\n\nTODO(editor): a paragraph\n';

  it('names each field, commented field and body line still holding one', () => {
    const problems = placeholderProblems({ title: 'TODO(editor): a title', topics: ['Oil', 'TODO(editor): topics'] }, file);
    expect(problems.map((p) => p.field)).toEqual(['title', 'topics.1', 'inShort', 'body, line 10']);
    expect(problems.every(isPlaceholderProblem)).toBe(true);
    expect(isPlaceholderProblem({ message: 'is required' })).toBe(false);
  });

  it('finds none in finished content', () => {
    expect(placeholderProblems({ title: 'Oil' }, '---\ntitle: Oil\n---\n\nText.\n')).toEqual([]);
  });

  it('highlights placeholders in a page’s text, never in its title, attributes or scripts', () => {
    const html = '<title>TODO(editor): x</title><h1 title="TODO(editor): y">TODO(editor): the question</h1><script>"TODO(editor)"</script>';
    expect(markPlaceholders(html)).toBe('<title>TODO(editor): x</title><h1 title="TODO(editor): y"><mark class="placeholder" title="To write before publishing">TODO(editor): the question</mark></h1><script>"TODO(editor)"</script>');
  });
});

describe('folders', () => {
  it('makes a folder name from the headline by the site’s slug rule, in the letters a URL folder allows, other scripts in Latin letters', () => {
    expect(folderSlug('Trump and Putin signal they will have a phone call soon. What will they talk about?')).toBe('trump-and-putin-signal-they-will-have-a-phone-call-soon-what');
    expect(folderSlug('Café owners in Kraków’s Old Town fight rent rises')).toBe('cafe-owners-in-krakows-old-town-fight-rent-rises');
    // Cyrillic and Greek in Latin letters (Ukrainian's national system), so a story in them gets an address of its own.
    expect(folderSlug('Київ')).toBe('kyiv');
    expect(folderSlug('У Львові запускають нічні трамваї')).toBe('u-lvovi-zapuskaiut-nichni-tramvai');
    expect(folderSlug('Η Αθήνα ψηφίζει')).toBe('i-athina-psifizei');
    expect(folderSlug('?!')).toBe('explainer');
  });

  it('writes the folder with npm run draft, in the language --lang names, and refuses to write over it or to take a language it cannot read', () => {
    const out = mkdtempSync(join(tmpdir(), 'draft-'));
    const story = join(out, 'story.txt');
    writeFileSync(story, 'A test headline\n\nThe first paragraph, said Jane Roe, a spokeswoman.\n');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main([story, '--out', out], '2026-12-04')).toBe(0);
    expect(readFileSync(join(out, 'a-test-headline', 'source.txt'), 'utf8')).toBe(readFileSync(story, 'utf8'));
    expect(existsSync(join(out, 'a-test-headline', '01-part-1.mdx'))).toBe(true);
    expect(main([story, '--out', out], '2026-12-04')).toBe(1);
    expect(error).toHaveBeenLastCalledWith(expect.stringMatching(/already exists: the draft never writes over an explainer/));
    expect(main([join(out, 'missing.txt')])).toBe(1);
    expect(error).toHaveBeenLastCalledWith(expect.stringMatching(/cannot read .*missing\.txt: no such file/));
    expect(main([story, '--out', out, '--slug', 'in-ukrainian', '--lang', 'uk'], '2026-12-04')).toBe(0);
    expect(readFileSync(join(out, 'in-ukrainian', 'index.mdx'), 'utf8')).toMatch(/^lang: uk$/m);
    expect(main([story, '--out', out, '--slug', 'in-spanish', '--lang', 'español'], '2026-12-04')).toBe(1);
    expect(error).toHaveBeenLastCalledWith(expect.stringMatching(/--lang "español": a language is a BCP 47 tag/));
    expect(existsSync(join(out, 'in-spanish'))).toBe(false);
    log.mockRestore();
    error.mockRestore();
  });

  it('writes the found byline, outlet, date and address as source fields, and today when the story has no date', () => {
    const index = draftExplainer('Headline\nBy Jane Roe\nReuters\nhttps://example.org/a\n\nText.', { today: '2026-12-04' }).files['index.mdx']!;
    expect(index).toMatch(/^ {2}byline: "By Jane Roe"$/m);
    expect(index).toMatch(/^ {2}outlet: "Reuters"$/m);
    expect(index).toMatch(/^ {2}url: "https:\/\/example.org\/a"$/m);
    expect(index).toMatch(/^published: 2026-12-04\nsource:$/m);
  });

  it('writes no field the check works out: updated, order, a section’s people, the source’s title', () => {
    const files = draftExplainer('Headline\n\nMayor Jane Roe said the road would close.\n\nROAD WORK\n\nRoe said it would reopen in May.\n\nRoe said crews would start at dawn.', { today: '2026-12-04' }).files;
    const all = Object.entries(files).flatMap(([name, text]) => (name.endsWith('.mdx') ? [text] : [])).join('\n');
    expect(Object.keys(files)).toContain('02-road-work.mdx');
    expect(all).not.toMatch(/^(?:updated|order|people):|^ {2}title:/m);
  });

  it('writes a subhead set in capitals as a title in sentence case, keeping the story’s names and acronyms', () => {
    const paragraphs = ['Officials in Toledo said the EPA would decide.'];
    expect(sentenceCase('WHO PAYS', paragraphs)).toBe('Who pays');
    expect(sentenceCase('WHAT THE EPA WANTS FROM TOLEDO', paragraphs)).toBe('What the EPA wants from Toledo');
    expect(sentenceCase('To break the silence', paragraphs)).toBe('To break the silence');
  });

  it('leaves a rule line out of the sections', () => {
    const files = draftExplainer('Headline\n\nMayor Jane Roe said the road would close.\n\n___\n\nCopyright 2026 The Associated Press. All rights reserved.', { today: '2026-12-04' }).files;
    expect(files['01-part-1.mdx']).not.toContain('_');
  });
});
