// The wire's furniture in a source copy (datelines, contributor lines, copyright, "Read more") told
// apart from reporting, and lines that only look like furniture left for someone to say.
import { describe, expect, it } from 'vitest';
import { classifyLine, creditsOf, photoNote, sourceParagraphs } from '../../src/lib/content/source-furniture';

describe('classifyLine', () => {
  it('takes a dateline off the first paragraph, and keeps the reporting after it', () => {
    expect(classifyLine('WASHINGTON (AP) — President Donald Trump said on Thursday …', true)).toEqual({
      kind: 'dateline',
      dateline: 'WASHINGTON (AP) — ',
      text: 'President Donald Trump said on Thursday …',
    });
    expect(classifyLine('KYIV, Ukraine (AP) — Drones struck the city overnight.', true)).toMatchObject({ kind: 'dateline', text: 'Drones struck the city overnight.' });
    expect(classifyLine('NEW YORK — Stocks rose.', true)).toMatchObject({ kind: 'dateline', dateline: 'NEW YORK — ' });
  });

  it('reads a dateline only on the first paragraph, and never a sentence with a dash in it', () => {
    expect(classifyLine('WASHINGTON (AP) — Later text.', false).kind).toBe('reporting');
    expect(classifyLine('As President Donald Trump appears to be winding down the war — and said so', true).kind).toBe('reporting');
    expect(classifyLine('US officials — who asked not to be named — said so.', true).kind).toBe('reporting');
    expect(classifyLine('A format Putin prefers — a meeting.', true).kind).toBe('reporting');
  });

  it('knows contributor lines, copyright notices and "Read more" pointers', () => {
    expect(classifyLine('Associated Press writer Jane Doe contributed to this report.')).toMatchObject({ kind: 'contributors' });
    expect(classifyLine('Associated Press writers Jill B. Smith in Kyiv and John Roe contributed.').kind).toBe('contributors');
    expect(classifyLine('Jane Doe contributed reporting from Kyiv.').kind).toBe('contributors');
    expect(classifyLine('Copyright 2025 The Associated Press. All rights reserved.')).toEqual({
      kind: 'copyright',
      text: 'Copyright 2025 The Associated Press. All rights reserved.',
      year: '2025',
      holder: 'The Associated Press',
    });
    expect(classifyLine('© 2024 Cable News Network, Inc. All rights reserved.')).toMatchObject({ kind: 'copyright', year: '2024', holder: 'Cable News Network, Inc' });
    expect(classifyLine('Read more: Why the ferry matters').kind).toBe('read-more');
    expect(classifyLine('READ MORE: Trump’s first week').kind).toBe('read-more');
    expect(classifyLine('By Jane Doe and John Roe').kind).toBe('byline');
    expect(classifyLine('By Jane Doe, John Roe and Mary-Ann O’Neil').kind).toBe('byline');
    expect(classifyLine('By Monday the boats had stopped.').kind).toBe('reporting');
  });

  it('reads the Reuters shape: a dated dateline with a hyphen after the agency, and the closing reporting credit', () => {
    expect(classifyLine('OSLO, Nov 18 (Reuters) - Norway suspended the plan.', true)).toEqual({ kind: 'dateline', dateline: 'OSLO, Nov 18 (Reuters) - ', text: 'Norway suspended the plan.' });
    expect(classifyLine('PARIS, Nov 12, 2026 (AFP) - The clinics will close.', true)).toEqual({ kind: 'dateline', dateline: 'PARIS, Nov 12, 2026 (AFP) - ', text: 'The clinics will close.' });
    expect(classifyLine('ЛЬВІВ, 2 грудня (Укрінформ) - Рада ухвалила рішення.', true)).toEqual({ kind: 'dateline', dateline: 'ЛЬВІВ, 2 грудня (Укрінформ) - ', text: 'Рада ухвалила рішення.' });
    expect(classifyLine('OSLO - Norway suspended the plan.', true).kind).toBe('reporting');
    expect(classifyLine('(Reporting by Ingrid Solberg; Editing by Mark Potter)').kind).toBe('contributors');
  });

  it('knows a rule line between the story and its end notes, and no line with a word in it', () => {
    for (const rule of ['___', '---', '* * *', '# # #', '———']) expect(classifyLine(rule)).toEqual({ kind: 'separator', text: rule });
    expect(classifyLine('--- More to come').kind).toBe('reporting');
    expect(classifyLine('__').kind).toBe('reporting');
  });

  it('keeps reporting that mentions the same words as reporting', () => {
    expect(classifyLine('“I contributed what I could,” she said.').kind).toBe('reporting');
    expect(classifyLine('Copying the notice is not reporting, Hurst said.').kind).toBe('reporting');
  });

  it('says when a line looks like furniture but is not in a shape it knows', () => {
    expect(classifyLine('Copyright The Associated Press, all years.')).toMatchObject({ kind: 'unsure', like: 'copyright' });
    expect(classifyLine('He left early. Jane Doe contributed to this report.')).toMatchObject({ kind: 'unsure', like: 'contributors' });
    expect(classifyLine('Read more about the ferry on our site')).toMatchObject({ kind: 'unsure', like: 'read-more' });
    expect(classifyLine('WASHINGTON (AP) President Trump said …', true)).toMatchObject({ kind: 'unsure', like: 'dateline' });
  });
});

describe('photoNote', () => {
  it('splits a photo note sent on one line into its caption and the credit after the caption’s last full stop', () => {
    expect(photoNote('Photo: A closed sign on the door, November 11, 2026. Midland Press Agency/Jonas Pike')).toEqual({ caption: 'A closed sign on the door, November 11, 2026.', credit: 'Midland Press Agency/Jonas Pike' });
    expect(photoNote('Photo: the board said it could no longer staff the clinics.')).toBeUndefined();
    expect(photoNote('A closed sign on the door. Midland Press Agency/Jonas Pike')).toBeUndefined();
  });
});

describe('sourceParagraphs', () => {
  it('splits at blank lines, folds spaces and gives the line each paragraph starts on, and its lines', () => {
    expect(sourceParagraphs('Title\n\nOne\ntwo  words\n\n\n  \nThree\r\n')).toEqual([
      { text: 'Title', line: 1, lines: ['Title'] },
      { text: 'One two words', line: 3, lines: ['One', 'two words'] },
      { text: 'Three', line: 8, lines: ['Three'] },
    ]);
  });
});

describe('creditsOf', () => {
  it('collects contributor lines and the copyright notice, and nothing else', () => {
    const source = 'Headline\n\nWASHINGTON (AP) — Text.\n\nJane Doe contributed to this report.\n\nCopyright 2025 The Associated Press. All rights reserved.';
    expect(creditsOf(source)).toEqual({ contributors: ['Jane Doe contributed to this report.'], copyright: { year: '2025', holder: 'The Associated Press' } });
    expect(creditsOf('Headline\n\nJust reporting.')).toEqual({ contributors: [] });
  });
});
