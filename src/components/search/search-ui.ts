// Browser side of search, one chunk fetched only when needed: loads Pagefind's Component UI, configures
// it once, and mounts it as the header's dialog or as the search page; on a page opened from a result,
// marks the words searched for. Pagefind searches the index of the page's <html lang>, and every word
// shown comes from that language's dictionary.
import { useTranslations } from '../../i18n';
import { HIGHLIGHT_PARAM, SEARCH_RANKING, highlightTerms, readQuery, withQuery } from '../../lib/search-query';
import { PAGEFIND_BUNDLE, SEARCH_PATH, searchPath } from '../../lib/urls';
import { SITE } from '../../site';
import { RESULT_TEMPLATE } from './result-template';
// A URL, not an import of the styles: they load with the UI, never on a page's first view.
import stylesUrl from './search-ui.css?url';

/** The part of a Component UI instance this site uses. */
interface SearchInstance {
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
}

interface SearchModal extends HTMLElement {
  open(): void;
  readonly isOpen: boolean;
}

/** The page's language: its <html lang>, which Pagefind's index and these words follow. */
const t = useTranslations(document.documentElement.lang || SITE.lang);

/** Plain words for readers; [COUNT] and [SEARCH_TERM] are filled in by Pagefind as text. */
const STRINGS: Record<string, string> = {
  search_label: t('search.label'),
  placeholder: t('search.placeholder'),
  input_hint: t('search.inputHint'),
  results_label: t('search.resultsLabel'),
  zero_results: t('search.zeroResults'),
  one_result: t('search.oneResult'),
  many_results: t('search.manyResults'),
  searching: t('search.searching'),
  error_search: t('search.error'),
};

/**
 * The dialog lists the best 20 and links to the search page for more: Pagefind's results element draws a
 * placeholder for every match before the first one paints (547 for a common word at 1,000 sections, seconds of layout).
 */
const DIALOG_MAX_RESULTS = 20;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The dialog's parts, built here rather than shipped in every page: only readers who open search
 * download them. Pagefind's elements come to life as they connect. The search page, with filters,
 * searches the site's default language, so only pages in that language offer it.
 */
const DIALOG = `<pagefind-modal class="search-dialog search-ui">
  <pagefind-modal-header><pagefind-input debounce="150"></pagefind-input></pagefind-modal-header>
  <pagefind-modal-body>
    <pagefind-summary></pagefind-summary>
    <pagefind-results max-results="${DIALOG_MAX_RESULTS}" max-sub-results="3"><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results>
    ${t.tag === SITE.lang ? `<p class="search-dialog-more"><a data-search-page-link href="${SEARCH_PATH}">${escapeHtml(t('search.narrow'))}</a></p>` : ''}
  </pagefind-modal-body>
  <pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>
</pagefind-modal>`;

let loaded: Promise<SearchInstance> | undefined;

function stylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)), { once: true });
    document.head.append(link);
  });
}

/** Loads the Component UI's script and styles once, and configures the shared search instance. */
export function loadSearchUi(): Promise<SearchInstance> {
  loaded ??= (async () => {
    const script = `${PAGEFIND_BUNDLE}pagefind-component-ui.js`;
    await Promise.all([
      stylesheet(`${PAGEFIND_BUNDLE}pagefind-component-ui.css`),
      stylesheet(stylesUrl),
      import(/* @vite-ignore */ script),
    ]);
    const components = (window as Window & { PagefindComponents?: PagefindComponents }).PagefindComponents;
    if (!components) throw new Error(`${script} did not define PagefindComponents`);
    // Configured before any component connects: later options would be ignored.
    const instance = components.configureInstance('default', {
      bundlePath: PAGEFIND_BUNDLE,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 26,
      ranking: SEARCH_RANKING,
    });
    instance.setTranslations(STRINGS);
    return instance;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** The page's <template> with this id. */
function templateOf(id: string): HTMLTemplateElement {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`No <template id="${id}">`);
  return template;
}

let dialog: Promise<SearchModal> | undefined;

/** The search dialog, added to the page the first time it is asked for (once, however fast the asking). */
function searchDialog(): Promise<SearchModal> {
  dialog ??= loadSearchUi().then((instance) => {
    // In the dialog Escape closes rather than clears: say so in the key hints.
    instance.setTranslations({ keyboard_clear: t('search.keyboardClose') });
    document.body.insertAdjacentHTML('beforeend', DIALOG);
    const modal = document.body.querySelector<SearchModal>('pagefind-modal.search-dialog');
    if (!modal) throw new Error('The search dialog did not render');
    modal.querySelector('dialog')?.setAttribute('aria-label', STRINGS.search_label!);
    // The dialog offers the full search page, with filters, for the same words.
    const pageLink = modal.querySelector<HTMLAnchorElement>('[data-search-page-link]');
    instance.on('search', (term) => pageLink?.setAttribute('href', searchPath(term)));
    return modal;
  });
  dialog.catch(() => (dialog = undefined));
  return dialog;
}

/** Opens the search dialog, loading the UI the first time. */
export async function openSearchDialog(): Promise<void> {
  const modal = await searchDialog();
  if (!modal.isOpen) modal.open();
}

/**
 * Pagefind's filter buttons are comboboxes, and a combobox takes no name from its text: name each
 * after its visible label, now and whenever Pagefind redraws it.
 */
function nameFilterButtons(root: HTMLElement): void {
  const name = () => {
    for (const button of root.querySelectorAll('pagefind-filter-dropdown button[role="combobox"]:not([aria-label])')) {
      const label = button.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
      if (label) button.setAttribute('aria-label', t('search.filterBy', { filter: label.toLocaleLowerCase(t.intl) }));
    }
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

/** Mounts the search page's components in `root`, runs the query in the URL and keeps the URL in step. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (status) status.hidden = false;
  let instance: SearchInstance;
  try {
    instance = await loadSearchUi();
  } catch (error) {
    if (status) status.textContent = STRINGS.error_search!;
    throw error;
  }
  status?.remove();
  root.append(templateOf('search-page-template').content.cloneNode(true));
  nameFilterButtons(root);
  const query = readQuery(location.search);
  // Runs before the listener below, so arriving with ?q= does not rewrite the URL it came with.
  if (query) instance.triggerSearch(query);
  instance.on('search', (term) => history.replaceState(history.state, '', withQuery(location.href, term)));
  root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}

interface HighlightOptions {
  highlightParam: string;
  markOptions: { className: string; exclude: string[] };
  addStyles: boolean;
}

/** Marks the searched words in the article of a page opened from a result, and brings the first into view. */
export async function highlightArrival(): Promise<void> {
  const url = new URL(location.href);
  const searched = url.searchParams.getAll(HIGHLIGHT_PARAM);
  if (searched.length === 0) return;
  // A result found through another spelling ("Zelensky") marks the page's own ("Zelenskyy") as well.
  const aliases = document.querySelector('[data-search-aliases]')?.getAttribute('data-search-aliases');
  const extra = highlightTerms(searched, aliases ? (JSON.parse(aliases) as Record<string, string>) : {});
  if (extra.length > 0) {
    for (const term of extra) url.searchParams.append(HIGHLIGHT_PARAM, term);
    history.replaceState(history.state, '', url);
  }
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
