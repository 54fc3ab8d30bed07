// Plain share links: ordinary <a href> to each service's public "compose" address, with the URL and
// title filled in. Nothing loads from these services until a reader follows one.

export interface ShareTarget {
  /** The service, as a reader knows it. */
  name: string;
  href: string;
  /** A web page, opened in a new tab; mail opens the reader's own app instead. */
  external: boolean;
}

const q = encodeURIComponent;

/** `credit`, where the explainer names the original's outlet, closes the email (the one message with room for it). */
export function shareTargets(url: string, title: string, credit?: string): ShareTarget[] {
  if (!/^https?:\/\//.test(url)) throw new Error(`Share links need an absolute URL, got "${url}"`);
  const line = `${title} ${url}`;
  return [
    { name: 'Email', href: `mailto:?subject=${q(title)}&body=${q(`${title}\n\n${url}${credit ? `\n\n${credit}` : ''}`)}`, external: false },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(line)}`, external: true },
    { name: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}`, external: true },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`, external: true },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`, external: true },
    { name: 'WhatsApp', href: `https://wa.me/?text=${q(line)}`, external: true },
  ];
}
