// Rules about what the editors add for readers beside the report: a section's answer (true to the
// paragraphs it names), in-short points and answers in the editors' own words rather than one of the
// report's sentences copied, <Context> notes kept apart from the report's text, and topic descriptions
// that describe topics the sections use, one description per topic across the site.
import { walk, textOf, type MdxNode } from '../mdx-marks';
import { slug as slugOf } from '../slugs';
import { sentencesOf } from '../text/sentences';
import { paragraphsOf, sharesWords } from './section-rules';
import type { Problems } from './report';
import type { Section } from './read-files';

/** A point or answer copies a sentence when this share of its words, or more, stand in that sentence in the same order. */
export const COPY_SHARE = 0.8;
/** Shorter texts are left alone: two or three words of a sentence are a phrase, not a copy. */
export const COPY_MIN_WORDS = 5;

/** Topic descriptions met so far across the site, by topic address. */
export type TopicDescriptions = Map<string, { text: string; file: string }>;

/** An explainer's description of one of its topics, as index.mdx's field gives it. */
export interface DescribedTopic {
  field: string;
  topic: string;
  key: string;
  text: string;
}

export interface ReaderInput {
  /** index.mdx's shown path and fields (valid), or undefined when it has problems of its own. */
  indexFile: string | undefined;
  data: Record<string, unknown> | undefined;
  sections: readonly Section[];
  lang: string;
}

/**
 * Checks one explainer's reader aids: answers, in-short points, <Context> notes, topic descriptions;
 * returns the descriptions for checkDescriptionsAgree, the one rule that needs the other explainers.
 */
export function checkReaderAids(problems: Problems, input: ReaderInput): DescribedTopic[] {
  for (const section of input.sections) {
    if (!section.tree) continue;
    checkContextNotes(problems, section.file, section.tree);
    if (!section.valid) continue;
    const sentences = reportSentences(section.tree, input.lang);
    // Answers only: in-short points that copy a sentence built before this rule, and still build.
    checkAnswer(problems, section, section.tree, sentences);
  }
  return input.indexFile && input.data ? checkTopicDescriptions(problems, input.indexFile, input.data, input.sections) : [];
}

/** The answer names paragraphs the section has, each sharing words with it, and is the editors' own words. */
function checkAnswer(problems: Problems, section: Section, tree: MdxNode, sentences: readonly string[]): void {
  const answer = section.data?.['answer'] as { text: string; paragraphs: number[] } | undefined;
  if (!answer) return;
  const paragraphs = paragraphsOf(tree);
  answer.paragraphs.forEach((n, i) => {
    const paragraph = paragraphs[n - 1];
    if (paragraph === undefined) {
      problems.add(section.file, `answer.paragraphs.${i}`, `the section has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}, so there is no paragraph ${n}: name the paragraphs that support the answer`);
    } else if (!sharesWords(answer.text, paragraph)) {
      problems.add(section.file, `answer.paragraphs.${i}`, `paragraph ${n} (“${paragraph.slice(0, 60)}…”) shares no word with the answer: name the paragraphs that support it`);
    }
  });
  checkOwnWords(problems, section.file, 'answer.text', answer.text, sentences);
}

/** An editor's point or answer says the gist in a reader's words: it does not copy one of the report's sentences. */
function checkOwnWords(problems: Problems, file: string, field: string, text: string, sentences: readonly string[]): void {
  const copied = copiedSentence(text, sentences);
  if (copied) {
    problems.add(file, field, `copies most of the words of the sentence “${copied.length > 90 ? `${copied.slice(0, 90).trimEnd()}…` : copied}”: the reader has that sentence already; say in your own words what it means for them`);
  }
}

/**
 * The sentence a text copies, if any: one that holds COPY_SHARE or more of the text's words in the same
 * order (words compared whole, case and punctuation aside). Texts under COPY_MIN_WORDS words never copy.
 */
export function copiedSentence(text: string, sentences: readonly string[]): string | undefined {
  const words = wordsOf(text);
  if (words.length < COPY_MIN_WORDS) return undefined;
  return sentences.find((sentence) => inOrder(words, wordsOf(sentence)) >= COPY_SHARE * words.length);
}

/** How many of `a`'s words stand in `b` in the same order (the longest common subsequence). */
function inOrder(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(word === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]!;
}

function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The report's sentences in a section: its text blocks, <Context> notes (the editors' words) left out. */
function reportSentences(tree: MdxNode, lang: string): string[] {
  const out: string[] = [];
  walk(tree, (node) => {
    if (isContext(node)) return false;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(...sentencesOf(textOf(node).replace(/\s+/g, ' '), lang));
      return false;
    }
    return true;
  });
  return out;
}

const isContext = (node: MdxNode) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Context';

/**
 * A <Context> note stands on lines of its own, holds the editors' text, and marks nobody: quotes and first
 * mentions belong to the report's words, and a note inside a note would blur whose words are whose.
 */
function checkContextNotes(problems: Problems, file: string, tree: MdxNode): void {
  walk(tree, (node) => {
    if (!isContext(node)) return true;
    const line = `body, line ${node.position?.start.line ?? '?'}`;
    if (node.type === 'mdxJsxTextElement') {
      problems.add(file, line, '<Context> is a note beside the report’s text, not part of a sentence: put <Context …> and </Context> on lines of their own, with a blank line before and after');
      return false;
    }
    if (!textOf(node).trim()) problems.add(file, line, '<Context> is empty: write the note between <Context …> and </Context>');
    walk({ type: 'root', children: node.children ?? [] }, (inner) => {
      if (inner.type !== 'mdxJsxFlowElement' && inner.type !== 'mdxJsxTextElement') return true;
      const at = `body, line ${inner.position?.start.line ?? node.position?.start.line ?? '?'}`;
      if (inner.name === 'Context') problems.add(file, at, '<Context> inside another <Context>: write one note, or two side by side');
      else if (inner.name === 'Quote' || inner.name === 'Mention') {
        problems.add(file, at, `<${inner.name}> inside <Context>: a note is the editors’ words, so it quotes and introduces nobody; mark quotes and first mentions in the report’s text`);
      }
      return true;
    });
    return false;
  });
}

/** Each topic description names a topic this explainer's sections use, spelled as they spell it, on one line. */
function checkTopicDescriptions(problems: Problems, file: string, data: Record<string, unknown>, sections: readonly Section[]): DescribedTopic[] {
  const descriptions = (data['topicDescriptions'] ?? {}) as Record<string, string>;
  const used = new Map<string, string>();
  for (const s of sections) {
    const topics = s.data?.['topics'];
    if (Array.isArray(topics)) for (const t of topics) if (typeof t === 'string') used.set(slugOf(t), t);
  }
  const described: DescribedTopic[] = [];
  for (const [topic, text] of Object.entries(descriptions)) {
    const field = `topicDescriptions.${topic}`;
    const key = slugOf(topic);
    const spelled = used.get(key);
    if (spelled === undefined) {
      problems.add(file, field, `"${topic}" is not a topic of this explainer’s sections (topics: ${[...used.values()].join(', ') || 'none'}): describe only topics the sections use`);
      continue;
    }
    if (spelled !== topic) {
      problems.add(file, field, `"${topic}" is spelled "${spelled}" in the sections: use one spelling for one topic`);
      continue;
    }
    if (/\n/.test(text.trim())) problems.add(file, field, 'is shown as one line under the topic’s heading: write it on one line');
    described.push({ field, topic, key, text });
  }
  return described;
}

/** A topic has one description across the site: checks an explainer's against those met so far, and records them. */
export function checkDescriptionsAgree(problems: Problems, file: string, descriptions: readonly DescribedTopic[], described: TopicDescriptions): void {
  for (const { field, topic, key, text } of descriptions) {
    const earlier = described.get(key);
    if (earlier && earlier.text !== text) {
      problems.add(file, field, `"${topic}" is already described in ${earlier.file} (“${earlier.text}”): a topic has one description across the site; use the same words, or leave it out here`);
    } else if (!earlier) described.set(key, { text, file });
  }
}
