/** Filters the quotation lists in place, keeping the choice in the URL so a filtered view can be shared. */
export function enhanceQuoteFilters(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-quote-filters]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const selects = [...form.querySelectorAll('select')];
  const params = new URLSearchParams(location.search);
  for (const select of selects) select.value = params.get(select.name) ?? '';

  const apply = () => {
    const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    const items = root.querySelectorAll<HTMLElement>('.quote-item');
    for (const item of items) {
      const match = selects.every((s) => !s.value || item.dataset[s.name] === s.value);
      item.hidden = !match;
      if (match) shown++;
    }
    // A group whose quotations are all filtered out disappears with them.
    for (const group of root.querySelectorAll<HTMLElement>('[data-quote-group]')) {
      group.hidden = !group.querySelector('.quote-item:not([hidden])');
    }
    status.textContent = `${shown} of ${items.length} quotations shown`;
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(chosen)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
