// Browser side of search, one chunk fetched only when needed: the header's dialog and the search page,
// both on Pagefind's JS API (pagefind.js) with our own small UI, so that what a result and its summary
// say is true: other spellings are rewritten before searching, a word no section has is named, a
// quoted phrase is searched as a phrase, and a word one or two letters off gets "Did you mean …?".
// Pagefind searches the index of the page's <html lang>; every word shown comes from that language.
import { useTranslations } from '../../i18n';
import { expandAliases } from '../../lib/search-aliases';
import { searchStartPath, searchVocabularyPath, type SearchStart } from '../../lib/search-data';
import {
  HIGHLIGHT_PARAM,
  SEARCH_RANKING,
  hasTerm,
  pagefindQuery,
  parseQuery,
  readSearch,
  searchPagePath,
  withSearch,
  type ChosenFilters,
  type QueryTerm,
  type SearchState,
} from '../../lib/search-query';
import { correctQuery, type Vocabulary } from '../../lib/search-spelling';
import { PAGEFIND_BUNDLE, SEARCH_PATH } from '../../lib/urls';
import { SITE } from '../../site';
import { renderResult, type ResultData } from './result-template';
// A URL, not an import of the styles: they load with the UI, never on a page's first view.
import stylesUrl from './search-ui.css?url';

/** The part of Pagefind's JS API this site uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
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
function fragmentOf(result: PagefindResult): Promise<ResultData> {
  let data = fragments.get(result);
  if (!data) {
    data = result.data();
    data.catch(() => fragments.delete(result));
    fragments.set(result, data);
  }
  return data;
}

/** The page's language: its <html lang>, which Pagefind's index and these words follow. */
const lang = document.documentElement.lang || SITE.lang;
const t = useTranslations(lang);

/** The box waits this long after the last key before searching (Pagefind's Default UI waits 300 ms). */
const DEBOUNCE_MS = 150;
/** Results rendered at once; more on request. */
const PAGE_SIZE = 10;
/** Results checked for a word itself (not only a longer word that starts with it). */
const PRESENCE_DEPTH = 5;

interface Engine {
  pagefind: Pagefind;
  start: SearchStart;
}

let engine: Promise<Engine> | undefined;

function stylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)), { once: true });
    document.head.append(link);
  });
}

async function json<T>(url: string, fallback: T): Promise<T> {
  const response = await fetch(url);
  // A language with no explainer has no data: nothing to rewrite or browse.
  if (response.status === 404) return fallback;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Pagefind, our styles and the language's start data, loaded once, in parallel. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [pagefind, start] = await Promise.all([
      (async () => {
        const module = (await import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`)) as Pagefind;
        await module.options({ baseUrl: '/', highlightParam: HIGHLIGHT_PARAM, excerptLength: 26, ranking: SEARCH_RANKING });
        await module.init();
        return module;
      })(),
      json<SearchStart>(searchStartPath(lang), { aliases: {}, explainers: [], topics: [], people: [] }),
      stylesheet(stylesUrl),
    ]);
    return { pagefind, start };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

let vocabulary: Promise<Vocabulary> | undefined;
/** The language's words, fetched the first time a query has a word no section has. */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= json<Vocabulary>(searchVocabularyPath(lang), []);
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

const quoted = (terms: readonly QueryTerm[]) => t.list(terms.map((term) => t('search.quoted', { term: term.text })));

const toPagefind = (filters: ChosenFilters) =>
  Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, [value]])) as Record<string, string[]>;

interface TermMatch {
  /** Some section has the term itself: Pagefind also matches longer words ("started" for "START"). */
  present: boolean;
  /** The sections Pagefind matches the term in, ranked. */
  results: PagefindResult[];
  ids: Set<string>;
}

/** Where a term is on the site. Pagefind ranks a word itself above longer words, so the top few tell. */
async function match(pagefind: Pagefind, term: QueryTerm): Promise<TermMatch> {
  const results = (await pagefind.search(pagefindQuery([term])))?.results ?? [];
  const top = await Promise.all(results.slice(0, PRESENCE_DEPTH).map(fragmentOf));
  const present = top.some((d) => hasTerm(`${d.content} ${d.meta['title'] ?? ''} ${d.meta['headline'] ?? ''}`, term, lang));
  return { present, results, ids: new Set(results.map((r) => r.id)) };
}

/** A search box with its summary, spelling help, results and, before a word is typed, things to browse. */
interface SearchView {
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

/** Renders results from `from` on, up to a page, and a "more" button when some remain. */
async function showResults(view: SearchView, results: PagefindResult[], from: number, run: number): Promise<void> {
  const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map(fragmentOf));
  if (run !== view.run) return;
  if (from === 0) view.results.replaceChildren();
  view.results.append(...page.map(renderResult));
  const next = from + PAGE_SIZE;
  view.more.hidden = next >= results.length;
  view.more.onclick = () => void showResults(view, results, next, view.run);
}

/** Runs the view's query and filters now; the results are aria-busy until the last word of it is said. */
async function search(view: SearchView): Promise<void> {
  clearTimeout(view.timer);
  view.timer = undefined;
  const run = ++view.run;
  view.results.setAttribute('aria-busy', 'true');
  try {
    await searchNow(view, run);
  } finally {
    // Still busy while the reader's latest words wait for their search.
    if (run === view.run && view.timer === undefined) view.results.setAttribute('aria-busy', 'false');
  }
}

/** Searches, and says honestly what was found. */
async function searchNow(view: SearchView, run: number): Promise<void> {
  const state = viewState(view);
  view.onSearch?.(state);
  const { pagefind, start } = await loadEngine();
  if (run !== view.run) return;
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
  const filters = toPagefind(state.filters);
  if (terms.length === 0) {
    // No words: every section the filters allow (Pagefind's null search).
    const { results } = (await pagefind.search(null, { filters })) ?? { results: [] };
    if (run !== view.run) return;
    await showResults(view, results, 0, run);
    say(view, t('search.filtered', { count: results.length, filters: quoted(Object.values(state.filters).map((text) => ({ text, phrase: false }))) }));
    return;
  }
  // Several words or a filter: the whole query is searched beside the word checks, and its first
  // page fetched meanwhile, so the usual case (every word found) costs no extra round trip.
  const whole =
    terms.length > 1 || filtered
      ? pagefind.search(pagefindQuery(terms), { filters }).then((found) => {
          for (const r of found?.results.slice(0, PAGE_SIZE) ?? []) void fragmentOf(r).catch(() => undefined);
          return found;
        })
      : undefined;
  const matches = await Promise.all(terms.map((term) => match(pagefind, term)));
  const found = terms.filter((_, i) => matches[i]!.present);
  const missing = terms.filter((_, i) => !matches[i]!.present);
  // One word and no filter: its own search is the search.
  const ranked =
    found.length === 0
      ? []
      : !whole
        ? matches[0]!.results
        : ((await (missing.length === 0 ? whole : pagefind.search(pagefindQuery(found), { filters })))?.results ?? []);
  // Pagefind ranks sections with any of the words; the summary counts those with every one.
  const results = ranked.filter((r) => matches.every((m) => !m.present || m.ids.has(r.id)));
  if (run !== view.run) return;
  await showResults(view, results, 0, run);
  if (results.length === 0) say(view, `${t('search.none', { terms: quoted(missing.length > 0 ? missing : found) })} ${t('search.tip')}`);
  else if (missing.length > 0) say(view, t('search.partial', { count: results.length, missing: quoted(missing), found: quoted(found) }));
  else say(view, t('search.count', { count: results.length, terms: quoted(found) }));
  // Only a word on no page asks for help: a search whose words were all found never loads the vocabulary.
  if (missing.some((term) => !term.phrase)) {
    const words = missing.filter((term) => !term.phrase).map((term) => term.text);
    const corrected = correctQuery(pagefindQuery(terms), words, await loadVocabulary(), lang);
    if (corrected && run === view.run) offer(view, corrected);
  }
}

/** Lists the explainers' sections, topics and people: the way in before a word is typed. */
function renderBrowse(view: SearchView, start: SearchStart): void {
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
  const parts: Node[] = [];
  for (const explainer of start.explainers) {
    const title = heading(explainer.headline);
    title.replaceChildren(Object.assign(document.createElement('a'), { href: explainer.url, textContent: explainer.headline }));
    parts.push(title, list('search-browse-sections', explainer.sections.map((s) => ({ text: s.title, href: s.url }))));
  }
  const chips = (names: string[], filter: keyof ChosenFilters) =>
    list('search-browse-chips', names.map((name) => ({ text: name, href: searchPagePath('', { [filter]: name }) })));
  if (start.topics.length > 0) parts.push(heading(t('search.browse.topics')), chips(start.topics, 'topics'));
  if (start.people.length > 0) parts.push(heading(t('search.browse.people')), chips(start.people, 'people'));
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
function bindView(root: HTMLElement): SearchView {
  const part = <T extends HTMLElement>(name: string) => {
    const el = root.querySelector<T>(`[data-search-${name}]`);
    if (!el) throw new Error(`No [data-search-${name}] in the search view`);
    return el;
  };
  const view: SearchView = {
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
    const query = view.input.value.trim();
    // Fetch the index chunks for the words while the reader is still typing.
    if (query) void loadEngine().then(({ pagefind, start }) => pagefind.preload(pagefindQuery(parseQuery(expandAliases(query, start.aliases)))));
    view.timer = setTimeout(() => void search(view), DEBOUNCE_MS);
  });
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(view);
  });
  for (const select of view.selects) select.addEventListener('change', () => void search(view));
  arrowKeys(view);
  void loadEngine().then(({ start }) => renderBrowse(view, start));
  return view;
}

/** The markup of one search view, the dialog's and the page's (which adds its filter menus to the form). */
function viewMarkup(id: string): string {
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
  dialog ??= loadEngine().then(() => {
    const modal = document.createElement('dialog');
    modal.className = 'search-dialog search-ui';
    modal.setAttribute('aria-label', t('search.label'));
    // The full search page, with filter menus, for the same words; only in the site's language.
    const more = t.tag === SITE.lang ? `<p class="search-dialog-more"><a data-search-page-link href="${SEARCH_PATH}"></a></p>` : '';
    modal.innerHTML = `<div class="search-dialog-bar"><button type="button" class="search-dialog-close" data-search-close></button></div>${viewMarkup('search-dialog-input')}${more}`;
    modal.querySelector('[data-search-close]')!.textContent = t('search.close');
    const pageLink = modal.querySelector<HTMLAnchorElement>('[data-search-page-link]');
    if (pageLink) pageLink.textContent = t('search.narrow');
    modal.querySelector('[data-search-close]')!.addEventListener('click', () => modal.close());
    // A click on the backdrop (outside the dialog's box) closes it too.
    modal.addEventListener('click', (event) => {
      if (event.target === modal) modal.close();
    });
    document.body.append(modal);
    const view = bindView(modal);
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
  try {
    await loadEngine();
  } catch (error) {
    if (status) status.textContent = t('search.error');
    throw error;
  }
  status?.remove();
  const menus = document.getElementById('search-page-filters');
  if (!(menus instanceof HTMLTemplateElement)) throw new Error('No <template id="search-page-filters">');
  root.insertAdjacentHTML('beforeend', viewMarkup('search-page-input'));
  root.querySelector('.search-form')!.append(menus.content.cloneNode(true));
  const view = bindView(root);
  const { query, filters } = readSearch(location.search);
  view.input.value = query;
  for (const select of view.selects) {
    const value = filters[select.dataset['filter'] as keyof ChosenFilters];
    // Only a value the menu offers: a stale or hand-made link falls back to "Any".
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  view.onSearch = (state) => history.replaceState(history.state, '', withSearch(location.href, state));
  view.input.focus();
  await search(view);
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
