// Marks what changed since the reader's last visit, from their own browser's memory (localStorage; nothing
// is sent anywhere): records this visit, then after each changed part of the page ([data-changed], ids of
// updates) adds the mark from SinceLastVisit's <template> with "Mark as read". A first visit marks nothing.
// Fetched lazily, after the first view (./later.ts). Nothing on screen moves: the part itself is only
// repainted ([data-unread]); the mark goes in while the place it takes is off screen.
import { markRead, parseVisit, recordVisit, updateDay, visitKey, whatsNew, type Visit } from '../lib/last-visit';

const template = document.querySelector<HTMLTemplateElement>('template[data-since-visit]');
const save = (key: string, visit: Visit) => {
  try {
    localStorage.setItem(key, JSON.stringify(visit));
  } catch {
    // Storage off or full: the marks simply do not persist.
  }
};

if (template) {
  const key = visitKey(template.dataset.visit!);
  const ids = (template.dataset.updates ?? '').split(' ').filter(Boolean);
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // Storage blocked: every visit is a first visit, and nothing is marked.
  }
  const visit = recordVisit(parseVisit(stored), ids, Date.now());
  save(key, visit);
  const fresh = new Set(whatsNew(ids.map((id) => ({ id, date: updateDay(id), sections: [] })), visit).updates);
  const parts = [...document.querySelectorAll<HTMLElement>('[data-changed]')].filter((el) => el.dataset.changed!.split(' ').some((id) => fresh.has(id)));
  const marks: Element[] = [];
  // Inserting while the place is on screen would push text the reader sees: wait until it is not.
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const mark = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
      mark.querySelector('button')!.addEventListener('click', () => {
        save(key, markRead(ids, Date.now()));
        observer.disconnect();
        for (const part of parts) delete part.dataset.unread;
        for (const m of marks) m.remove();
      });
      marks.push(mark);
      // In a list item, at its end; after anything else (a paragraph holds no paragraph).
      if (entry.target.matches('li')) entry.target.append(mark);
      else entry.target.after(mark);
    }
  });
  for (const part of parts) {
    part.dataset.unread = '';
    observer.observe(part);
  }
}
