// The full story's reading bar (src/components/ReadingBar.astro) follows the reader: "2 of 4" and the
// section's title change as each section reaches the upper part of the screen, and the contents list
// marks it. Without this script the bar still works, naming the first section.
const bar = document.querySelector<HTMLElement>('[data-reading-bar][data-position]');
const sections = [...document.querySelectorAll<HTMLElement>('[data-bar-section]')];
if (bar && sections.length && 'IntersectionObserver' in window) {
  const count = bar.querySelector('[data-bar-count]')!;
  const current = bar.querySelector('[data-bar-current]')!;
  const linkTo = (id: string) => document.querySelector<HTMLAnchorElement>(`nav a[href="#${CSS.escape(id)}"]`);
  let shown = -1;
  const show = (i: number) => {
    if (i === shown) return;
    linkTo(sections[shown]?.id ?? '')?.removeAttribute('aria-current');
    shown = i;
    const n = String(i + 1);
    count.textContent = bar.dataset.position!.replace('{position}', n);
    const link = linkTo(sections[i]!.id);
    current.textContent = link?.textContent ?? '';
    link?.setAttribute('aria-current', 'location');
  };
  // A line 40% down the screen: the section crossing it is the one being read.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) show(sections.indexOf(entry.target as HTMLElement));
    },
    { rootMargin: '-40% 0px -60% 0px' },
  );
  for (const section of sections) observer.observe(section);
}
