// The keyboard shortcut that opens search, kept apart so the header's script carries nothing else.

export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+K (Cmd+K on a Mac) opens search. No single-key shortcut such as "/": those fire while
 * speech-input users dictate, which WCAG 2.1.4 rules out.
 */
export function isSearchShortcut(event: ShortcutEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
