// Share images keep any text inside the card: a 200-character headline and title are clamped to their
// lines and end in an ellipsis, never running into the footer band or off the edge.
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardTree, loadAssets } from '../../src/lib/share-image';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share-meta';

/** The card's lines of text by baseline, with the leftmost and rightmost x of their runs (embedFont: false keeps <text>). */
async function lines(card: Parameters<typeof cardTree>[0]) {
  const { fonts, logo } = await loadAssets();
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
