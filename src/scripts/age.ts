// The explainer's age, computed when it is read: past AGE_AFTER_DAYS, the published date at the top of the
// page gains ", 2 years ago" (Intl.RelativeTimeFormat, in the page's language) and the link to a newer
// explainer on its topics shows. Without this script the full date stands alone.
import { ageKey, agoText, ageAt } from '../lib/age';

const age = document.querySelector<HTMLElement>('[data-age]');
const found = age && ageAt(age.dataset.age!, Date.now());
if (age) {
  // The build's reserved text (ArticleMeta) gives way to the reader's own age, or to nothing while fresh.
  // Where the two agree it stands as it is: Intl.RelativeTimeFormat's first use loads the language's data,
  // a task of about 50 ms on a phone.
  const asBuilt = found && age.dataset.ageBuilt === ageKey(found);
  if (found && !asBuilt) age.textContent = age.dataset.ageTemplate!.replace('{ago}', agoText(document.documentElement.lang, found));
  age.hidden = !found;
  age.classList.remove('reserved');
}
if (age && found) {
  const newer = document.querySelector<HTMLElement>('[data-age-newer]');
  if (newer) newer.hidden = false;
}
