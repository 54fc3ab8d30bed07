// Writes a synthetic corpus of explainers for the scaling benchmark: text with the statistics of news
// prose, not a word list. Word frequencies follow Zipf's law (the r-th commonest word turns up about 1/r
// as often as the commonest) over a vocabulary of thousands of words: English function words at the
// head, newsroom words next, invented but pronounceable words in the long tail. Sentences and paragraphs
// have the lengths news copy has, sections have subheads, and people, places and figures recur as they
// do in reporting. The same seed always writes the same corpus, and it passes the content check.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The commonest English words, commonest first: the head of the Zipf curve. */
const FUNCTION_WORDS = `the of and to a in that is was he for it with as his on be at by had are but from or have an they
which one you were her all she there would their we him been has when who will more no if out so said what up its about
into than them can only other new some could time these two may then do first any my now such like our over man me even
most made after also did many before must through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long get here between both life being under never
day same another know while last might us great old year off come since against go came right used take three`.split(/\s+/);

/** Words of news reporting, in no order: they take the ranks after the function words. */
const NEWS_WORDS = `government minister president officials talks ceasefire sanctions tariffs oil pipeline treaty warheads summit
envoy ministry parliament election coalition inflation harvest drought reactor border refugees convoy embassy trade exports
imports currency budget strike union court ruling appeal verdict senate committee hearing inquiry report survey forecast
satellite launch vaccine outbreak hospital school teachers students farmers port shipping freight rail bridge storm flood
wildfire heatwave emissions carbon solar wind battery grid refinery cartel barrel price leverage negotiators framework accord
protocol military troops army navy missile drone attack defence security intelligence agency spokesman statement interview
press conference policy reform law bill vote voters campaign candidate party leader opposition protest police arrest prison
prosecutor judge lawyer lawsuit investigation evidence witness economy growth recession market markets investors shares
stocks bank banks central interest rates loan debt deficit tax taxes spending jobs unemployment wages workers industry
companies company firm chief executive board deal deals agreement negotiations dispute conflict war peace allies alliance
partners region regional capital city town village province district residents community families children women health
doctors patients disease virus cases deaths toll victims rescue aid relief supplies food water power electricity energy
gas fuel prices costs consumers households rent housing homes construction infrastructure roads airport flights airline
passengers transport climate weather temperatures rainfall season crops exports output production factory plant plants
technology software data privacy internet platform users network phone online digital research scientists study
university results analysis experts analysts estimate estimates figures numbers percent million billion thousand dozens
hundreds weeks months days hours morning evening night today yesterday tomorrow earlier later recent recently previous
former current future plans plan proposal decision decisions measures rules regulation regulators oversight standards
pressure threat threats warning warnings risk risks crisis emergency response support opposition critics supporters
demand demands request refused rejected approved announced confirmed denied warned urged called signed agreed promised
expected planned reported according sources spokeswoman foreign domestic national international global local federal
public private military civilian political economic social legal financial official independent major key senior top
border coast island river mountain north south east west northern southern eastern western highway tunnel dam canal`.split(/\s+/);

const SYLLABLES = `ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu
na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zo bar ber bin bor can cer dan
der dor fen fin gal gen kan ken kor lan len lin lor man men mer min mon nan nen nor par pen per pol ran ren rin ron san sen
sel sil son tan ten ter tin ton tor val ven ver vin vol zan zen`.split(/\s+/);
const ENDINGS = ['', '', '', 's', 'ed', 'ing', 'er', 'ion', 'al', 'ity', 'ment', 'ous', 'ist', 'ic'];

const FIRST_NAMES = `Maria Olena Anna Sofia Laura Elena Ingrid Amara Priya Mei Fatima Chloe Hannah Noura Irina Leila Clara Ruth
Yuki Aisha James Pavel Marco Ahmed Tomasz Kenji Daniel Omar Lucas Viktor Samuel Rafael Henrik Andrei Jonas Malik Arjun
Felix Hugo Diego`.split(/\s+/);
const LAST_NAMES = `Kovacs Moreau Novak Okafor Lindqvist Haddad Petrenko Tanaka Fischer Romero Nakamura Brennan Sokolova Mendes
Adeyemi Horvat Castellanos Weber Ivanenko Marchetti Kowalski Nguyen Ramires Johansson Demir Bauer Silva Koval Osei Dubois
Rahman Meyer Costa Varga Hartmann Lebedev Quinn Albrecht Jansen Ortiz Petrova Sato Eriksen Morales Abebe Lund Kaya Shevchenko
Rossi Walsh`.split(/\s+/);
const PLACES = `Brussels Geneva Warsaw Kyiv Ankara Cairo Nairobi Lagos Jakarta Manila Hanoi Seoul Osaka Lima Bogota Santiago
Montreal Oslo Helsinki Tallinn Riga Vilnius Prague Vienna Budapest Bucharest Sofia Athens Lisbon Madrid Dublin Glasgow Lyon
Hamburg Rotterdam Antwerp Gdansk Odesa Tbilisi Baku`.split(/\s+/);
const TOPICS = `elections energy trade climate health economy security diplomacy courts technology transport housing
agriculture migration education labour finance defence water media`
  .split(/\s+/)
  // Topics are titles, in sentence case as the content check asks.
  .map((t) => t[0].toUpperCase() + t.slice(1));
const QUESTION_OPENERS = ['What does', 'Why did', 'How will', 'Who decides', 'What happens to', 'Why is', 'How much does', 'When will'];
const SAYS = ['said', 'told reporters', 'said in a statement', 'wrote', 'added', 'warned'];

/** Words that figures add to the text on top of the Zipf draw. */
const FIGURE_WORDS = new Set(['percent', 'million', 'billion']);

/** Vocabulary size: function and news words plus invented ones, enough for a long tail of rare words. */
export const VOCABULARY_SIZE = 8000;

/** A deterministic pseudo-random generator, so every run writes the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const pick = (next, list) => list[Math.floor(next() * list.length)];
const between = (next, min, max) => min + Math.floor(next() * (max - min + 1));
const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

/** The vocabulary in rank order (commonest first) and a sampler that draws word ranks with p(r) ∝ 1/r. */
function zipfVocabulary(next) {
  const known = new Set([...FUNCTION_WORDS, ...NEWS_WORDS]);
  const invented = new Set();
  while (invented.size < VOCABULARY_SIZE - known.size) {
    const word = Array.from({ length: between(next, 2, 3) }, () => pick(next, SYLLABLES)).join('') + pick(next, ENDINGS);
    if (!known.has(word) && word.length >= 4) invented.add(word);
  }
  // News words are spread over the first thousand ranks after the function words, invented words around and after them.
  const news = [...NEWS_WORDS].sort(() => next() - 0.5);
  const tail = [...invented];
  const body = [];
  while (news.length || tail.length) {
    if (news.length && (body.length < 1000 ? next() < 0.55 : true)) body.push(news.shift());
    else body.push(tail.shift());
  }
  const words = [...FUNCTION_WORDS, ...body];
  const cumulative = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) cumulative.push((total += 1 / r));
  const draw = () => {
    const x = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { words, draw };
}

/** A figure as reports give them: a year, a percentage, a sum or a count. */
function figure(next) {
  switch (between(next, 0, 4)) {
    case 0:
      return String(between(next, 1990, 2026));
    case 1:
      return `${between(next, 1, 95)}.${between(next, 0, 9)} percent`;
    case 2:
      return `$${between(next, 1, 900)} ${pick(next, ['million', 'billion'])}`;
    case 3:
      return between(next, 1000, 250000).toLocaleString('en-US');
    default:
      return String(between(next, 2, 99));
  }
}

/** Sentence lengths of news copy: mostly 12 to 30 words, a few short ones and a few long. */
const sentenceLength = (next) => Math.max(5, Math.min(45, Math.round(8 + 14 * (next() + next() + next()) / 1.5)));

function writer(next, vocabulary) {
  const word = () => vocabulary.words[vocabulary.draw()];
  /** A content word: re-drawn until it is past the function words. */
  const contentWord = () => {
    for (;;) {
      const r = vocabulary.draw();
      if (r >= FUNCTION_WORDS.length) return vocabulary.words[r];
    }
  };
  const clause = (cast, length) => {
    const tokens = [];
    for (let i = 0; i < length; i++) {
      const roll = next();
      if (roll < 0.05) tokens.push(pick(next, cast));
      else if (roll < 0.08) tokens.push(figure(next));
      else if (roll < 0.1) tokens.push(pick(next, PLACES));
      else tokens.push(word());
      if (i > 2 && i < length - 2 && next() < 0.06) tokens[tokens.length - 1] += ',';
    }
    tokens[0] = capitalise(tokens[0]);
    return tokens.join(' ');
  };
  const sentence = (cast) => {
    const length = sentenceLength(next);
    // About one sentence in eight is a quote, attributed as reports attribute them.
    if (next() < 0.12) return `“${clause(cast, length)},” ${pick(next, cast).split(' ').at(-1)} ${pick(next, SAYS)}.`;
    return `${clause(cast, length)}.`;
  };
  const paragraph = (cast) => Array.from({ length: between(next, 1, 5) }, () => sentence(cast)).join(' ');
  const heading = () => capitalise(Array.from({ length: between(next, 2, 5) }, contentWord).join(' '));
  return { word, contentWord, sentence, paragraph, heading };
}

const slugOf = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const yaml = (text) => JSON.stringify(text);

/** Section pages' words, lower-cased, for choosing the benchmark's queries: word -> sections it is in. */
function countSections(documentFrequency, text) {
  for (const w of new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
}

/**
 * Queries a reader would type on this corpus: a rare word (in about three sections or fewer), a common
 * word (a content word in the most sections) and two words that appear together in some sections.
 */
function chooseQueries(words, df, sections, together) {
  const content = words.slice(FUNCTION_WORDS.length);
  const news = new Set(NEWS_WORDS);
  const inSections = (w) => df.get(w) ?? 0;
  // Figures bring their own words ("percent", "million"): the common word is the commonest of the rest.
  const common = content.filter((w) => !FIGURE_WORDS.has(w)).reduce((best, w) => (inSections(w) > inSections(best) ? w : best));
  // A real word if one is rare enough, else an invented one; the most frequent such, so it is typed often.
  const rareLimit = Math.max(1, Math.round(sections / 300));
  const rare =
    content.find((w) => news.has(w) && inSections(w) >= 1 && inSections(w) <= rareLimit) ??
    content.find((w) => w.length >= 6 && inSections(w) >= 1 && inSections(w) <= rareLimit) ??
    // A corpus so large that no word is that rare: the rarest word it has.
    content.filter((w) => inSections(w) >= 1).reduce((best, w) => (inSections(w) < inSections(best) ? w : best));
  const pair = together();
  return { rare, common, twoWords: pair.join(' ') };
}

/**
 * Writes `sections` sections spread over explainers of `perExplainer` sections each.
 * @returns the number of explainers written, and the queries chosen for this corpus
 */
export function writeCorpus(root, { sections, perExplainer = 10, seed = 2026 }) {
  const next = random(seed);
  const vocabulary = zipfVocabulary(next);
  const text = writer(next, vocabulary);
  const df = new Map();
  const bodies = [];
  const explainers = Math.ceil(sections / perExplainer);
  for (let e = 0; e < explainers; e++) {
    // Each explainer has its cast: a few people who recur through its sections.
    const cast = Array.from({ length: between(next, 3, 7) }, () => `${pick(next, FIRST_NAMES)} ${pick(next, LAST_NAMES)}`);
    const headline = text.heading() + ` in ${pick(next, PLACES)}`;
    const slug = `${slugOf(headline).split('-').slice(0, 4).join('-')}-${e + 1}`;
    const dir = join(root, slug);
    mkdirSync(dir, { recursive: true });
    const day = String((e % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(dir, 'index.mdx'),
      `---\nheadline: ${yaml(headline)}\nsummary: ${yaml(text.sentence(cast))}\npublished: 2025-01-${day}\nupdated: 2025-01-${day}\nsource:\n  title: ${yaml(`Report ${e + 1}: ${text.heading()}`)}\n---\n`,
    );
    const count = Math.min(perExplainer, sections - e * perExplainer);
    const used = new Set();
    for (let s = 0; s < count; s++) {
      const title = text.heading();
      let sectionSlug = slugOf(title).split('-').slice(0, 5).join('-');
      if (used.has(sectionSlug)) sectionSlug += `-${s + 1}`;
      used.add(sectionSlug);
      const question = `${pick(next, QUESTION_OPENERS)} ${Array.from({ length: between(next, 3, 7) }, text.contentWord).join(' ')}?`;
      const topics = [...new Set(Array.from({ length: between(next, 1, 3) }, () => pick(next, TOPICS)))];
      const parts = [];
      const subheads = between(next, 1, 3);
      const paragraphs = between(next, 5, 10);
      for (let p = 0; p < paragraphs; p++) {
        if (p > 0 && p % Math.ceil(paragraphs / (subheads + 1)) === 0) parts.push(`## ${text.heading()}`);
        parts.push(text.paragraph(cast));
      }
      const body = parts.join('\n\n');
      bodies.push(body);
      countSections(df, body);
      writeFileSync(
        join(dir, `${String(s + 1).padStart(2, '0')}-${sectionSlug}.mdx`),
        `---\ntitle: ${yaml(title)}\nquestion: ${yaml(question)}\norder: ${s + 1}\nsummary: ${yaml(text.sentence(cast))}\ntopics: ${JSON.stringify(topics)}\n---\n\n${body}\n`,
      );
    }
  }
  // Two content words of middling frequency that share sections: the first such pair in rank order.
  const together = () => {
    const middling = vocabulary.words
      .slice(FUNCTION_WORDS.length)
      .filter((w) => NEWS_WORDS.includes(w) && (df.get(w) ?? 0) >= sections * 0.05 && (df.get(w) ?? 0) <= sections * 0.3);
    const lower = bodies.map((b) => new Set(b.toLowerCase().match(/\p{L}+/gu)));
    for (let i = 0; i < middling.length; i++) {
      for (let j = i + 1; j < middling.length; j++) {
        const both = lower.filter((set) => set.has(middling[i]) && set.has(middling[j])).length;
        if (both >= Math.max(1, sections * 0.01) && both <= sections * 0.05) return [middling[i], middling[j]];
      }
    }
    return [middling[0], middling[1]];
  };
  const queries = chooseQueries(vocabulary.words, df, sections, together);
  const inSections = Object.fromEntries(Object.entries(queries).map(([kind, q]) => [kind, q.split(' ').map((w) => df.get(w) ?? 0)]));
  return { explainers, queries, inSections };
}
