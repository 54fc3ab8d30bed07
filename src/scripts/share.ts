// Share actions, loaded by ShareLinks.astro: "Copy link" and the native share sheet (also behind the
// reading bar's "Share", src/components/ReadingBar.astro, which otherwise opens a copy of the options in its
// pop-up), heading anchors that copy their URL as the
// browser follows them, and "Copy link to quote" for selected text.
// Links are made on the origin the page is served at (location.origin), the path from the build.
// Every copy tries the Clipboard API, then execCommand, then shows the link selected to copy by hand.
// Its messages come in the page's language from ShareLinks' data-message-* attributes.
import { quoteUrl } from '../lib/text-fragment';

const root = document.querySelector<HTMLElement>('[data-share-links]');
if (root) init(root);

function init(root: HTMLElement) {
  const { url: built = location.href.split('#')[0]!, title = document.title, text = '' } = root.dataset;
  // The address the page is served at, whatever the build was told: a copied link always leads back here.
  const url = /^https?:$/.test(location.protocol) ? location.origin + new URL(built, location.href).pathname : built;
  const { messageCopied = '', messageCopiedHeading = '', messageCopiedQuote = '', messageCopyFailed = '' } = root.dataset;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const status = $<HTMLElement>('[data-copy-status]');
  const manual = $<HTMLElement>('[data-copy-manual]');
  const field = $<HTMLInputElement>('[data-copy-manual] input');
  const quote = $<HTMLButtonElement>('[data-quote-link]');
  let clear: number | undefined;

  const say = (message: string) => {
    window.clearTimeout(clear);
    // Emptying first makes a repeated message a change that screen readers announce again.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };

  async function copy(link: string, copied: string) {
    let done = false;
    try {
      await navigator.clipboard.writeText(link);
      done = true;
    } catch {
      // Missing or refused: the older selection-based route.
      const area = document.createElement('textarea');
      const back = document.activeElement as HTMLElement | null;
      area.value = link;
      area.setAttribute('readonly', '');
      area.className = 'copy-source';
      document.body.append(area);
      area.select();
      try {
        // Deprecated, yet the one way to copy where the Clipboard API is missing or refused.
        done = (document as unknown as { execCommand(command: 'copy'): boolean }).execCommand('copy');
      } catch {
        done = false;
      }
      area.remove();
      back?.focus({ preventScroll: true });
    }
    manual.hidden = done;
    if (done) {
      say(copied);
      clear = window.setTimeout(() => (status.textContent = ''), 6000);
    } else {
      field.value = link;
      field.focus();
      field.select();
      say(messageCopyFailed.replace('{keys}', /Mac|iP/.test(navigator.platform) ? '⌘C' : 'Ctrl+C'));
    }
  }

  // Buttons stay hidden until now: without this script, or without a share sheet, they would do nothing.
  $<HTMLElement>('[data-share-actions]').hidden = false;
  const copyButton = $<HTMLButtonElement>('[data-copy-link]');
  copyButton.hidden = false;
  copyButton.onclick = () => copy(url, messageCopied);
  const share = $<HTMLButtonElement>('[data-native-share]');
  const data = { title, text, url };
  const barButton = document.querySelector<HTMLButtonElement>('[data-bar-share-button]');
  const sheet = document.querySelector<HTMLElement>('[data-share-sheet]');
  if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
    const openSheet = () =>
      navigator.share(data).catch((error: unknown) => {
        // Closing the sheet is a choice, not a failure.
        if ((error as Error).name !== 'AbortError') void copy(url, messageCopied);
      });
    share.hidden = false;
    share.onclick = openSheet;
    // The bar's "Share" opens the sheet itself rather than its pop-up (ReadingBar).
    if (barButton) {
      barButton.popoverTargetElement = null;
      barButton.onclick = openSheet;
    }
  }
  // Else the bar's "Share" opens its pop-up by itself (popovertarget); its "Copy link" closes it and copies.
  if (sheet) (sheet.firstElementChild as HTMLElement).onclick = () => copyButton.click();

  // Heading anchors: the browser follows the link as usual, and the heading's URL is copied too.
  document.addEventListener('click', (event) => {
    const a = (event.target as Element).closest?.<HTMLAnchorElement>('a.heading-anchor');
    if (a?.hash) void copy(url + a.hash, messageCopiedHeading.replace('{heading}', a.getAttribute('aria-label')!.replace(/^[^:]*: /, '')));
  });

  // "Copy link to quote": shown below a selection inside the article.
  const WORD = /[\p{L}\p{N}’'-]/u;
  const BLOCK = 'p, li, blockquote, h2, h3, figcaption, td, th';
  const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const blockOf = (node: Node) => elementOf(node)?.closest(BLOCK);
  let link: string | undefined;
  let pending: number | undefined;

  const update = () => {
    const selection = document.getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : undefined;
    const inside = range && elementOf(range.commonAncestorContainer)?.closest('article') && !root.contains(range.commonAncestorContainer);
    link = undefined;
    if (range && inside) {
      // Widened to whole words: a text fragment matches whole words only.
      const r = range.cloneRange();
      const { startContainer: s, endContainer: e } = r;
      if (s instanceof Text) {
        let i = r.startOffset;
        while (i > 0 && WORD.test(s.data[i - 1]!)) i--;
        r.setStart(s, i);
      }
      if (e instanceof Text) {
        let i = r.endOffset;
        while (i < e.data.length && WORD.test(e.data[i]!)) i++;
        r.setEnd(e, i);
      }
      link = quoteUrl(url, r.toString(), blockOf(s) !== blockOf(e));
    }
    if (!link) {
      if (document.activeElement !== quote) quote.hidden = true;
      return;
    }
    quote.hidden = false;
    place(range!);
  };

  /**
   * Puts the button beside the selection, never on it: below its last line, or above its first when
   * there is no room below, inside the window and clear of the reading bar. On touch screens it keeps
   * further off, past the selection handles.
   */
  const place = (range: Range) => {
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    const all = range.getBoundingClientRect();
    const first = rects[0] ?? all;
    const last = rects[rects.length - 1] ?? all;
    const gap = matchMedia('(pointer: coarse)').matches ? 28 : 8;
    const { clientWidth: width, clientHeight: height } = document.documentElement;
    const bar = document.querySelector('[data-reading-bar]')?.getBoundingClientRect();
    const floor = bar && bar.top > height / 2 ? Math.min(height, bar.top) : height;
    const { offsetWidth: w, offsetHeight: h } = quote;
    const below = all.bottom + gap;
    const above = all.top - gap - h;
    const fitsBelow = below + h <= floor - 8;
    const top = fitsBelow ? below : above >= 8 ? above : Math.max(8, floor - 8 - h);
    const anchor = fitsBelow ? last.right - w : first.left;
    quote.style.top = `${top}px`;
    quote.style.left = `${Math.max(8, Math.min(anchor, width - w - 8))}px`;
  };

  document.addEventListener('selectionchange', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(update, 120);
  });
  // Fixed to the window: it follows the selection as the page scrolls.
  addEventListener(
    'scroll',
    () => {
      const selection = document.getSelection();
      if (!quote.hidden && selection?.rangeCount) place(selection.getRangeAt(0));
    },
    { passive: true },
  );
  // Keep the reader's selection while they press the button.
  quote.onpointerdown = (event) => event.preventDefault();
  quote.onclick = async () => {
    if (link) await copy(link, messageCopiedQuote);
    quote.hidden = true;
  };
}
