// Finds the people and organisations a story introduces, each with the role the text gives them word
// for word: an appositive ("Joseph Webster, a senior fellow at …, said"; "his national security
// adviser, Mike Waltz,") before a title in front of the name ("spokesman Dmitry Peskov", "Russian
// President Vladimir Putin"). Quotations are not read for introductions: people are introduced by the
// reporting around them. A person with no role in the text gets no card (the check needs one).
import { inQuote, quoteSpans, sentencesAround, tokens, type Token } from './text';

export interface FoundCard {
  name: string;
  kind: 'person' | 'organisation';
  role?: string;
  namedAs: string[];
}

export interface PeopleFound {
  cards: FoundCard[];
  /** People named in full whom the text gives no role: left for the editor. */
  withoutRole: string[];
  /** News outlets the story cites ("told ABC News", "on Truth Social"): for source.cites. */
  cites: string[];
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Capitalised words that open sentences and clauses, never names. */
const COMMON = set(`The A An But And Or So As In On At For With When While If After Before Even During Since Although Though Because
  Despite What Who Why How Where It He She They We I You His Her Their Its Our This That These Those Both Any Many Some Most Few All Each
  Every No Not Yet Still Then Now Beyond Until Over Under From To By Of About Across Against Among Around Like Unlike Meanwhile However
  Also Last Next Earlier Later Here There Instead Only Just More Less Asked Such Other Another One Two Three Several Read Photo Copyright`);
const MONTHS_DAYS = set(`January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
  Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
/** Words of titles that stand before a name in capitals ("Russian President", "Senate Majority Leader", "U.S. Sen."). */
const TITLES = set(`President Vice Prime Minister Secretary Sen. Sens. Rep. Reps. Senator Representative Gov. Governor Mayor Chancellor Speaker
  Leader Majority Minority Chief Justice Judge Ambassador Director Deputy Foreign Defense Defence State Treasury Commerce Homeland Security
  Attorney General Gen. Lt. Col. Maj. Capt. Adm. Sgt. Cmdr. Dr. Mr. Mrs. Ms. Prof. Rev. Pope King Queen Prince Princess Sheikh Crown
  Chairman Chairwoman Chair CEO Commissioner Senate House Republican Democratic Democrat GOP Former Interior Energy Health Education Labor
  Transportation Transport Agriculture Economy Finance Trade National Adviser Advisor Envoy Special Press Spokesman Spokeswoman Spokesperson Inspector
  Police Acting Interim Assistant Associate Executive Senior Supreme Commander Taoiseach Tánaiste U.S. U.N. UN US UK U.K. EU NATO White Kremlin Pentagon Army
  Navy Air Force Marine Corps Admiral Colonel Captain Sergeant Officer Premier President-elect`);
/** Role nouns: a role names what someone is, so it holds one of these. */
const HEADS = set(`president president-elect minister secretary spokesman spokeswoman spokesperson adviser advisor aide director chief official
  officer leader envoy ambassador analyst economist professor lawmaker senator sen. sens. rep. gov. governor mayor chancellor speaker chairman
  chairwoman chair head commander general gen. prosecutor attorney judge justice candidate nominee strategist researcher fellow expert
  activist founder ceo executive manager owner representative king queen pope prince premier diplomat negotiator correspondent reporter editor
  lawyer doctor dr. nurse teacher student resident worker farmer scientist historian pollster consultant trader investor banker
  secretary-general commissioner inspector sheriff coach captain capt. col. lt. sgt. adm. maj. member partner president-elect voter mother
  father parent survivor victim democrat republican independent supervisor climatologist meteorologist hydrologist geologist
  schoolteacher winemaker grower rancher developer co-author coauthor taoiseach tánaiste son daughter wife husband brother sister widow chef witness organizer organiser volunteer engineer physician surgeon pilot soldier officer spokesperson
  homeowner retiree plumber electrician mechanic carpenter welder driver miner fisherman firefighter paramedic pastor priest rabbi imam
  principal superintendent librarian accountant architect author writer novelist actor actress singer player clerk councilman councilwoman
  councilmember councillor councilor alderman trustee treasurer auditor comptroller businessman businesswoman shopkeeper landlord tenant owner operator`);
// Occupations the list cannot all hold ("machinist", "pediatrician", "epidemiologist"): long words with an occupation's ending.
const OCCUPATION = /^\p{Ll}{4,}(?:ist|ician|ologist)$/u;
/** Lower-case words that belong to a title before a name ("former", "national security adviser", "press secretary"). */
const ROLE_WORDS = new Set([
  ...HEADS,
  ...set(`former then acting interim deputy assistant associate senior junior chief top lead national security foreign defense defence press
  executive vice prime state trade energy finance treasury health economic military campaign party union policy communications political
  legal white house senate congressional federal regional local city county longtime veteran general special presidential senior
  intelligence defense interior justice homeland labor labour transport transportation education climate border immigration fire police
  school town village district tribal utility utilities water public works parks planning budget program research medical transit
  housing emergency environmental retired operations marketing sales technical editorial managing`),
]);
/** Words that make a capitalised name an organisation's. */
const ORG_WORDS = set(`Council Association Institute Center Centre University College Department Ministry Agency Commission Committee Party
  Bank Fund Organization Organisation Foundation Corporation Corp. Inc. Company Co. Group Authority Bureau Service Forces Army Navy Court
  Parliament Congress Senate Alliance League Federation Coalition Society Board Union Institution Laboratory Initiative Trust Cartel Office
  Police Guard Reserve Exchange Church Caucus Port Kremlin Pentagon Vatican Hamas Hezbollah Taliban Cabinet Assembly Secretariat Tribunal
  Hospital Clinic School Museum Library Gas Electric Airlines Railway Railroad Rail Railways Airways Motors Energy Holdings Systems
  Capital Partners Media Networks Telecom Pharmaceuticals Industries Logistics Shipping Transit Technologies Insurance Petroleum Mining
  Utilities Securities Investments Ferries Buses Trams Ltd Ltd. LLC PLC Rovers Wanderers Rangers Athletic Albion FC`);
/** Plural possessives inside an organisation's name ("Children’s Hospital", "People’s Party"): the name goes on after them. */
const NAME_POSSESSIVES = set(`Children Women Men People Veterans Workers Teachers Supporters Fans Members`);
/** Named places and offices that are not organisations with cards. */
const NOT_ORGS = new Set(['White House', 'Oval Office', 'Soviet Union', 'House', 'Senate', 'Congress', 'Court', 'Office', 'Party', 'Union', 'Group', 'Board', 'Center']);
/** Acronyms that name a country, a time or a unit, not an organisation. */
const NOT_ACRONYMS = set(`US U.S. UK U.K. AP TV GDP CEO ET EST EDT PST PDT GMT UTC AM PM AI OK II III IV ID DC U.S.A. USA LGBTQ COVID`);
/** Words ending the names of news outlets, and outlets known by one word. */
const NEWS = /(?:^\S.*\s(?:News|Times|Post|Journal|Press|Tribune|Herald|Gazette|Telegraph|Guardian|Observer|Social|Radio|Television|Wire|Dispatch)|^(?:Reuters|Bloomberg|Politico|Axios|CNN|BBC|NPR|CBS|NBC|ABC|AFP|Al Jazeera|Fox|Interfax|Tass|TASS|Xinhua|RTÉ|RTE|ITV|ZDF|ARD|DW|NHK|CBC|X|Facebook|Instagram|Telegram|YouTube|TikTok))$/;
/** Nouns that say what an organisation is, right after its name ("the OPEC cartel"). */
const ORG_NOUNS = set(`cartel alliance bloc group company agency organization organisation coalition party militia firm nonprofit union network
  movement court committee bank chain retailer maker manufacturer startup charity`);
/** Last words of place names ("Hardin County", "Elm Street"). */
const PLACE_ENDS = set(`County City Province Island Islands River Valley Street Avenue Road Boulevard Park Square Bridge Airport Hall Building
  Region Mountains Mountain Lake Sea Ocean Bay Coast Desert Forest Canyon Beach Harbor Harbour Station Township Parish District Day Asia Europe
  America Africa Ground Stadium Arena Alps Andes Himalayas`);

/** First words of place names that look like a person's two names ("New York", "San Antonio"). */
const PLACE_STARTS = set(`New Los Las San Santa Saint St. North South East West United Upper Lower Greater Middle Central Hong Tel Sri El Costa
  Puerto Rhode Palm Salt Fort Mount`);

const isNameWord = (t: Token) =>
  t.capital && !COMMON.has(t.text) && !MONTHS_DAYS.has(t.text) && !ORG_WORDS.has(t.text) && !TITLES.has(t.text) && (/\p{Ll}/u.test(t.text) || /^\p{Lu}\.$/u.test(t.text));
const isAcronym = (word: string) => /^[\p{Lu}][\p{Lu}\p{N}&]{1,6}$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word) && !NOT_ACRONYMS.has(word);
const isHead = (word: string) => HEADS.has(word.toLowerCase()) || OCCUPATION.test(word);
const looksNational = (word: string) => /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|ic|ch)$/u.test(word) || ['French', 'Dutch', 'Greek', 'Swiss', 'Thai'].includes(word);

interface Run {
  toks: Token[];
  /** Index in the sentence's token list of the run's first token. */
  at: number;
}

/** Runs of capitalised words joined by spaces alone; a possessive ends a run. "of the" joins an organisation's name. */
function capitalRuns(text: string, toks: Token[]): Run[] {
  const runs: Run[] = [];
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.capital) continue;
    const run: Run = { toks: [toks[i]!], at: i };
    while (i + 1 < toks.length) {
      const last = run.toks.at(-1)!;
      const next = toks[i + 1]!;
      const joint = gap(last, next);
      const namePossessive = last.possessive && NAME_POSSESSIVES.has(last.text) && /^['’]s?\s+$/.test(joint);
      if ((!last.possessive || namePossessive) && next.capital && (namePossessive || /^\s+$/.test(joint))) {
        run.toks.push(next);
        i++;
        continue;
      }
      // "Organization of the Petroleum Exporting Countries", "Council on Foreign Relations".
      if (!last.possessive && ORG_WORDS.has(last.text) && /^(?:of|for|on)$/.test(next.text) && /^\s+$/.test(joint)) {
        let j = i + 2;
        if (toks[j]?.text === 'the') j++;
        const spaced = toks.slice(i + 1, j + 1).every((t, k) => /^\s+$/.test(gap(toks[i + k]!, t)));
        if (toks[j]?.capital && !MONTHS_DAYS.has(toks[j]!.text) && spaced) {
          for (let k = i + 1; k <= j; k++) run.toks.push(toks[k]!);
          i = j;
          continue;
        }
      }
      // What such a name is for may have two parts: "Institute for Snow and Avalanche Research", "Department
      // of Health and Social Care" (not "… of Defence and Prime Minister …": a title starts a person).
      const after = toks[i + 2];
      if (!last.possessive && next.text === 'and' && after?.capital && !TITLES.has(after.text) && !MONTHS_DAYS.has(after.text) && /^\s+$/.test(joint) && /^\s+$/.test(gap(next, after))) {
        const objectOf = run.toks.findIndex((t, k) => ORG_WORDS.has(t.text) && /^(?:of|for|on)$/.test(run.toks[k + 1]?.text ?? ''));
        if (objectOf >= 0) {
          run.toks.push(next, after);
          i += 2;
          continue;
        }
      }
      break;
    }
    runs.push(run);
  }
  return runs;
}

interface Sighting {
  name: string;
  kind: 'person' | 'organisation';
  /** Roles the text gives at this sighting, best first. */
  roles: { role: string; rank: number }[];
  acronym?: string;
  order: number;
}

/** Every person and organisation introduced outside quotations, with roles and the names used later. */
export function findPeople(paragraphs: readonly string[], options: { skip?: number; outlet?: string } = {}): PeopleFound {
  const found = new Map<string, Sighting>();
  const cites: string[] = [];
  const withoutRole = new Set<string>();
  let order = 0;

  paragraphs.forEach((paragraph, p) => {
    const quotes = quoteSpans(paragraph);
    const from = p === 0 ? (options.skip ?? 0) : 0;
    for (const sentence of sentencesAround(paragraph, quotes)) {
      if (sentence.end <= from) continue;
      const start = Math.max(sentence.start, from);
      const text = paragraph.slice(start, sentence.end);
      const toks = tokens(text, start).filter((t) => !inQuote(quotes, t.start));
      for (const run of capitalRuns(paragraph, toks)) {
        const sighting = read(paragraph, toks, run, start, sentence.end);
        if (!sighting) continue;
        if (sighting === 'cite') {
          const cite = runText(paragraph, run.toks);
          if (!cites.includes(cite) && cite !== options.outlet) cites.push(cite);
          continue;
        }
        // The outlet that sent the story (in its dateline, its photo credits) is not a party to it.
        if (sighting.name === options.outlet) continue;
        const seen = found.get(sighting.name);
        if (seen) seen.roles.push(...sighting.roles);
        else found.set(sighting.name, { ...sighting, order: order++ });
      }
    }
  });

  const all = [...found.values()];
  const acronyms = new Set(all.flatMap((s) => (s.acronym ? [s.acronym] : [])));
  const cards: FoundCard[] = [];
  for (const s of all.sort((a, b) => a.order - b.order)) {
    if (s.kind === 'organisation' && acronyms.has(s.name)) continue;
    const role = s.roles.sort((a, b) => a.rank - b.rank)[0]?.role;
    if (s.kind === 'person' && !role) {
      withoutRole.add(s.name);
      continue;
    }
    cards.push({ name: s.name, kind: s.kind, ...(role ? { role } : {}), namedAs: s.acronym ? [s.acronym] : [] });
  }
  // An organisation named by the first or last word of its name ("Rovers" for "Harbourside Rovers", "ESB"
  // for "ESB Networks") is that one, not another.
  for (const short of cards.filter((c) => c.kind === 'organisation' && !c.name.includes(' '))) {
    const full = cards.find((c) => c.kind === 'organisation' && c !== short && (c.name.endsWith(` ${short.name}`) || c.name.startsWith(`${short.name} `)));
    if (!full) continue;
    cards.splice(cards.indexOf(short), 1);
    if (!full.namedAs.includes(short.name)) full.namedAs.push(short.name);
  }
  // A person is named later by the last word of their name, when no other card shares it.
  const persons = cards.filter((c) => c.kind === 'person');
  for (const card of persons) {
    const surname = card.name.split(/\s+/).filter((w) => !/^(?:Jr\.|Sr\.|II|III|IV)$/.test(w)).at(-1)!;
    // Two people of one family name: the one introduced first is the one the bare name means ("Pike’s son, Gary Pike").
    const taken = persons.slice(0, persons.indexOf(card)).some((other) => other.name.split(/\s+/).includes(surname));
    if (surname !== card.name && !taken) card.namedAs = [surname];
  }
  // "ABC" from "ABC’s" is the outlet "ABC News" names in full.
  const fullCites = cites.filter((c) => !cites.some((other) => other.startsWith(`${c} `)));
  return { cards, withoutRole: [...withoutRole], cites: fullCites };
}

function runText(text: string, toks: readonly Token[]): string {
  return text.slice(toks[0]!.start, toks.at(-1)!.end);
}

/** What one run of capitals is: a person, an organisation, a news outlet, or nothing with a card. */
function read(text: string, toks: Token[], run: Run, sentenceStart: number, sentenceEnd: number): Omit<Sighting, 'order'> | 'cite' | undefined {
  let words = run.toks;
  // Words that open sentences ("The", "But") are not part of a name.
  while (words.length > 0 && COMMON.has(words[0]!.text)) words = words.slice(1);
  if (words.length === 0) return undefined;
  const whole = runText(text, words);
  if (NEWS.test(whole)) return 'cite';
  const previous = toks[run.at - 1];
  // An organisation's part named after its owner ("the Atlantic Council’s Global Energy Center") is not one of its own.
  const owned = previous?.possessive && text.slice(previous.end, words[0]!.start).match(/^['’]s?\s+$/);

  // Titles in capitals before a name: "Russian President", "U.S. Sen.", "Senate Majority Leader".
  let title = 0;
  // A word of a title is one of TITLES, a role noun ("Economist Kari Lunde"), or any capital word before one ("Transport Minister").
  const titleWord = (i: number) => {
    const word = words[i]!.text;
    const next = words[i + 1]!.text;
    return TITLES.has(word) || isHead(word.toLowerCase()) || ((looksNational(word) || isHead(next.toLowerCase())) && TITLES.has(next));
  };
  while (title < words.length - 1 && titleWord(title)) title++;
  const name = words.slice(title);
  // ", a furniture chain with 40 stores": what follows says it is an organisation, whatever its name looks like.
  const orgAfter = words.length <= 3 && new RegExp(`^,\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${[...ORG_NOUNS].join('|')})\\b`, 'u').test(text.slice(words.at(-1)!.end, sentenceEnd));
  // "the consumer group Agua Justa," : what stands before the name says it is an organisation (only when punctuation
  // ends the name, so "the company Jane Roe founded" stays a person).
  const orgBefore = words.length <= 3 && title === 0 && /^\s*(?:[,.;:)]|$)/.test(text.slice(words.at(-1)!.end, sentenceEnd))
    ? new RegExp(`\\b(?:the|a|an)\\s+((?:[\\p{Ll}-]+\\s+){0,2}(?:${[...ORG_NOUNS].join('|')}))\\s+$`, 'u').exec(text.slice(Math.max(sentenceStart, words[0]!.start - 60), words[0]!.start))?.[1]
    : undefined;
  const personShaped = !orgAfter && !orgBefore && name.length >= 2 && name.length <= 4 && name.every(isNameWord) && !PLACE_STARTS.has(name[0]!.text) && !PLACE_ENDS.has(name.at(-1)!.text) && !name.slice(0, -1).some((t) => t.possessive);

  if (!personShaped) {
    const after = text.slice(words.at(-1)!.end, sentenceEnd);
    const beforeNoun = /(\p{Ll}+),\s+$/u.exec(text.slice(Math.max(sentenceStart, words[0]!.start - 30), words[0]!.start))?.[1];
    // An organisation by its name ("Arms Control Association", "OPEC"), by what it does (", which represents …"), or by an appositive before it ("statistics agency, Eurostat,").
    const org = words.some((t) => ORG_WORDS.has(t.text)) || (words.length === 1 && isAcronym(words[0]!.text))
      || (words.length <= 3 && /^,\s+which\s+represents\b/.test(after))
      || orgAfter || orgBefore !== undefined || (words.length <= 3 && beforeNoun !== undefined && ORG_NOUNS.has(beforeNoun) && /^,/.test(after));
    // "the E6 highway", "the M25 motorway": a road's number, not an organisation.
    const road = /^\s+(?:highway|motorway|road|route|freeway|expressway|interstate)\b/u.test(after);
    if (!org || owned || road || NOT_ORGS.has(whole) || words.length > 8) return undefined;
    const acronym = /^\s*\(([\p{Lu}\p{N}&]{2,8})\)/u.exec(after)?.[1];
    const noun = /^['’]?\s+(\p{Ll}+)\b/u.exec(after)?.[1];
    const roles = noun && ORG_NOUNS.has(noun) ? [{ role: noun, rank: 1 }] : orgBefore ? [{ role: orgBefore, rank: 1 }] : [];
    const appositive = appositiveAfter(after, false);
    if (appositive) roles.unshift({ role: appositive, rank: 0 });
    return { name: whole, kind: 'organisation', roles, ...(acronym ? { acronym } : {}) };
  }

  const nameText = runText(text, name);
  const after = text.slice(name.at(-1)!.end, sentenceEnd);
  const possessive = name.at(-1)!.possessive;
  const roles: { role: string; rank: number }[] = [];
  const appositive = possessive ? undefined : appositiveAfter(after, true);
  if (appositive) roles.push({ role: appositive, rank: 0 });
  const before = appositiveBefore(text, toks, run.at + run.toks.indexOf(words[0]!), sentenceStart);
  // "…, said"; "… according to its director, Kevin Osterberg." (the name ends the sentence).
  if (before && !possessive && /^\s*(?:,|said\b|says\b|[.;]|$)/.test(after)) roles.push({ role: before, rank: 1 });
  const prefix = titleBefore(text, toks, run.at + run.toks.indexOf(name[0]!), sentenceStart);
  // A title of abbreviations alone ("U.S. Sen.", "Rep.") says less than the clause the text adds ("who chairs …").
  const clause = possessive ? undefined : /^,\s+(?:\d{1,3},\s+)?(who\s+\p{Ll}+\b[^,;—–()]*?)(?=\s*(?:,(?=\s)|;|—|–|\(|[.!?]["”’]*\s*$|$))/u.exec(after)?.[1];
  const abbreviated = prefix !== undefined && prefix.split(/\s+/).every((w) => w.endsWith('.'));
  if (prefix) roles.push({ role: prefix, rank: abbreviated && clause ? 4 : 2 });
  if (clause) roles.push({ role: clause, rank: 3 });
  return { name: nameText, kind: 'person', roles };
}

/** ", a senior fellow at the Atlantic Council’s Global Energy Center," after a name: the phrase up to the next comma or the sentence's end. */
function appositiveAfter(after: string, person: boolean): string | undefined {
  let rest = after;
  for (let tries = 0; tries < 2; tries++) {
    // Up to the next comma that is followed by a space ("1,200 members" stays whole), or the sentence's end.
    const m = /^,\s+((?:[^,;—–()]|,(?=\S))+?)(?=\s*(?:,(?=\s)|;|—|–|\(|$))/u.exec(rest);
    if (!m) return undefined;
    let phrase = m[1]!.trim();
    // The sentence's full stop is not part of the role, unless it is an abbreviation's ("… in the U.S.").
    const stop = /(?:\s*[.!?]["”’]*)+$/u.exec(phrase);
    if (stop && !/(?:\b(?:\p{L}\.)+|\b(?:Inc|Corp|Co|Jr|Sr|Ltd)\.)$/u.test(phrase)) phrase = phrase.slice(0, -stop[0].length);
    // A relative clause goes on about the person; the role is the noun phrase before it ("a Democrat from Minnesota who wrote …").
    phrase = phrase.replace(/\s+(?:who|whose|which|that)\s.*$/su, '');
    // An age ("Maria Lopez, 34, a nurse …") comes first: the role is the next phrase.
    if (/^\d{1,3}$/.test(phrase.trim())) {
      rest = rest.slice(m[0].length);
      continue;
    }
    const ws = phrase.trim().split(/\s+/);
    if (ws.length > 18 || /^(?:who|which|that|said|says|and|but|or|as|in|on|at|according|including|where|when|for)\b/i.test(phrase.trim())) return undefined;
    if (person && !ws.some((w) => isHead(w.replace(/['’]s$/, '')))) return undefined;
    if (!person && !/^(?:a|an|the)\s/i.test(phrase.trim())) return undefined;
    return phrase.trim();
  }
  return undefined;
}

/** "his national security adviser, Mike Waltz," : the role before a comma that stands before the name. */
function appositiveBefore(text: string, toks: Token[], first: number, sentenceStart: number): string | undefined {
  const name = toks[first];
  if (!name || !/,\s+$/.test(text.slice(toks[first - 1]?.end ?? sentenceStart, name.start))) return undefined;
  let j = first - 1;
  const end = toks[j];
  if (!end) return undefined;
  // "a spokesperson for Ohio Attorney General Dave Yost, Bethany McCorkle,": what the role serves may end in a name.
  if (end.capital || !isHead(end.text)) return roleFor(text, toks, j, sentenceStart);
  while (j - 1 >= 0) {
    const t = toks[j - 1]!;
    if (!/^(?:['’]s?)?\s+$/.test(text.slice(t.end, toks[j]!.start)) || (!t.possessive && !/^\s+$/.test(text.slice(t.end, toks[j]!.start)))) break;
    // A named owner belongs to the role, all of its name ("Pike’s son", "Coastline Rail’s chief executive"); "his", "the" do not.
    if (t.possessive) {
      if (t.capital && !COMMON.has(t.text)) {
        j--;
        while (j - 1 >= 0 && toks[j - 1]!.capital && !COMMON.has(toks[j - 1]!.text) && !toks[j - 1]!.possessive && /^\s+$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j--;
      }
      break;
    }
    if (!ROLE_WORDS.has(t.text.toLowerCase()) && !(t.capital && !COMMON.has(t.text))) break;
    j--;
  }
  return text.slice(toks[j]!.start, end.end);
}

/** "a spokeswoman for Portugal’s housing ministry, Inês Carvalho,": a role noun, then what it serves, ending at token `end`. */
function roleFor(text: string, toks: Token[], end: number, sentenceStart: number): string | undefined {
  for (let k = end - 1; k >= Math.max(0, end - 7); k--) {
    const t = toks[k]!;
    if (t.start < sentenceStart || !/^(?:['’]s?)?\s+$/.test(text.slice(t.end, toks[k + 1]!.start))) return undefined;
    if (!t.capital && isHead(t.text) && /^(?:for|of|at|with)$/.test(toks[k + 1]!.text)) {
      // The article stays where the sentence goes on around it ("… said a spokeswoman for …"), not where it opens it.
      const article = toks[k - 1];
      const from = article && /^(?:a|an|the)$/.test(article.text) && /^\s+$/.test(text.slice(article.end, t.start)) ? article : t;
      return text.slice(from.start, toks[end]!.end);
    }
  }
  return undefined;
}

/** "spokesman Dmitry Peskov", "Russian President Vladimir Putin", "former President Joe Biden": title words right before the name. */
function titleBefore(text: string, toks: Token[], first: number, sentenceStart: number): string | undefined {
  let j = first;
  while (j - 1 >= 0) {
    const t = toks[j - 1]!;
    if (t.start < sentenceStart || t.possessive || !/^\s+$/.test(text.slice(t.end, toks[j]!.start))) break;
    const ok = t.capital ? !COMMON.has(t.text) && !MONTHS_DAYS.has(t.text) : ROLE_WORDS.has(t.text.toLowerCase()) || OCCUPATION.test(t.text);
    if (!ok) break;
    j--;
  }
  // An honorific right before the name belongs to the name, not the role ("Political scientist Dr. Kwame Asante").
  let last = first;
  while (last > j && /^(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.$/.test(toks[last - 1]!.text)) last--;
  if (last === j) return undefined;
  const words = toks.slice(j, last);
  if (!words.some((w) => isHead(w.text))) return undefined;
  return text.slice(words[0]!.start, words.at(-1)!.end);
}
