// Share images keep any text inside the card: a 200-character headline and title are clamped to their
// lines and end in an ellipsis, never running into the footer band or off the edge.
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardTree, loadAssets } from '../../src/lib/share-image';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share-meta';

/** Each text run satori lays out, with where it sits (embedFont: false keeps text as <text>). */
async function textRuns(card: Parameters<typeof cardTree>[0]) {
  const { fonts, logo } = await loadAssets();
  const svg = await satori(cardTree(card, logo) as never, { ...SHARE_IMAGE_SIZE, fonts, embedFont: false });
  return [...svg.matchAll(/<text[^>]*\bx="([\d.]+)"[^>]*\by="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
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
    const runs = await textRuns({ kicker: text, title: text, label: 'Section 2 of 4', siteName: 'The Explainer' });
    const footerTop = SHARE_IMAGE_SIZE.height - 96;
    const body = runs.filter((r) => r.text !== 'The Explainer' && r.y < footerTop + 10);
    expect(body.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.x).toBeGreaterThanOrEqual(0);
      expect(run.x).toBeLessThan(SHARE_IMAGE_SIZE.width);
    }
    // Everything above the footer stays above it, and the long lines were cut with an ellipsis.
    expect(Math.max(...body.map((r) => r.y))).toBeLessThan(footerTop);
    expect(body.map((r) => r.text).join('')).toContain('…');
    expect(runs.find((r) => r.text === 'The Explainer')?.y).toBeGreaterThan(footerTop);
  });
});
