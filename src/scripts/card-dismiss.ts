// A tap or click outside an open person card closes it and does nothing else. PersonCard's CSS turns
// the page's pointer events off while a card is open, but Chromium 150 closes the card before it routes
// a touch tap's click, which then follows a link under the finger: this eats the click that comes with
// the press that closed a card (within a second of it, so a later click is never lost).
let pressedOutside = -Infinity;
document.addEventListener(
  'pointerdown',
  (event) => {
    const card = document.querySelector('.person-card:popover-open');
    const outside = card !== null && !(event.target instanceof Node && card.contains(event.target));
    pressedOutside = outside ? event.timeStamp : -Infinity;
  },
  true,
);
document.addEventListener('pointercancel', () => (pressedOutside = -Infinity), true);
document.addEventListener(
  'click',
  (event) => {
    if (event.timeStamp - pressedOutside > 1000) return;
    pressedOutside = -Infinity;
    event.preventDefault();
    event.stopPropagation();
  },
  true,
);
