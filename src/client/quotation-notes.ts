/** The margin a speaker note keeps from the edges of the window. */
const EDGE = 8;

/** Moves a shown note sideways, as little as it takes, so that it stays inside the window (a phone's narrow one too). */
function keepInside(note: HTMLElement): void {
  note.style.translate = '';
  // Beside the text on wide screens, a note is in the margin, not over the text.
  if (getComputedStyle(note).position !== 'absolute') return;
  const { left, right } = note.getBoundingClientRect();
  const overflow = right - (document.documentElement.clientWidth - EDGE);
  const shift = overflow > 0 ? -Math.min(overflow, left - EDGE) : left < EDGE ? EDGE - left : 0;
  if (shift) note.style.translate = `${shift}px 0`;
}

/**
 * Keeps a quotation's speaker note inside the window when it is shown, and lets Escape dismiss it, as
 * WCAG 1.4.13 asks of content shown on hover or focus.
 */
export function enhanceQuotationNotes(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const quotation of root.querySelectorAll('.quotation')) quotation.classList.add('quotation--dismissed');
  });
  // A note dismissed with Escape comes back the next time its quotation is pointed at or focused.
  const show = (event: Event) => {
    const quotation = (event.target as Element).closest?.('.quotation');
    if (!quotation) return;
    quotation.classList.remove('quotation--dismissed');
    const note = quotation.querySelector<HTMLElement>('.quotation__by');
    if (note) keepInside(note);
  };
  root.addEventListener('focusin', show);
  root.addEventListener('mouseover', show);
  // The note already shown when this script arrives (the pointer that asked for it is over a quotation).
  for (const note of root.querySelectorAll<HTMLElement>('.quotation:hover .quotation__by, .quotation:focus-visible .quotation__by')) keepInside(note);
}
