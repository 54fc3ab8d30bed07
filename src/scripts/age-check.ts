// Whether the explainer on this page is old enough to say so: only past the day the build wrote in
// data-age-from (AGE_AFTER_DAYS after publishing) is the age line's script (./age.ts) fetched, so a
// fresh explainer's page runs one line of it. It imports nothing else, to stay in the page's 2 KB of JS.
// Bundled on its own (as Vite bundles workers) and imported by URL, as search's UI is: a plain import()
// would bring Vite's preload helper into every page's first view.
import ageUrl from './age.ts?worker&url';

const age = document.querySelector<HTMLElement>('[data-age-from]');
if (age && Date.now() > Date.parse(age.dataset.ageFrom!)) void import(/* @vite-ignore */ ageUrl);
