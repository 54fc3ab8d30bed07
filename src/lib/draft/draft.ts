// A new explainer drafted from a plain-text news story: the files of its folder, ready to edit. The
// story's words are kept word for word (source.txt, and every paragraph in a section); people and
// organisations get cards with the roles the text gives; quotations are marked with their speakers and
// first mentions with their cards; what only an editor can write is left as TODO(editor) placeholders.
import { placeholder } from '../content/placeholders';
import { slug as slugOf } from '../slugs';
import { parseCopy, type Block, type ParsedCopy } from './copy';
import { findTerm, renderParagraph, renderPhotos, yamlString, type Mark } from './mdx';
import { findPeople, type FoundCard } from './people';
import { attributeQuotes, type Attribution } from './quotes';
import { planSections, type SectionPlan } from './sections';

export interface Draft {
  /** The explainer folder's name, from the headline. */
  slug: string;
  /** File name -> text, for the explainer's folder. */
  files: Record<string, string>;
  copy: ParsedCopy;
  cards: FoundCard[];
  attributions: Attribution[];
  /** What the editor should know: names without a role, quotations without a speaker. */
  notes: string[];
}

export interface DraftOptions {
  /** Today, YYYY-MM-DD: `published` when the story gives no date. */
  today: string;
  /** The story's language (BCP 47), when the editor gives it (`--lang`); English when absent and the text reads as English. */
  lang?: string;
}

/** Words English news copy is full of and other languages' copy is not: a tenth of an English story's words. */
const ENGLISH = new Set('the of and to that is was said with for from by it at this have has are were be his her their'.split(' '));

/** Whether a story reads as English (the language the draft reads speakers and roles in). */
function readsAsEnglish(paragraphs: readonly string[]): boolean {
  const words = paragraphs.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length === 0 || words.filter((w) => ENGLISH.has(w)).length >= words.length / 10;
}

const FURNITURE = { contributor: 'The contributor line', copyright: 'The copyright line', 'read-more': 'A “Read more” line' } as const;

/** The longest folder name the draft makes from a headline, cut at a word. */
const SLUG_LENGTH = 60;

/** Cyrillic (Ukrainian's national system, with Russian's extra letters) and Greek letters in Latin ones, for addresses. */
const TO_LATIN: Record<string, string> = Object.fromEntries(
  [
    'а a', 'б b', 'в v', 'г h', 'ґ g', 'д d', 'е e', 'є ie', 'ж zh', 'з z', 'и y', 'і i', 'ї i', 'й i', 'к k', 'л l', 'м m', 'н n',
    'о o', 'п p', 'р r', 'с s', 'т t', 'у u', 'ф f', 'х kh', 'ц ts', 'ч ch', 'ш sh', 'щ shch', 'ь -', 'ю iu', 'я ia', 'ё io', 'ы y',
    'э e', 'ъ -', 'α a', 'β v', 'γ g', 'δ d', 'ε e', 'ζ z', 'η i', 'θ th', 'ι i', 'κ k', 'λ l', 'μ m', 'ν n', 'ξ x', 'ο o', 'π p',
    'ρ r', 'σ s', 'ς s', 'τ t', 'υ y', 'φ f', 'χ ch', 'ψ ps', 'ω o',
  ].map((pair) => pair.split(' ') as [string, string]).map(([from, to]) => [from, to === '-' ? '' : to]),
);

/** "Trump and Putin signal …" -> "trump-and-putin-signal-…": the site's slug rule, in the lowercase Latin letters a folder name allows. */
export function folderSlug(headline: string): string {
  // Letters first as written (й, ї are letters of their own), then with their accents off (Greek ή is η).
  const toLatin = (text: string) => [...text].map((c) => TO_LATIN[c] ?? c).join('');
  const latin = toLatin(toLatin(headline.toLowerCase().normalize('NFC')).normalize('NFKD').replace(/\p{M}/gu, '')).replace(/[’']/g, '');
  let made = slugOf(latin).replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  if (made.length > SLUG_LENGTH) made = made.slice(0, SLUG_LENGTH + 1).replace(/-[^-]*$/, '');
  return made || 'explainer';
}

/** Names a section's file: its title's slug, or "part-N" while the editor has yet to name it. */
function sectionFile(plan: SectionPlan, order: number): string {
  const name = plan.title ? folderSlug(plan.title) : `part-${order}`;
  return `${String(order).padStart(2, '0')}-${name === 'explainer' ? `part-${order}` : name}.mdx`;
}

/**
 * A subhead set in capitals ("WHO PAYS") as a title in sentence case ("Who pays"): each word keeps the
 * form the story's paragraphs give it mid-sentence (an acronym, a name), else it is written small.
 * A subhead with small letters is the editor's style already and stays as it is.
 */
export function sentenceCase(subhead: string, paragraphs: readonly string[]): string {
  if (/\p{Ll}/u.test(subhead) || !/\p{Lu}.*\p{Lu}/u.test(subhead)) return subhead;
  const forms = new Map<string, string>();
  for (const paragraph of paragraphs) {
    // Words after the first of a sentence: how the story writes them where case carries meaning.
    for (const m of paragraph.matchAll(/(?<=[\p{L}\p{N},;:)”’"]\s+)[\p{L}][\p{L}\p{M}\p{N}.'’-]*/gu)) {
      const word = m[0].replace(/[.'’]+$/u, '');
      if (/\p{Lu}/u.test(word) && !forms.has(word.toUpperCase())) forms.set(word.toUpperCase(), word);
    }
  }
  let first = true;
  return subhead.replace(/[\p{L}][\p{L}\p{M}\p{N}.'’-]*/gu, (word) => {
    const bare = word.replace(/[.'’]+$/u, '');
    const known = forms.get(bare.toUpperCase());
    const small = word.toLowerCase();
    const out = known ? known + word.slice(bare.length) : first ? small.charAt(0).toUpperCase() + small.slice(1) : small;
    first = false;
    return out;
  });
}

export function draftExplainer(input: string, options: DraftOptions): Draft {
  const copy = parseCopy(input);
  const paragraphs = copy.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const notes: string[] = [];
  const english = options.lang ? /^en\b/i.test(options.lang) : readsAsEnglish(paragraphs);
  if (!options.lang && !english) notes.push('the story does not read as English: write its language in index.mdx (lang), and add people and <Quote by> by hand (the draft reads them in English only)');
  else if (!english) notes.push(`the story is in ${options.lang}: add people and <Quote by> by hand (the draft reads them in English only)`);
  // Read in another language, English rules would make cards of places and miss every speaker: none is better than wrong ones.
  const people = english ? findPeople(paragraphs, { skip: copy.dateline?.length ?? 0, ...(copy.meta.outlet ? { outlet: copy.meta.outlet } : {}) }) : { cards: [], withoutRole: [], cites: [] };
  const cards = people.cards;
  const attributions = english ? attributeQuotes(paragraphs, cards, people.withoutRole) : [];
  for (const name of people.withoutRole) notes.push(`${name}: named, but the text gives no role, so no card (add one to people.yaml with the role the text gives, if they need one)`);
  for (const a of attributions) {
    if (a.how === 'none') notes.push(`quotation without a speaker the draft could tell: “${a.text.slice(0, 60)}${a.text.length > 60 ? '…' : ''}”`);
  }

  // Quotations by paragraph, in the order of the reporting paragraphs.
  const quotesOf = new Map<string, Attribution[]>();
  const paragraphBlocks = copy.blocks.filter((b) => b.kind === 'paragraph');
  attributions.forEach((a) => {
    const block = paragraphBlocks[a.paragraph]!;
    const key = String(copy.blocks.indexOf(block));
    quotesOf.set(key, [...(quotesOf.get(key) ?? []), a]);
  });

  const plans = planSections(copy.blocks).map((plan) => ({
    ...(plan.title ? { title: sentenceCase(plan.title, paragraphs) } : {}),
    blocks: plan.blocks.map((b) => (b.kind === 'subhead' ? { ...b, text: sentenceCase(b.text, paragraphs) } : b)),
  }));
  const files: Record<string, string> = {};
  const sectionSlugs: string[] = [];
  plans.forEach((plan, i) => {
    const file = sectionFile(plan, i + 1);
    sectionSlugs.push(file.replace(/^\d+-|\.mdx$/g, ''));
    files[file] = renderSection(plan, cards, (block) => quotesOf.get(String(copy.blocks.indexOf(block))) ?? []);
  });

  const published = copy.meta.date?.iso ?? options.today;
  const photos = [...new Set(copy.blocks.flatMap((b) => (b.kind === 'photo' ? b.photos.map((p) => p.credit) : [])))];
  const subheads = copy.blocks.flatMap((b) => (b.kind === 'subhead' ? [b.text] : []));
  const found = (['outlet', 'byline', 'date', 'url'] as const).flatMap((key) => {
    const value = key === 'date' ? copy.meta.date?.iso : copy.meta[key];
    return value ? [`  ${key}: ${key === 'date' ? value : yamlString(value)}`] : [];
  });
  const list = (values: readonly string[]) => `[${values.map(yamlString).join(', ')}]`;
  files['index.mdx'] = [
    '---',
    `headline: ${yamlString(copy.headline)}`,
    ...(options.lang && !/^en$/i.test(options.lang) ? [`lang: ${options.lang}`] : english ? [] : [`lang: ${yamlString(placeholder('the story’s language, a BCP 47 tag such as es or uk'))}`]),
    `summary: ${yamlString(placeholder('one or two sentences: the overview’s standfirst and the page description'))}`,
    `published: ${published}`,
    'source:',
    '  file: source.txt',
    ...found,
    ...(people.cites.length ? [`  cites: ${list(people.cites)}`] : []),
    ...(photos.length ? [`  photos: ${list(photos)}`] : []),
    ...(subheads.length ? [`  subheads: ${list(subheads)}`] : []),
    `# ${placeholder('takeaways — 3 to 5 key points of at most 12 words, each with the section that states it; write them, or delete these lines:')}`,
    '# takeaways:',
    `#   - text: "…"`,
    `#     section: ${sectionSlugs[0] ?? 'section-slug'}`,
    '---',
    '',
  ].join('\n');

  // No card found, no file: people.yaml is optional, and one that lists nobody is refused.
  if (cards.length > 0) files['people.yaml'] = renderPeople(cards);
  files['source.txt'] = input;
  return { slug: folderSlug(copy.headline), files, copy, cards, attributions, notes };
}

function renderPeople(cards: readonly FoundCard[]): string {
  const lines = [
    '# Everyone the report quotes or names, with a card each, as the draft found them: check each one.',
    '# `role` is word for word from the report (the content check finds it in source.txt); `namedAs` is how',
    '# the text writes the name later. Speakers of <Quote by="..."> need a card here.',
    'people:',
  ];
  for (const c of cards) {
    lines.push(`  - name: ${yamlString(c.name)}`, `    kind: ${c.kind}`);
    if (c.role) lines.push(`    role: ${yamlString(c.role)}`);
    if (c.namedAs.length) lines.push(`    namedAs: [${c.namedAs.map(yamlString).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** One section file: placeholders for what the editor writes, then the blocks word for word with their marks. */
function renderSection(plan: SectionPlan, cards: readonly FoundCard[], quotesOf: (block: Block) => Attribution[]): string {
  const texts = plan.blocks.flatMap((b) => (b.kind === 'photo' ? [] : [b]));
  const mentions = firstMentions(texts, cards, quotesOf);
  const front = [
    '---',
    `title: ${yamlString(plan.title ?? placeholder('a short title, such as “Pressure tactics” (rename the file to match)'))}`,
    `question: ${yamlString(placeholder('the question this section answers, in a reader’s words'))}`,
    `summary: ${yamlString(placeholder('one line for the overview, search results and sharing'))}`,
    `# ${placeholder('inShort — 2 or 3 points of at most 15 words, each with the paragraph that states it (1 is the first); write them, or delete these lines:')}`,
    '# inShort:',
    '#   - text: "…"',
    '#     paragraph: 1',
    `topics: [${yamlString(placeholder('one to three topics in sentence case, such as “Ukraine war”'))}]`,
    '---',
  ];
  const body = plan.blocks.map((block) => {
    switch (block.kind) {
      case 'photo':
        return renderPhotos(block.photos);
      case 'subhead':
        return `## ${renderParagraph(block.text, mentions.get(block) ?? [])}`;
      case 'furniture':
        // A rule line has no words to account for.
        if (block.what === 'separator') return '';
        // source.txt keeps it; the credit area shows contributor and copyright lines, and no page owes the rest.
        return `{/* ${FURNITURE[block.what]} of the original is not its reporting: source.txt keeps it, and the credit shows contributors and copyright */}`;
      case 'paragraph':
        return renderParagraph(block.text, mentions.get(block) ?? []);
    }
  });
  return `${front.join('\n')}\n\n${body.filter(Boolean).join('\n\n')}\n`;
}

/** Each block's marks: its attributed quotations, and the section's first mention of each card (not across a quotation's edge). */
function firstMentions(blocks: readonly Exclude<Block, { kind: 'photo' }>[], cards: readonly FoundCard[], quotesOf: (block: Block) => Attribution[]): Map<Block, Mark[]> {
  const marks = new Map<Block, Mark[]>();
  for (const block of blocks) {
    const quotes = block.kind === 'paragraph' ? quotesOf(block).filter((a) => a.speaker) : [];
    marks.set(block, quotes.map((a) => ({ kind: 'Quote', start: a.quote.start, end: a.quote.end, name: a.speaker! })));
  }
  for (const card of cards) {
    for (const block of blocks) {
      const own = marks.get(block)!;
      const hits = [card.name, ...card.namedAs]
        .flatMap((term) => {
          const at: { start: number; end: number }[] = [];
          for (let i = findTerm(block.text, term); i >= 0; i = findTerm(block.text, term, i + 1)) at.push({ start: i, end: i + term.length });
          return at;
        })
        .sort((a, b) => a.start - b.start || b.end - a.end);
      if (hits.length === 0) continue;
      // The first mention, if it can be wrapped: not overlapping another mention, not across a quotation's edge.
      const first = hits[0]!;
      const clash = own.some((m) => (m.kind === 'Mention' && m.start < first.end && first.start < m.end) || (m.kind === 'Quote' && first.start < m.end && m.start < first.end && !(m.start <= first.start && first.end <= m.end)));
      if (!clash) own.push({ kind: 'Mention', start: first.start, end: first.end, name: card.name });
      break;
    }
  }
  return marks;
}
