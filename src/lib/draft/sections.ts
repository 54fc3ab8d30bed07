// Splits a story's blocks into sections: at its subheads, where it has them, each subhead becoming its
// section's title; and a run of reporting longer than a section should be at a paragraph boundary, about
// five paragraphs a section, never opening a section on a paragraph that leans on the one before it.
import type { Block } from './copy';

export interface SectionPlan {
  /** The source subhead that opens the section and becomes its title; none means the editor names it. */
  title?: string;
  /** Blocks in source order; a subhead here stays a `##` inside the section. */
  blocks: Block[];
}

/** A section should hold about this many paragraphs; a run of reporting over LONGEST is split, a subhead's part only over LONGEST_TITLED. */
const TARGET = 5;
const LONGEST = 8;
const LONGEST_TITLED = 12;
/** A part of fewer paragraphs than this under a subhead joins the section before it, keeping its subhead. */
const SHORTEST = 2;

const paragraphs = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'paragraph').length;

/**
 * Whether a paragraph leans on the one before it: a quotation (its speaker is set up just before), a
 * pronoun or conjunction, or a speaker named by surname alone ("Vasquez said …") going on.
 */
function leansBack(text: string): boolean {
  return /^[“"]/.test(text)
    || /^(?:He|She|They|It|Its|His|Her|Their|But|And|Or|So|That|This|Those|These|Such|Yet|Still|Also)\b/.test(text)
    || /^\p{Lu}[\p{L}'’-]+\s+(?:also\s+)?(?:said|says|added|told|warned|noted)\b/u.test(text);
}

export function planSections(blocks: readonly Block[]): SectionPlan[] {
  const parts: SectionPlan[] = [{ blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'subhead') parts.push({ title: block.text, blocks: [] });
    else parts.at(-1)!.blocks.push(block);
  }
  if (parts[0]!.blocks.length === 0) parts.shift();

  // Too short to stand alone: the part joins the section before it, its subhead kept inside.
  const merged: SectionPlan[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && part.title && paragraphs(part.blocks) < SHORTEST) {
      previous.blocks.push({ kind: 'subhead', text: part.title }, ...part.blocks);
    } else merged.push({ ...part, blocks: [...part.blocks] });
  }
  return merged.flatMap(split);
}

/** A long part split into sections of about TARGET paragraphs; the first keeps the title. */
function split(part: SectionPlan): SectionPlan[] {
  const count = paragraphs(part.blocks);
  if (count <= (part.title ? LONGEST_TITLED : LONGEST)) return [part];
  const pieces = Math.round(count / TARGET);
  // Paragraph indices (in blocks) where sections could start.
  const starts = part.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  const cuts: number[] = [];
  for (let n = 1; n < pieces; n++) {
    // What is left shared evenly among the sections still to make, at the nearest paragraph that does not lean back.
    const previous = cuts.length ? starts.indexOf(cuts.at(-1)!) : 0;
    const ideal = previous + Math.round((count - previous) / (pieces - n + 1));
    const order = [0, 1, -1, 2, -2, 3, -3].map((d) => ideal + d).filter((i) => i > previous + 1 && i < count - 1);
    const chosen = order.find((i) => !leansBack((part.blocks[starts[i]!] as { text: string }).text)) ?? order[0];
    if (chosen !== undefined) cuts.push(starts[chosen]!);
  }
  const out: SectionPlan[] = [];
  let from = 0;
  for (const cut of [...cuts, part.blocks.length]) {
    const blocks = part.blocks.slice(from, cut);
    out.push(out.length === 0 && part.title ? { title: part.title, blocks } : { blocks });
    from = cut;
  }
  return out;
}
