// The explainer's age, computed when it is read: past AGE_AFTER_DAYS, the published date at the top of the
// page gains ", 2 years ago" (Intl.RelativeTimeFormat, in the page's language) and the link to a newer
// explainer on its topics shows. Without this script the full date stands alone.
import { ageAt } from '../lib/age';

const age = document.querySelector<HTMLElement>('[data-age]');
const found = age && ageAt(age.dataset.age!, Date.now());
if (age && found) {
  const ago = new Intl.RelativeTimeFormat(document.documentElement.lang, { numeric: 'always' }).format(-found.value, found.unit);
  age.textContent = age.dataset.ageTemplate!.replace('{ago}', ago);
  age.hidden = false;
  const newer = document.querySelector<HTMLElement>('[data-age-newer]');
  if (newer) newer.hidden = false;
}
