// Browser side of search, one chunk fetched only when needed: the header's dialog and the search page,
// both on Pagefind's JS API (pagefind.js) with our own small UI, so that what a result and its summary
// say is true: other spellings are rewritten before searching, a word no section has is named, a
// quoted phrase is searched as a phrase, and a word one or two letters off gets "Did you mean …?" (or,
// when nothing else is found, the corrected results at once). Excerpts are re-cut to whole sentences,
// and a topic or person the query names is offered above the sections.
// Pagefind searches the index of the page's <html lang>; every word shown comes from that language.
import { translator, type MessageSource, type Translator } from '../../i18n/translator';
import { expandAliases } from '../../lib/search/aliases';
import {
  nameFile,
  namedBy,
  searchLanguage,
  searchNamesPath,
  searchStartPath,
  searchVocabularyPath,
  type SearchName,
  type SearchStart,
  type SearchUiKey,
} from '../../lib/search/data';
import { markWords, readableExcerpt, type ExcerptPart } from '../../lib/search/excerpt';
import {
  HIGHLIGHT_PARAM,
  SEARCH_RANKING,
  hasTerm,
  hasWordStarting,
  pagefindQuery,
  parseQuery,
  readSearch,
  searchPagePath,
  withSearch,
  type ChosenFilters,
  type QueryTerm,
  type SearchState,
} from '../../lib/search/query';
import { languageParts, PARTS_FILE, type SearchParts } from '../../lib/search/parts';
import { correctQuery, type Vocabulary } from '../../lib/search/spelling';
import { EXPLAINERS_PATH, PAGEFIND_BUNDLE, PEOPLE_PATH, SEARCH_PATH, TOPICS_PATH } from '../../lib/urls';
import { SITE } from '../../site';
import { excerptNodes, renderNamed, renderResult, type ResultData } from './result-template';
// A URL, not an import of the styles: they load with the UI, never on a page's first view.
import stylesUrl from './search-ui.css?url';

/** The part of Pagefind's JS API this site uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/**
 * A result's data, fetched once per result: the word check and the list shown often want the same ones.
 * Keyed by the result, not the page, because its excerpt belongs to the search that found it.
 */
const fragments = new WeakMap<PagefindResult, Promise<ResultData>>();
/**
 * Per page, its latest data() call. Pagefind keeps one object per page and rewrites its URL, excerpt and
 * sub-results on every call, so two searches' calls for one page (the warm-up's and the reader's, or a
 * word's own and the whole query's) would show one search's excerpt and links under the other: calls for
 * a page run one after another, each copied as it resolves. Different pages still load side by side.
 */
const pageCalls = new Map<string, Promise<unknown>>();
function fragmentOf(result: PagefindResult): Promise<ResultData> {
  let data = fragments.get(result);
  if (!data) {
    const before = pageCalls.get(result.id) ?? Promise.resolve();
    data = before.then(() => result.data()).then((d) => ({ ...d }));
    const done = data.catch(() => fragments.delete(result));
    pageCalls.set(result.id, done);
    void done.then(() => pageCalls.get(result.id) === done && pageCalls.delete(result.id));
    fragments.set(result, data);
  }
  return data;
}

/** The page's language: its <html lang>, which Pagefind's index and these words follow. */
const lang = document.documentElement.lang || SITE.lang;

/** Search's interface text, from the language's start.json: the UI bundles no dictionary. */
type SearchTranslate = Translator<SearchUiKey> & MessageSource<SearchUiKey>;

/** The box waits this long after the last key before searching (Pagefind's Default UI waits 300 ms). */
const DEBOUNCE_MS = 150;
/**
 * Results rendered at once, more on request (Pagefind's Default UI shows 5 too); each is a fragment to
 * fetch, so a first search downloads only these. The same pages tell whether a word itself is on the site.
 */
const PAGE_SIZE = 5;
/** Shorter words are not preloaded while typing: their index chunk is seldom the finished word's. */
const PRELOAD_MIN_LENGTH = 3;

interface Engine {
  /** Pagefind, started the first time it is asked for (searchPagefind), shared by every view. */
  pagefind: () => Promise<Pagefind>;
  start: SearchStart;
  t: SearchTranslate;
}

let engine: Promise<Engine> | undefined;
let pagefindEngine: Promise<Pagefind> | undefined;

function stylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)), { once: true });
    document.head.append(link);
  });
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Pagefind's engine, loaded and started once: its script, and the entry and language metadata of each
 * part of the index this page's language searches (the wasm comes with the first search).
 */
function searchPagefind(): Promise<Pagefind> {
  pagefindEngine ??= (async () => {
    const [module, parts] = await Promise.all([
      import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`) as Promise<Pagefind>,
      json<SearchParts>(`${PAGEFIND_BUNDLE}${PARTS_FILE}`),
    ]);
    const [first, ...rest] = languageParts(parts, lang);
    const options = { baseUrl: '/', highlightParam: HIGHLIGHT_PARAM, excerptLength: 26, ranking: SEARCH_RANKING };
    // No worker: one script less to fetch (11 KB) and no start-up round trip; a search is milliseconds.
    await module.options({ ...options, basePath: first, noWorker: true });
    await module.init();
    // Every other part is searched with the first, and their results ranked together by score.
    await Promise.all(rest.map((part) => module.mergeIndex(part, options)));
    return module;
  })();
  pagefindEngine.catch(() => (pagefindEngine = undefined));
  return pagefindEngine;
}

/**
 * Our styles and the language's start data, loaded once, in parallel; with Pagefind too unless `lazy`
 * (the search page starts it on the reader's first move, so that opening the page runs none of it).
 */
function loadEngine(lazy = false): Promise<Engine> {
  engine ??= (async () => {
    const [start] = await Promise.all([
      // Written for the site's language and every explainer's, so for every page's.
      json<SearchStart>(searchStartPath(lang)),
      stylesheet(stylesUrl),
      lazy ? undefined : searchPagefind(),
    ]);
    return { pagefind: searchPagefind, start, t: translator(start.ui) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

let vocabulary: Promise<Vocabulary> | undefined;
/** The language's words, fetched the first time a query has a word no section has. */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= json<Vocabulary>(searchVocabularyPath(lang));
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

const names = new Map<number, Promise<SearchName[]>>();
/** The file of the language's topics and people that `query` can name, fetched once (start.json's lists are cut). */
function loadNames(query: string, files: number): Promise<SearchName[]> {
  const file = nameFile(query, files, searchLanguage(lang));
  const loaded = names.get(file) ?? json<SearchName[]>(searchNamesPath(lang, file));
  names.set(file, loaded);
  loaded.catch(() => names.delete(file));
  return loaded;
}

/** Text as an excerpt's markup, for the result template to parse back: only marks are elements. */
const excerptHtml = (parts: readonly ExcerptPart[]) =>
  parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const partsOf = (html: string): ExcerptPart[] => excerptNodes(html).map((n) => ({ text: n.textContent ?? '', mark: n.nodeName === 'MARK' }));

/**
 * A result as it reads: each excerpt re-cut to whole sentences (readableExcerpt); when the words
 * matched only the section's summary (metadata, not text), the summary with them marked.
 */
function readable(data: ResultData, terms: readonly QueryTerm[]): ResultData {
  const content = excerptNodes(data.content).map((n) => n.textContent).join('');
  const recut = (html: string) => excerptHtml(readableExcerpt(partsOf(html), content, lang));
  let excerpt = recut(data.excerpt);
  const summary = data.meta['summary'];
  if (!excerpt.includes('<mark>') && summary && terms.some((term) => hasTerm(summary, term, lang))) {
    const starts = terms.map((term) => term.text.toLocaleLowerCase(lang));
    const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase(lang);
    excerpt = excerptHtml(markWords(summary, (word) => starts.some((s) => bare(word).startsWith(s))));
  }
  return { ...data, excerpt, sub_results: data.sub_results.map((sub) => ({ ...sub, excerpt: recut(sub.excerpt) })) };
}

const quoted = (t: SearchTranslate, terms: readonly QueryTerm[]) => t.list(terms.map((term) => t('search.quoted', { term: term.text })));

const toPagefind = (filters: ChosenFilters) =>
  Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, [value]])) as Record<string, string[]>;

/**
 * Whether any of `results`' first page has what `has` looks for in its text (Pagefind also matches
 * "started" for "START"); true as soon as one page that has it arrives, so results can start to show.
 */
async function mentionedIn(results: PagefindResult[], has: (text: string) => boolean): Promise<boolean> {
  const mentions = async (result: PagefindResult) => {
    const d = await fragmentOf(result);
    const meta = ['title', 'kicker', 'summary', 'headline'].map((key) => d.meta[key] ?? '').join(' ');
    if (has(`${d.content} ${meta}`)) return true;
    throw new Error('not on this page');
  };
  try {
    return await Promise.any(results.slice(0, PAGE_SIZE).map(mentions));
  } catch {
    // None of them has it (or none could be fetched).
    return false;
  }
}

/**
 * Whether some section has the term itself. Pagefind ranks a word itself above longer words, so the
 * first page tells: the whole query's first page, which is fetched to be shown anyway, and only when
 * the term is not there, the first page of its own matches.
 */
async function isPresent(term: QueryTerm, shown: PagefindResult[], own: () => Promise<PagefindResult[]>): Promise<boolean> {
  const has = (text: string) => hasTerm(text, term, lang);
  return (await mentionedIn(shown, has)) || mentionedIn(await own(), has);
}

let warmedUp = false;
/**
 * A page's first search and first result take far longer than later ones (Pagefind's code not yet
 * compiled, no spare connection open): one of each is made, once, while the reader is still typing,
 * on the words typed so far (at 1,000 sections the first result then shows about 80 ms sooner).
 */
function warmUp(pagefind: Pagefind, words: QueryTerm[]): void {
  if (warmedUp) return;
  warmedUp = true;
  void pagefind
    .search(pagefindQuery(words))
    .then((found) => found?.results[0] && fragmentOf(found.results[0]))
    .catch(() => undefined);
}

/** A search box with its summary, spelling help, results and, before a word is typed, things to browse. */
interface SearchView {
  /** Pagefind, the start data and the messages, loaded before any view is made. */
  engine: Engine;
  root: HTMLElement;
  input: HTMLInputElement;
  status: HTMLElement;
  help: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  browse: HTMLElement;
  /** The page's filter menus (none in the dialog). */
  selects: HTMLSelectElement[];
  /** Called with each search run, to keep a URL or a link in step. */
  onSearch?: (state: SearchState) => void;
  run: number;
  /** A query the reader asked to search as typed ("Search for … instead"): not corrected. */
  literal?: string | undefined;
  /** The debounce before the next search, while one is pending. */
  timer?: ReturnType<typeof setTimeout> | undefined;
}

function viewState(view: SearchView): SearchState {
  const filters: ChosenFilters = {};
  for (const select of view.selects) {
    const name = select.dataset['filter'] as keyof ChosenFilters;
    if (select.value) filters[name] = select.value;
  }
  return { query: view.input.value.replace(/\s+/g, ' ').trim(), filters };
}

function say(view: SearchView, text: string): void {
  if (view.status.textContent !== text) view.status.textContent = text;
}

/** "Did you mean {suggestion}?" with the suggestion as a button that runs it. */
function offer(view: SearchView, corrected: string): void {
  const { t } = view.engine;
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'search-suggestion', textContent: corrected });
  button.addEventListener('click', () => {
    view.input.value = corrected;
    void search(view);
    view.input.focus();
  });
  const p = document.createElement('p');
  for (const part of t.parts('search.didYouMean')) p.append(typeof part === 'string' ? part : button);
  view.help.replaceChildren(p);
}

/**
 * Renders results from `from` on, up to a page, each as soon as it and those above it have arrived, and
 * a "more" button when some remain.
 */
async function showResults(view: SearchView, results: PagefindResult[], from: number, run: number, terms: readonly QueryTerm[] = [], lead: Node[] = []): Promise<void> {
  const page = results.slice(from, from + PAGE_SIZE).map(fragmentOf);
  if (from === 0 && page.length === 0) view.results.replaceChildren(...lead);
  for (const [i, data] of page.entries()) {
    const result = renderResult(readable(await data, terms));
    if (run !== view.run) return;
    if (from === 0 && i === 0) view.results.replaceChildren(...lead);
    view.results.append(result);
  }
  const next = from + PAGE_SIZE;
  view.more.hidden = next >= results.length;
  view.more.onclick = () => void showResults(view, results, next, view.run, terms);
}

/** The topics and people `query` names, as list items to put above its sections. */
async function namedItems(view: SearchView, query: string): Promise<Node[]> {
  const { start, t } = view.engine;
  const found = namedBy(query, await loadNames(query, start.nameFiles).catch(() => []), lang);
  return found.map((n) =>
    renderNamed(n, t(n.kind === 'topic' ? 'search.offer.topic' : 'search.offer.person'), t('search.offer.sections', { count: n.sections })),
  );
}

/** "Showing results for {corrected}. Search for {original} instead", the original a button that searches it as typed. */
function corrected(view: SearchView, correctedQuery: string, original: string): void {
  const { t } = view.engine;
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'search-suggestion', textContent: original });
  button.addEventListener('click', () => {
    view.literal = original;
    void search(view);
    view.input.focus();
  });
  const strong = Object.assign(document.createElement('strong'), { textContent: correctedQuery });
  const p = document.createElement('p');
  for (const part of t.parts('search.showingFor')) p.append(typeof part === 'string' ? part : part.param === 'corrected' ? strong : button);
  view.help.replaceChildren(p);
}

/** How a search was asked for: while typing (its last word may be half typed) or as a finished query. */
type Asked = 'typing' | 'finished';

/** Runs the view's query and filters now; the results are aria-busy until the last word of it is said. */
async function search(view: SearchView, asked: Asked = 'finished'): Promise<void> {
  clearTimeout(view.timer);
  view.timer = undefined;
  const run = ++view.run;
  view.results.setAttribute('aria-busy', 'true');
  try {
    await searchNow(view, run, asked);
  } catch (error) {
    // Pagefind could not load (the search page starts it only now): said where results would be.
    if (run === view.run) say(view, view.engine.t('search.error'));
    throw error;
  } finally {
    // Still busy while the reader's latest words wait for their search.
    if (run === view.run && view.timer === undefined) view.results.setAttribute('aria-busy', 'false');
  }
}

/** Searches, and says honestly what was found. */
async function searchNow(view: SearchView, run: number, asked: Asked): Promise<void> {
  const state = viewState(view);
  // Typed, and the box ends in a letter: the reader may be in the middle of its last word.
  const midWord = asked === 'typing' && /\S$/.test(view.input.value);
  view.onSearch?.(state);
  const { start, t } = view.engine;
  const terms = parseQuery(expandAliases(state.query, start.aliases));
  const filtered = Object.keys(state.filters).length > 0;
  view.help.replaceChildren();
  view.browse.hidden = terms.length > 0 || filtered;
  if (terms.length === 0 && !filtered) {
    say(view, '');
    view.results.replaceChildren();
    view.more.hidden = true;
    return;
  }
  const pagefind = await view.engine.pagefind();
  if (run !== view.run) return;
  const filters = toPagefind(state.filters);
  // Topics and people the words name, offered first; fetched beside the index, and only without filters.
  const named = terms.length > 0 && !filtered ? namedItems(view, expandAliases(state.query, start.aliases)) : Promise.resolve([]);
  if (terms.length === 0) {
    // No words: every section the filters allow (Pagefind's null search).
    const { results } = (await pagefind.search(null, { filters })) ?? { results: [] };
    if (run !== view.run) return;
    await showResults(view, results, 0, run);
    say(view, t('search.filtered', { count: results.length, filters: quoted(t, Object.values(state.filters).map((text) => ({ text, phrase: false }))) }));
    return;
  }
  const searchFor = async (words: QueryTerm[], within = filters) => (await pagefind.search(pagefindQuery(words), { filters: within }))?.results ?? [];
  // Pagefind finds the sections with every word (or a longer word starting with it). In the usual case,
  // every word itself on the site, the whole query's first page, shown next, is all the pages fetched.
  const whole = await searchFor(terms);
  // A word's own matches, over every section: the whole query's when that is the word alone.
  const own = (term: QueryTerm) => (terms.length === 1 && !filtered ? Promise.resolve(whole) : searchFor([term], {}));
  const present = await Promise.all(terms.map((term) => isPresent(term, whole, () => own(term))));
  // A half-typed last word that is no word on the site but starts some ("zelen"), every other word
  // found: the sections Pagefind matched are shown, and said to have a word starting with it.
  const last = terms.at(-1)!;
  const startsWords = () => mentionedIn(whole, (text) => hasWordStarting(text, last.text));
  if (midWord && !last.phrase && !present.at(-1) && present.slice(0, -1).every(Boolean) && whole.length > 0 && (await startsWords())) {
    if (run !== view.run) return;
    await showResults(view, whole, 0, run, terms);
    const others = terms.slice(0, -1);
    const prefix = quoted(t, [last]);
    say(view, others.length === 0 ? t('search.startsWith', { count: whole.length, prefix }) : t('search.startsWithAnd', { count: whole.length, found: quoted(t, others), prefix }));
    return;
  }
  const found = terms.filter((_, i) => present[i]);
  const missing = terms.filter((_, i) => !present[i]);
  // A word on no page is left out and named; the others are searched without it.
  const results = found.length === 0 ? [] : missing.length === 0 ? whole : await searchFor(found);
  if (run !== view.run) return;
  const spelling = missing.filter((term) => !term.phrase).map((term) => term.text);
  // Nothing found, and the site's spelling of the words finds sections: those, at once.
  if (results.length === 0 && spelling.length > 0 && view.literal !== state.query) {
    const fixed = correctQuery(pagefindQuery(terms), spelling, await loadVocabulary().catch(() => []), lang);
    const fixedTerms = fixed ? parseQuery(fixed) : [];
    const fixedResults = fixed ? await searchFor(fixedTerms) : [];
    if (run !== view.run) return;
    if (fixed && fixedResults.length > 0) {
      await showResults(view, fixedResults, 0, run, fixedTerms, await namedItems(view, fixed));
      say(view, t('search.count', { count: fixedResults.length, terms: quoted(t, fixedTerms) }));
      corrected(view, fixed, state.query);
      return;
    }
  }
  view.literal = undefined;
  await showResults(view, results, 0, run, found, await named);
  if (results.length === 0) say(view, `${t('search.none', { terms: quoted(t, missing.length > 0 ? missing : found) })} ${t('search.tip')}`);
  else if (missing.length > 0) say(view, t('search.partial', { count: results.length, missing: quoted(t, missing), found: quoted(t, found) }));
  else say(view, t('search.count', { count: results.length, terms: quoted(t, found) }));
  // Only a word on no page asks for help: a search whose words were all found never loads the vocabulary.
  if (spelling.length > 0) {
    const suggestion = correctQuery(pagefindQuery(terms), spelling, await loadVocabulary(), lang);
    if (suggestion && run === view.run) offer(view, suggestion);
  }
}

/** Lists the explainers' sections, topics and people: the way in before a word is typed. */
function renderBrowse(view: SearchView): void {
  const { start, t } = view.engine;
  const heading = (text: string) => Object.assign(document.createElement('h2'), { className: 'search-browse-heading', textContent: text });
  const list = (className: string, items: { text: string; href: string }[]) => {
    const ul = document.createElement('ul');
    ul.className = className;
    for (const item of items) {
      const a = Object.assign(document.createElement('a'), { href: item.href, textContent: item.text });
      const li = document.createElement('li');
      li.append(a);
      ul.append(li);
    }
    return ul;
  };
  // Where start.json's lists are cut, a link to the page that lists them all.
  const all = (shown: unknown[], total: number, text: string, href: string): Node[] => {
    if (shown.length >= total) return [];
    const p = Object.assign(document.createElement('p'), { className: 'search-browse-all' });
    p.append(Object.assign(document.createElement('a'), { href, textContent: text }));
    return [p];
  };
  const parts: Node[] = [];
  for (const explainer of start.explainers) {
    const title = heading(explainer.headline);
    title.replaceChildren(Object.assign(document.createElement('a'), { href: explainer.url, textContent: explainer.headline }));
    parts.push(title, list('search-browse-sections', explainer.sections.map((s) => ({ text: s.title, href: s.url }))));
  }
  parts.push(...all(start.explainers, start.totals.explainers, t('search.browse.allExplainers'), EXPLAINERS_PATH));
  const chips = (names: string[], filter: keyof ChosenFilters) =>
    list('search-browse-chips', names.map((name) => ({ text: name, href: searchPagePath('', { [filter]: name }) })));
  if (start.topics.length > 0) parts.push(heading(t('search.browse.topics')), chips(start.topics, 'topics'), ...all(start.topics, start.totals.topics, t('search.browse.allTopics'), TOPICS_PATH));
  if (start.people.length > 0) parts.push(heading(t('search.browse.people')), chips(start.people, 'people'), ...all(start.people, start.totals.people, t('search.browse.allPeople'), PEOPLE_PATH));
  view.browse.replaceChildren(...parts);
}

/** Arrow keys move from the box through the results' links and back. */
function arrowKeys(view: SearchView): void {
  view.root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [view.input, ...view.results.querySelectorAll<HTMLElement>('.search-result-link, .search-result-heading')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1 || stops.length < 2) return;
    event.preventDefault();
    stops[Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
}

/** Wires the search parts inside `root` (marked with data-search-* attributes) into a view. */
function bindView(root: HTMLElement, engine: Engine): SearchView {
  const part = <T extends HTMLElement>(name: string) => {
    const el = root.querySelector<T>(`[data-search-${name}]`);
    if (!el) throw new Error(`No [data-search-${name}] in the search view`);
    return el;
  };
  const view: SearchView = {
    engine,
    root,
    input: part<HTMLInputElement>('input'),
    status: part('summary'),
    help: part('help'),
    results: part<HTMLOListElement>('results'),
    more: part<HTMLButtonElement>('more'),
    browse: part('browse'),
    selects: [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')],
    run: 0,
  };
  view.input.addEventListener('input', () => {
    clearTimeout(view.timer);
    view.results.setAttribute('aria-busy', 'true');
    // Fetch the index chunks for the words while the reader is still typing.
    const words = parseQuery(expandAliases(view.input.value, engine.start.aliases)).filter((term) => term.text.length >= PRELOAD_MIN_LENGTH);
    if (words.length > 0) {
      void engine
        .pagefind()
        .then((pagefind) => pagefind.preload(pagefindQuery(words)).then(() => warmUp(pagefind, words)))
        .catch(() => undefined);
    }
    view.timer = setTimeout(() => void search(view, 'typing'), DEBOUNCE_MS);
  });
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(view);
  });
  for (const select of view.selects) select.addEventListener('change', () => void search(view));
  arrowKeys(view);
  renderBrowse(view);
  return view;
}

/** The markup of one search view, the dialog's and the page's (which adds its filter menus to the form). */
function viewMarkup(id: string, t: SearchTranslate): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<form class="search-form" role="search" action="${SEARCH_PATH}">
    <label class="search-label" for="${id}">${escape(t('search.label'))}</label>
    <input class="search-input" id="${id}" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="${escape(t('search.placeholder'))}" data-search-input data-debounce="${DEBOUNCE_MS}">
  </form>
  <p class="search-summary" role="status" data-search-summary></p>
  <div class="search-help" data-search-help></div>
  <ol class="search-results" aria-label="${escape(t('search.resultsLabel'))}" data-search-results></ol>
  <button type="button" class="search-more" hidden data-search-more>${escape(t('search.more'))}</button>
  <nav class="search-browse" aria-label="${escape(t('search.browse.title'))}" data-search-browse></nav>`;
}

let dialog: Promise<HTMLDialogElement> | undefined;

/** The search dialog, added to the page the first time it is asked for (once, however fast the asking). */
function searchDialog(): Promise<HTMLDialogElement> {
  dialog ??= loadEngine().then((engine) => {
    const { t } = engine;
    const modal = document.createElement('dialog');
    modal.className = 'search-dialog search-ui';
    modal.setAttribute('aria-label', t('search.label'));
    // The full search page, with filter menus, for the same words; only in the site's language.
    const more = t.tag === SITE.lang ? `<p class="search-dialog-more"><a data-search-page-link href="${SEARCH_PATH}"></a></p>` : '';
    modal.innerHTML = `<div class="search-dialog-bar"><button type="button" class="search-dialog-close" data-search-close></button></div>${viewMarkup('search-dialog-input', t)}${more}`;
    modal.querySelector('[data-search-close]')!.textContent = t('search.close');
    const pageLink = modal.querySelector<HTMLAnchorElement>('[data-search-page-link]');
    if (pageLink) pageLink.textContent = t('search.narrow');
    modal.querySelector('[data-search-close]')!.addEventListener('click', () => modal.close());
    // A click on the backdrop (outside the dialog's box) closes it too.
    modal.addEventListener('click', (event) => {
      if (event.target === modal) modal.close();
    });
    document.body.append(modal);
    const view = bindView(modal, engine);
    view.onSearch = (state) => pageLink?.setAttribute('href', searchPagePath(state.query, state.filters));
    return modal;
  });
  dialog.catch(() => (dialog = undefined));
  return dialog;
}

/** Opens the search dialog, loading the UI the first time. */
export async function openSearchDialog(): Promise<void> {
  const modal = await searchDialog();
  if (!modal.open) modal.showModal();
  modal.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
}

/** Mounts the search page's view in `root`, runs the search in the URL and keeps the URL in step. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (status) status.hidden = false;
  const { query, filters } = readSearch(location.search);
  // Opened with a search: Pagefind starts at once, beside the start data.
  const asked = query !== '' || Object.keys(filters).length > 0;
  if (asked) void searchPagefind().catch(() => undefined);
  let engine: Engine;
  try {
    engine = await loadEngine(true);
  } catch (error) {
    // The page's own text: the messages come with what failed to load.
    if (status) status.textContent = status.dataset['error'] ?? '';
    throw error;
  }
  status?.remove();
  const menus = document.getElementById('search-page-filters');
  if (!(menus instanceof HTMLTemplateElement)) throw new Error('No <template id="search-page-filters">');
  root.insertAdjacentHTML('beforeend', viewMarkup('search-page-input', engine.t));
  root.querySelector('.search-form')!.append(menus.content.cloneNode(true));
  const view = bindView(root, engine);
  view.input.value = query;
  for (const select of view.selects) {
    const value = filters[select.dataset['filter'] as keyof ChosenFilters];
    // Only a value the menu offers: a stale or hand-made link falls back to "Any".
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  view.onSearch = (state) => {
    // Only a change: replaceState is not free, and the page opens with the URL already in step.
    const url = withSearch(location.href, state);
    if (url !== location.href) history.replaceState(history.state, '', url);
  };
  // Focused once the view has been laid out by the page's own frame: focus() now would force that layout in this task.
  requestAnimationFrame(() => setTimeout(() => document.activeElement === document.body && view.input.focus()));
  if (!asked) startOnFirstMove(root);
  await search(view);
}

/**
 * The empty search page runs none of Pagefind while it opens (its script and wasm would be most of the
 * page's blocking time): the script is prefetched when the page is idle, and the engine starts on the
 * reader's first key, tap or menu choice, while the first word is still being typed.
 */
function startOnFirstMove(root: HTMLElement): void {
  const moves = ['keydown', 'pointerdown', 'input', 'change'] as const;
  const start = () => {
    for (const move of moves) root.removeEventListener(move, start, true);
    void searchPagefind().catch(() => undefined);
  };
  for (const move of moves) root.addEventListener(move, start, true);
  const prefetch = () => {
    if (pagefindEngine) return;
    // Fetched as import() fetches a module (CORS, same-origin credentials), so the import finds it.
    const link = Object.assign(document.createElement('link'), { rel: 'prefetch', href: `${PAGEFIND_BUNDLE}pagefind.js`, crossOrigin: 'anonymous' });
    document.head.append(link);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 1000);
}

interface HighlightOptions {
  highlightParam: string;
  markOptions: { className: string; exclude: string[] };
  addStyles: boolean;
}

/** Marks the searched words in the article of a page opened from a result, and brings the first into view. */
export async function highlightArrival(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const script = `${PAGEFIND_BUNDLE}pagefind-highlight.js`;
  const [{ default: PagefindHighlight }] = await Promise.all([
    import(/* @vite-ignore */ script) as Promise<{ default: new (options: HighlightOptions) => unknown }>,
    stylesheet(stylesUrl),
  ]);
  // Our own styles for the marks: Pagefind's would be an inline <style>, which the CSP refuses.
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    addStyles: false,
  });
  // A whole-section result lands at the top; bring the first marked word into view instead.
  if (!location.hash) document.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
}
