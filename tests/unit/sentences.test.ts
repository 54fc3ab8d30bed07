// The one sentence rule: news abbreviations do not end a sentence; real ends, closing quotes and other
// languages still do.
import { describe, expect, it } from 'vitest';
import { sentencesOf, sentenceSpans } from '../../src/lib/text/sentences';

describe('sentencesOf', () => {
  it.each([
    ['U.S. Sen. Lisa Murkowski voted against it. She said why.', ['U.S. Sen. Lisa Murkowski voted against it.', 'She said why.']],
    ['Democratic Gov. Tony Evers’ administration objected. Talks went on.', ['Democratic Gov. Tony Evers’ administration objected.', 'Talks went on.']],
    ['Rep. Jane Doe and Gen. Mark Milley met on Jan. 6 in St. Paul. Nothing came of it.', ['Rep. Jane Doe and Gen. Mark Milley met on Jan. 6 in St. Paul.', 'Nothing came of it.']],
    ['Dr. Smith, Mr. Jones, Mrs. Lee and Ms. Park spoke. Lt. Col. Ray did not.', ['Dr. Smith, Mr. Jones, Mrs. Lee and Ms. Park spoke.', 'Lt. Col. Ray did not.']],
    ['It ranked No. 2 in the state. He said no. Then he left.', ['It ranked No. 2 in the state.', 'He said no.', 'Then he left.']],
    ['Donald J. Trump signed it in Washington, D.C. on Monday. Aides cheered.', ['Donald J. Trump signed it in Washington, D.C. on Monday.', 'Aides cheered.']],
    ['“We will go,” he said. “Now.” She left.', ['“We will go,” he said.', '“Now.”', 'She left.']],
    ['Is it over? Not yet! Talks resume Friday.', ['Is it over?', 'Not yet!', 'Talks resume Friday.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('splits other languages by their own rules', () => {
    expect(sentencesOf('Бібліотека відкрилася. Читачі прийшли рано.', 'uk')).toEqual(['Бібліотека відкрилася.', 'Читачі прийшли рано.']);
  });

  it('covers the text whole, so marks can be placed by index', () => {
    const text = 'One. Two Sen. Three.  Four?';
    const spans = sentenceSpans(text);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    spans.slice(1).forEach((span, i) => expect(span.start).toBe(spans[i]!.end));
  });
});
