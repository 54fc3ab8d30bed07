// Who says each quotation, as the text tells it: “…,” said X / “…,” X said / X said, “…” / X, the
// spokesman, said that … “…” / “…,” he said (the person the story was last about) / “…,” the spokesman
// said (the card with that role) / a paragraph that opens with an unattributed quotation continues the
// last speaker. A quotation the text gives no speaker stays unmarked: the editor decides.
import { wholePhrase } from '../word-match';
import type { FoundCard } from './people';
import { inQuote, quoteSpans, sentencesAround, tokens, type QuoteSpan } from './text';

export interface Attribution {
  /** Index of the paragraph in the list given. */
  paragraph: number;
  quote: QuoteSpan;
  /** The quoted words, word for word. */
  text: string;
  /** The card's name, when the text says who speaks. */
  speaker?: string;
  /** How the speaker was found, for the report and the tests. */
  how: 'after' | 'before' | 'continued' | 'none' | 'title';
}

const FINITE_SPEECH = new Set(`said says say told tells wrote writes added adds asked asks explained explains noted notes stated states declared
  declares warned warns argued argues insisted insists predicted predicts posted posts tweeted tweets vowed vows promised promises urged urges
  suggested suggests acknowledged acknowledges conceded concedes continued continues replied replies responded responds recalled recalls
  claimed claims announced announces called calls described describes remarked remarks cautioned cautions countered counters complained
  complains boasted boasts admitted admits pledged pledges quipped joked emphasized emphasised stressed lamented wondered agreed testified
  reiterated texted emailed shouted yelled concluded observed`.split(/\s+/).filter(Boolean));
const PARTICIPLE_SPEECH = new Set(`saying telling writing adding asking explaining noting stating declaring warning arguing insisting predicting
  posting tweeting vowing promising urging suggesting acknowledging conceding replying responding recalling claiming announcing calling
  describing remarking cautioning complaining boasting admitting pledging emphasizing emphasising stressing lamenting praising dismissing
  labeling labelling branding deriding hailing touting`.split(/\s+/).filter(Boolean));
/** Words that can follow a clause's subject: a verb in a tense, or an adverb before one. */
const FINITE = /^(?:\p{Ll}+(?:ed|es|s)|is|was|were|are|has|had|have|did|does|do|will|would|can|could|should|may|might|must|drew|told|said|wrote|made|took|gave|came|saw|met|spoke|held|kept|led|left|sent|put|ran|won|lost|got|became|began|brought|thought|felt|found|heard|knew|also|then|later|now|previously|recently|once|still|already|again|repeatedly|never|often)$/u;
const PRONOUN = /^(?:he|she|He|She)$/;
/** ", a sports economist at Brampton University, ": a phrase set off by commas right after a name. */
const APPOSITIVE = /^,\s+[^,“”"]{1,120}?,\s+/u;

interface Ref {
  start: number;
  end: number;
  /** The card, or undefined for a pronoun until it is resolved. */
  card: string | undefined;
  pronoun: boolean;
  possessive: boolean;
  person: boolean;
}

/** Where a paragraph names a card, by name, by the name used later, by "the <role>", or by he/she. */
function refsIn(text: string, cards: readonly FoundCard[], quotes: readonly QuoteSpan[], uncarded: readonly string[]): Ref[] {
  const refs: Ref[] = [];
  const add = (start: number, end: number, card: string | undefined, person: boolean, pronoun = false) => {
    if (inQuote(quotes, start)) return;
    const possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2));
    refs.push({ start, end, card, pronoun, possessive, person });
  };
  const named = [
    ...cards.map((card) => ({ terms: [card.name, ...card.namedAs], card: card.name as string | undefined, person: card.kind === 'person' })),
    // People named without a card (the text gives them no role): no one to give a quotation to, but a
    // later "he" or "she" may mean them, not the last person with a card.
    ...uncarded.map((name) => ({ terms: [...new Set([name, name.split(/\s+/).at(-1)!])], card: undefined, person: true })),
  ];
  for (const { terms, card, person } of named) {
    for (const term of terms) for (const m of text.matchAll(wholePhrase(term, 'gu')!)) add(m.index, m.index + m[0].length, card, person);
  }
  // "the president", "the spokesman": a card's role, or the role's last word when one card alone has it.
  const byRole = new Map<string, FoundCard[]>();
  const byHead = new Map<string, FoundCard[]>();
  for (const card of cards) {
    if (card.kind !== 'person' || !card.role || /^(?:a|an|the)\s/i.test(card.role) || card.role.split(/\s+/).length > 4) continue;
    const role = card.role.toLowerCase();
    byRole.set(role, [...(byRole.get(role) ?? []), card]);
    const head = role.split(/\s+/).at(-1)!;
    byHead.set(head, [...(byHead.get(head) ?? []), card]);
  }
  const phrases = new Map<string, string>();
  for (const [head, list] of byHead) if (list.length === 1) phrases.set(head, list[0]!.name);
  for (const [role, list] of byRole) if (list.length === 1) phrases.set(role, list[0]!.name);
  for (const [phrase, name] of phrases) {
    const re = wholePhrase(`the ${phrase}`, 'giu');
    for (const m of text.matchAll(re!)) add(m.index, m.index + m[0].length, name, true);
  }
  for (const t of tokens(text)) if (PRONOUN.test(t.text)) add(t.start, t.end, undefined, true, true);
  // The longest reference wins where two overlap ("Donald Trump" over "Trump").
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  return refs.filter((r, i) => !refs.slice(0, i).some((o) => o.start <= r.start && r.end <= o.end && o !== r));
}

/** Title case of a few words with no sentence in it: the name of a programme or a book (ABC’s “This Week”), not a quotation. */
function isTitle(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[.,!?;:]$/.test(quoted.trim())) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|an|and|in|on|to|for|at|by|with)$/.test(w));
}

/** Attributes every quotation in the paragraphs to a card, where the text says who speaks. */
export function attributeQuotes(paragraphs: readonly string[], cards: readonly FoundCard[], uncarded: readonly string[] = []): Attribution[] {
  const out: Attribution[] = [];
  const persons = new Set(cards.filter((c) => c.kind === 'person').map((c) => c.name));
  let lastPerson: string | undefined;
  let lastStatement: string | undefined;

  paragraphs.forEach((text, p) => {
    const quotes = quoteSpans(text);
    const refs = refsIn(text, cards, quotes, uncarded);
    const toks = tokens(text);
    // "criticized Ukrainian President Volodymyr Zelenskyy": a person acted on, whom a later "he" seldom means.
    const isObject = (r: Ref) => {
      const before = text.slice(Math.max(0, r.start - 60), r.start).replace(/(?:\s*(?:\p{Lu}[\p{L}.’'-]*))*\s*$/u, '');
      const word = /(\p{Ll}+)$/u.exec(before)?.[1];
      return word !== undefined && word !== 'said' && /^(?:\p{Ll}+ed|met|told|asked|urged|thanked|named|hired|fired|beat|sued|blamed|praised|criticized|accused|called|visited|replaced)$/u.test(word);
    };
    const isSubject = (r: Ref) => {
      let rest = text.slice(r.end);
      const appositive = APPOSITIVE.exec(rest);
      if (appositive) rest = rest.slice(appositive[0].length);
      const next = /^,?\s*(\p{L}+)/u.exec(rest)?.[1];
      return !r.possessive && next !== undefined && FINITE.test(next);
    };
    // He and she are whoever the story was last about: the last person named who was not acted on.
    for (const r of refs) {
      if (r.pronoun) r.card = lastPerson;
      else if (r.person && r.card === undefined && !isObject(r)) lastPerson = undefined;
      if (r.card && r.person && persons.has(r.card) && !isObject(r)) lastPerson = r.card;
    }
    // "X said in a statement": a later “…,” the statement said is X's.
    const statement = /\bin a (?:statement|written statement|news release)\b/.exec(text);
    if (statement) {
      const subject = [...refs].reverse().find((r) => r.end <= statement.index && !r.possessive && isSubject(r));
      if (subject?.card) lastStatement = subject.card;
    }
    const sentences = sentencesAround(text, quotes);
    const sentenceAt = (i: number) => sentences.find((s) => s.start <= i && i < s.end) ?? sentences.at(-1)!;
    const speakerRef = (r: Ref | undefined) => (r && !r.possessive ? r.card : undefined);

    quotes.forEach((q, k) => {
      const quoted = text.slice(q.start, q.end);
      const base = { paragraph: p, quote: q, text: quoted };
      if (isTitle(quoted)) {
        out.push({ ...base, how: 'title' });
        return;
      }
      let speaker: string | undefined;
      let how: Attribution['how'] = 'none';

      // “…,” said X / “…,” X said / “…,” the spokesman said
      if (q.closed) {
        const limit = Math.min(sentenceAt(q.end).end, quotes[k + 1]?.open ?? text.length);
        const after = text.slice(q.end + 1, limit);
        const lead = /^[\s,]*/.exec(after)![0].length;
        const at = q.end + 1 + lead;
        // A title may stand before the speaker's name: “…,” spokesman Dmitry Peskov said. So may a role
        // set off by commas: “…,” Coastline Rail’s chief executive, Omar Feltham, told reporters.
        const between = (r: Ref) => text.slice(at, r.start);
        const near = refs.filter((r) => r.start >= at && r.end <= limit && /^(?:[\p{L}.’'-]+,?\s+){0,8}$/u.test(between(r)) && !between(r).split(/[\s,]+/).some((w) => FINITE_SPEECH.has(w)));
        const first = near.find((r) => /^(?:[\p{L}.’'-]+\s+){0,6}$/u.test(between(r)));
        const verbAfter = (r: Ref) => /^,?\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+)/u.exec(text.slice(r.end, limit))?.[1];
        // The name after the comma may keep its title: “…,” the board’s medical director, Dr. Samira Haddad, told ….
        const setOff = near.find((r) => (!first || r.start > first.end) && !r.possessive && !r.pronoun && /,\s+(?:\p{Lu}\p{L}{0,4}\.\s+)?$/u.test(between(r)));
        const candidate = first && !first.possessive ? first : setOff;
        if (candidate) {
          const verb = verbAfter(candidate);
          if (verb && FINITE_SPEECH.has(verb)) speaker = speakerRef(candidate);
        } else {
          // “…,” said Sen. Daniel Okafor, a Democrat …: titles may stand between the verb and the name.
          const verb = /^(\p{Ll}+)\s+/u.exec(text.slice(at, limit));
          const from = at + (verb?.[0].length ?? 0);
          const named = refs.find((r) => r.start >= from && r.end <= limit && !r.pronoun && /^(?:[\p{L}.’'-]+\s+){0,4}$/u.test(text.slice(from, r.start)));
          if (verb && FINITE_SPEECH.has(verb[1]!)) speaker = speakerRef(named);
        }
        if (!speaker && lastStatement && /^the\s+statement\s+(?:said|says|read|added)\b/i.test(after.slice(lead))) speaker = lastStatement;
        if (speaker) how = 'after';
      }

      // X said, “…” / X said that … “…” / X …, saying “…”
      if (!speaker) {
        const sentence = sentenceAt(q.open);
        const before = toks.filter((t) => t.start >= sentence.start && t.end <= q.open && !inQuote(quotes, t.start));
        const v = before.map((t) => t.text).findLastIndex((w) => FINITE_SPEECH.has(w) || PARTICIPLE_SPEECH.has(w) || w === 'according');
        if (v >= 0) {
          const verb = before[v]!;
          // A name inside another's appositive (“Dr. Alan Marsh, a sports economist at Brampton University, said”) is not the subject.
          const appositiveEnd = (r: Ref) => r.end + (APPOSITIVE.exec(text.slice(r.end))?.[0].length ?? 0);
          const named = refs.filter((r) => r.start >= sentence.start && r.end <= verb.start);
          const prior = named.filter((r) => !named.some((o) => o !== r && o.end <= r.start && r.end <= appositiveEnd(o)));
          const next = refs.find((r) => r.start > verb.end && /^\s+(?:to\s+)?$/.test(text.slice(verb.end, r.start)));
          const clauseStart = Math.max(sentence.start, ...quotes.filter((o) => o.closed && o.end < verb.start).map((o) => o.end));
          const subjectBefore = prior.some((r) => r.start >= clauseStart && !r.possessive);
          const coordinated = /\band\s+$/.test(text.slice(Math.max(sentence.start, verb.start - 6), verb.start));
          if (verb.text === 'according') speaker = speakerRef(next);
          else if (next && !next.pronoun && !subjectBefore && FINITE_SPEECH.has(verb.text)) speaker = speakerRef(next);
          else if (PARTICIPLE_SPEECH.has(verb.text) || coordinated) {
            const subjects = prior.filter((r) => isSubject(r));
            speaker = speakerRef(subjects.at(-1) ?? prior.find((r) => !r.possessive));
          } else speaker = speakerRef([...prior].reverse().find((r) => isSubject(r)) ?? [...prior].reverse().find((r) => !r.possessive));
          if (speaker) how = 'before';
        }
      }

      // A quotation that opens a paragraph, or follows one in it, with no speaker of its own: the speaker goes on.
      if (!speaker) {
        const opensParagraph = text.slice(0, q.open).trim() === '';
        const previous = out.at(-1);
        // Nobody else named since the last quotation: “…,” Smith said. “…”
        const samePara = previous && previous.paragraph === p && previous.speaker && !refs.some((r) => r.start > previous.quote.end && r.end <= q.open && r.person && !r.possessive && r.card !== previous.speaker);
        if (samePara) speaker = previous.speaker;
        else if (opensParagraph && previous?.speaker && previous.paragraph === p - 1) speaker = previous.speaker;
        if (speaker) how = 'continued';
      }
      if (speaker) {
        if (persons.has(speaker)) lastPerson = speaker;
      }
      out.push({ ...base, ...(speaker ? { speaker } : {}), how });
    });
  });
  return out;
}
