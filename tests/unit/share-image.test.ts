// Share images keep any text inside the card: a 200-character headline and title are clamped to their
// lines and end in an ellipsis, never running into the footer band or off the edge; a title's longest
// word fits its line, the title shrinking for it, and a word too long even so breaks. A section's card
// leads with the explainer's headline and the section's question; the home card says its tagline once.
// A card drawn in two parts (its frame once, its body on its own) is the card drawn whole.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { homeCard, sectionCard } from '../../src/lib/share/page';
import { familiesFor } from '../../src/lib/share/fonts';
import { cardTree, loadAssets, MIN_TITLE_SIZE, renderShareImage, titleSize } from '../../src/lib/share/image';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share/meta';
import { SITE } from '../../src/site';
import { pngPixels } from '../support/png';

/** The card's lines of text by baseline, with the leftmost and rightmost x of their runs (embedFont: false keeps <text>). */
async function lines(card: Parameters<typeof cardTree>[0]) {
  const { fonts, logo } = loadAssets();
  const svg = await satori(cardTree(card, logo) as never, { ...SHARE_IMAGE_SIZE, fonts, embedFont: false });
  const byY = new Map<number, { text: string; xs: number[] }>();
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const y = Number(/\by="([\d.]+)"/.exec(m[1]!)?.[1]);
    const x = Number(/\bx="([\d.]+)"/.exec(m[1]!)?.[1]);
    const line = byY.get(y) ?? { text: '', xs: [] };
    line.text += m[2];
    line.xs.push(x);
    byY.set(y, line);
  }
  return [...byY].map(([y, { text, xs }]) => ({ y, text: text.trim(), left: Math.min(...xs), right: Math.max(...xs) }));
}

const long = (words: string) => {
  let text = '';
  while (text.length < 200) text += `${words} `;
  return text.slice(0, 200).trim();
};

describe('share image text', () => {
  it.each([
    ['English', long('Negotiating a new nuclear arms control agreement would be difficult')],
    ['Ukrainian', long('Переговори про нову угоду щодо контролю над ядерною зброєю будуть складними')],
  ])('fits the card with a 200-character %s headline and title', async (_lang, text) => {
    const all = await lines({ kicker: text, title: text, label: 'Section 2 of 4', siteName: 'The Explainer' });
    const footerTop = SHARE_IMAGE_SIZE.height - 96;
    const footer = all.find((l) => l.text === 'The Explainer');
    const body = all.filter((l) => l !== footer);
    expect(footer!.y).toBeGreaterThan(footerTop);
    expect(footer!.y).toBeLessThan(SHARE_IMAGE_SIZE.height);
    // Headline in two lines, title in four, then the label: all above the footer band, within the edges.
    expect(body).toHaveLength(7);
    expect(Math.max(...body.map((l) => l.y))).toBeLessThan(footerTop);
    for (const line of all) {
      expect(line.left).toBeGreaterThanOrEqual(0);
      expect(line.right).toBeLessThan(SHARE_IMAGE_SIZE.width);
    }
    expect(body.filter((l) => l.text.endsWith('…'))).toHaveLength(2);
  });
});

describe('section and home cards', () => {
  const question = (words: string) => long(words).slice(0, 150).trim().replace(/\s\S*$/, '?');
  it.each([
    ['en', 'English', long('Negotiating a new nuclear arms control agreement would be difficult'), question('Could a phone call between the two leaders revive talks on nuclear arms control and bring China in'), 'Arms control and other very long section titles'],
    ['uk', 'Ukrainian', long('Переговори про нову угоду щодо контролю над ядерною зброєю будуть складними'), question('Чи може телефонна розмова двох лідерів відновити переговори про контроль над ядерною зброєю'), 'Контроль над озброєннями та інші дуже довгі назви розділів'],
  ])('lead with the headline and the question, the site named once, in %s (%s), inside the card', async (lang, _name, headline, q, title) => {
    const card = sectionCard({ lang, headline, sections: [{ title: 'First', question: 'Why?' }, { title, question: q }] }, 1);
    expect(card.title).toBe(q);
    const all = await lines(card);
    const footerTop = SHARE_IMAGE_SIZE.height - 96;
    const body = all.filter((l) => l.y < footerTop);
    // Headline first (two lines at most), then the question, then the section's title and position.
    expect(headline.startsWith(body[0]!.text.replace(/…$/, ''))).toBe(true);
    const questionStart = body.findIndex((l) => q.startsWith(l.text.split(' ')[0]!) && l !== body[0] && !headline.includes(l.text));
    expect(questionStart).toBeGreaterThan(0);
    expect(questionStart).toBeLessThanOrEqual(2);
    // Then the section's title and position, on one line that ends in an ellipsis if it must.
    expect(body.at(-1)!.text.startsWith(title.split(' ')[0]!)).toBe(true);
    expect(all.filter((l) => l.text.includes('The Explainer'))).toHaveLength(1);
    expect(all.some((l) => /^(Section|Розділ) \d/i.test(l.text))).toBe(false);
    for (const line of all) {
      expect(line.left).toBeGreaterThanOrEqual(0);
      expect(line.right).toBeLessThan(SHARE_IMAGE_SIZE.width);
    }
    expect(Math.max(...body.map((l) => l.y))).toBeLessThan(footerTop);
  });

  it.each(['en', 'uk'])('say the tagline once on the home card (%s)', async (lang) => {
    const all = await lines(homeCard(lang));
    const tagline = homeCard(lang).kicker.replace(/\.$/, '').toLocaleLowerCase();
    expect(all.map((l) => l.text.toLocaleLowerCase()).join(' ').split(tagline)).toHaveLength(2);
  });
});

/** Long words of several languages, alone, ending a question, and in a sentence. */
const LONG_WORDS = [
  ['English', 'en', 'Counterrevolutionaries?'],
  ['English', 'en', 'Is Pneumonoultramicroscopicsilicovolcanoconiosis a word?'],
  ['German', 'de', 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz'],
  ['German', 'de', 'Wer ist der Donaudampfschifffahrtsgesellschaftskapitän?'],
  ['Finnish', 'fi', 'Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas'],
  ['Russian', 'ru', 'Превысокомногорассмотрительствующий'],
  ['Ukrainian', 'uk', 'Що таке дихлордифенілтрихлорметилметан?'],
  ['Greek', 'el', 'Λοπαδοτεμαχοσελαχογαλεοκρανιολειψανοδριμυποτριμματοσιλφιοκαραβομελιτοκατακεχυμενοκιχλεπικοσσυφοφαττοπεριστεραλεκτρυονοπτοκεφαλλιοκιγκλοπελειολαγωοσιραιοβαφητραγανοπτερύγων'],
] as const;

/** The card's right margin (its side padding is 72 px), less a few pixels a glyph may overhang its advance. */
const MARGIN_BAND = SHARE_IMAGE_SIZE.width - 64;
/** Between the accent bar and the footer band: where the kicker, title and label are drawn. */
const BODY_ROWS = [18, SHARE_IMAGE_SIZE.height - 96] as const;

/** Pixels in the right margin band of the card's body that are not the paper: ink where no text belongs. */
async function inkInRightMargin(card: Parameters<typeof renderShareImage>[0]): Promise<number> {
  const png = pngPixels(Buffer.from(await renderShareImage(card)));
  const paper = [1, 3, 5].map((i) => parseInt(SITE.colors.paper.slice(i, i + 2), 16));
  let ink = 0;
  for (let y = BODY_ROWS[0]; y < BODY_ROWS[1]; y++) {
    for (let x = MARGIN_BAND; x < png.width; x++) {
      const pixel = png.at(x, y);
      if (paper.some((channel, i) => Math.abs(channel - pixel[i]!) > 24)) ink++;
    }
  }
  return ink;
}

describe('long words on share images', () => {
  it.each(LONG_WORDS)('keep a %s title (%s) “%s” off the right margin', async (_name, lang, title) => {
    expect(await inkInRightMargin({ kicker: 'An explainer', title, siteName: SITE.name, lang })).toBe(0);
  });

  it.each(LONG_WORDS)('keep a %s kicker and label (%s) “%s” off the right margin', async (_name, lang, words) => {
    expect(await inkInRightMargin({ kicker: words, title: 'A question?', label: words, siteName: SITE.name, lang })).toBe(0);
  });

  it('shrink the title until its longest word fits one line, rather than breaking it', async () => {
    expect(titleSize('Counterrevolutionaries?')).toBeLessThan(titleSize('Why now?'));
    for (const title of ['Counterrevolutionaries?', 'Wer ist der Donaudampfschifffahrtsgesellschaftskapitän?', 'Превысокомногорассмотрительствующий']) {
      const all = await lines({ kicker: 'An explainer', title, siteName: SITE.name });
      const word = title.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      expect(all.some((l) => l.text.includes(word)), title).toBe(true);
      expect(titleSize(title)).toBeGreaterThanOrEqual(MIN_TITLE_SIZE);
    }
  });

  it('break a word too long for a line at the smallest title size, and keep the size of short words', () => {
    expect(titleSize('Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz')).toBe(MIN_TITLE_SIZE);
    expect(titleSize('Why now?')).toBe(96);
    expect(titleSize('How is Trump trying to push Russia to end the war?')).toBe(66);
  });
});

describe('the fonts a card is laid out with', () => {
  it('are the subsets its characters come from, in order, the first always', () => {
    expect(familiesFor('What will they talk about? · 2 of 4…')).toEqual(['Inter latin']);
    expect(familiesFor('Що таке?')).toEqual(['Inter latin', 'Inter cyrillic']);
    expect(familiesFor('Łódź i Ζελένσκι')).toEqual(['Inter latin', 'Inter latin-ext', 'Inter greek']);
    expect(familiesFor('Ζ')).toEqual(['Inter latin', 'Inter greek']);
  });
});

describe('a card drawn as frame and body', () => {
  /** How many pixels of the drawn PNG differ from the card laid out and drawn whole. */
  async function differingFromWhole(card: Parameters<typeof cardTree>[0], png: Uint8Array): Promise<number> {
    const { fonts, logo } = loadAssets();
    const whole = new Resvg(await satori(cardTree(card, logo) as never, { ...SHARE_IMAGE_SIZE, fonts }), { font: { loadSystemFonts: false } }).render().pixels;
    const drawn = pngPixels(Buffer.from(png));
    let differing = 0;
    for (let y = 0; y < SHARE_IMAGE_SIZE.height; y++) {
      for (let x = 0; x < SHARE_IMAGE_SIZE.width; x++) {
        const i = (y * SHARE_IMAGE_SIZE.width + x) * 4;
        if (drawn.at(x, y).slice(0, 3).some((channel, c) => channel !== whole[i + c])) differing++;
      }
    }
    return differing;
  }

  it.each([
    ['en', sectionCard({ lang: 'en', headline: 'Trump and Putin signal they will have a phone call soon', sections: [{ title: 'Call prospects', question: 'When will they talk, and what about?' }] }, 0)],
    ['uk', { kicker: 'Пояснення', title: 'Що таке дихлордифенілтрихлорметилметан?', siteName: 'Пояснювач', lang: 'uk' }],
    ['el, pl', { kicker: 'Łódź i Ζελένσκι', title: 'Τι θα συζητήσουν ο Τραμπ και ο Πούτιν στο τηλεφώνημά τους, και γιατί τώρα, μετά από τόσους μήνες σιωπής;', label: 'Pytania · 2 z 4', siteName: 'Explainer', lang: 'el' }],
  ])('has the pixels of the card drawn whole, also beside another card with its frame (%s)', async (_lang, card) => {
    const other = { ...card, title: 'Another question, drawn at the same time?' };
    const [png, otherPng] = await Promise.all([renderShareImage(card), renderShareImage(other)]);
    expect(await differingFromWhole(card, png)).toBe(0);
    expect(await differingFromWhole(other, otherPng)).toBe(0);
  });
});
