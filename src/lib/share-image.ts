// The picture chat apps and social sites show beside a shared link: 1200x630 PNG, drawn at build
// time with satori (layout to SVG) and resvg (SVG to PNG), in a font that ships in the repo.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { FONT_DIR, FONT_FAMILY, FONT_FILES } from './share-fonts';
import { SHARE_IMAGE_SIZE } from './share-meta';
import { SITE } from '../site';

export interface ShareCard {
  /** The line above the title: the explainer's headline on a section's card, or what kind of page this is. */
  kicker: string;
  /** The big line: the section's question, or the explainer's headline on its overview. */
  title: string;
  /** Small, under the title, in the site's kicker style: "Pressure tactics · 2 of 4". */
  label?: string;
  siteName: string;
  /** The card's language (BCP 47), so the renderer picks glyphs for it; the site's default if absent. */
  lang?: string;
}

/** The site's mark, drawn in the card's footer as on the favicon. */
export const LOGO_FILE = 'public/favicon.svg';

interface Assets {
  fonts: Font[];
  logo: string;
}

let assets: Promise<Assets> | undefined;

/** Reads fonts and logo once per build, from the project root (where `astro build` and vitest run). */
export function loadAssets(root = process.cwd()): Promise<Assets> {
  return (assets ??= (async (): Promise<Assets> => ({
    fonts: await Promise.all(
      FONT_FILES.map(async ({ family, file, weight }) => ({
        name: family,
        weight,
        style: 'normal' as const,
        data: await readFile(resolve(root, FONT_DIR, file)),
      })),
    ),
    logo: `data:image/svg+xml;base64,${(await readFile(resolve(root, LOGO_FILE))).toString('base64')}`,
  }))());
}

// Colours from the site's light theme, with a dark footer band: the card keeps a visible edge
// on both light and dark chat backgrounds.
const PAPER = SITE.colors.paper;
const INK = '#1b1b1b';
const ACCENT = SITE.colors.accent;

/** Title size in px: as large as fits in about four lines, so it stays legible as a thumbnail. */
export function titleSize(title: string): number {
  const n = title.length;
  if (n <= 24) return 96;
  if (n <= 48) return 80;
  if (n <= 80) return 66;
  if (n <= 120) return 56;
  return 48;
}

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; lang?: string; src?: string; width?: number; height?: number; children?: (Node | string)[] | Node | string };
}
const el = (type: string, style: Style, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The card as the element tree satori lays out (React's element shape, without React). */
export function cardTree(card: ShareCard, logo: string): Node {
  const { width, height } = SHARE_IMAGE_SIZE;
  const root = el('div', { width, height, display: 'flex', flexDirection: 'column', background: PAPER, fontFamily: FONT_FAMILY }, [
    el('div', { height: 18, background: ACCENT, display: 'flex' }),
    el(
      'div',
      { flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: '40px 72px', gap: 24 },
      [
        el(
          'div',
          { display: 'block', fontSize: 34, fontWeight: 700, color: INK, lineHeight: 1.25, lineClamp: 2, paddingLeft: 20, borderLeft: `6px solid ${ACCENT}` },
          card.kicker,
        ),
        el(
          'div',
          { display: 'block', fontSize: titleSize(card.title), fontWeight: 800, color: INK, lineHeight: 1.08, letterSpacing: -1.5, lineClamp: 4 },
          card.title,
        ),
        ...(card.label
          ? [el('div', { display: 'block', fontSize: 30, fontWeight: 700, color: ACCENT, lineClamp: 1 }, card.label)]
          : []),
      ],
    ),
    el(
      'div',
      { height: 96, background: INK, color: PAPER, display: 'flex', alignItems: 'center', padding: '0 72px', gap: 20 },
      [
        { type: 'img', props: { src: logo, width: 48, height: 48, style: { width: 48, height: 48 } } },
        el('div', { display: 'flex', fontSize: 36, fontWeight: 800, letterSpacing: -0.5 }, card.siteName),
      ],
    ),
  ]);
  return { ...root, props: { ...root.props, lang: card.lang ?? SITE.lang } };
}

export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, logo } = await loadAssets();
  const svg = await satori(cardTree(card, logo) as never, { ...SHARE_IMAGE_SIZE, fonts });
  return Uint8Array.from(new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width } }).render().asPng());
}

/** Renders an SVG (the favicon) as a square PNG icon. */
export function renderIcon(svg: string, size: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
