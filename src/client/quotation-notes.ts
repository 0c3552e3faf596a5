/** Lets Escape dismiss a quotation's speaker note, as WCAG 1.4.13 asks of content shown on hover or focus. */
export function enhanceQuotationNotes(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const quotation of root.querySelectorAll('.quotation')) quotation.classList.add('quotation--dismissed');
  });
  // A note dismissed with Escape comes back the next time its quotation is pointed at or focused.
  const restore = (event: Event) => (event.target as Element).closest?.('.quotation')?.classList.remove('quotation--dismissed');
  root.addEventListener('focusin', restore);
  root.addEventListener('mouseover', restore);
}
