// A tap outside an open person card closes it and does nothing else. PersonCard's CSS turns the page's
// pointer events off while a card is open, but Chromium 150 routes a touch tap's click to a link under
// the finger all the same: this eats the click of a press that began outside an open card (within a
// second of the press, so no later click is ever lost).
let pressedOutside = -Infinity;
addEventListener(
  'pointerdown',
  (event) => {
    const card = document.querySelector('.person-card:popover-open');
    pressedOutside = card && !card.contains(event.target as Node) ? event.timeStamp : -Infinity;
  },
  true,
);
addEventListener(
  'click',
  (event) => {
    if (event.timeStamp - pressedOutside > 1000) return;
    pressedOutside = -Infinity;
    event.preventDefault();
    event.stopPropagation();
  },
  true,
);
