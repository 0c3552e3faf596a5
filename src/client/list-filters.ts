/** Filters lists in place, keeping the choice in the URL so a filtered view can be shared. */
export function enhanceListFilters(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-list-filters]');
  if (!form) return;
  const itemSelector = form.dataset.listFilters!;
  const noun = form.dataset.noun ?? 'items';
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const selects = [...form.querySelectorAll('select')];
  const params = new URLSearchParams(location.search);
  // A choice in the address wins; otherwise keep what the reader may have chosen while this script loaded.
  for (const select of selects) if (params.has(select.name)) select.value = params.get(select.name)!;

  const apply = () => {
    const items = root.querySelectorAll<HTMLElement>(itemSelector);
    let shown = 0;
    for (const item of items) {
      // An item may carry several values for one filter, separated by "|" (a timeline event's parties).
      const match = selects.every((s) => !s.value || (item.dataset[s.name] ?? '').split('|').includes(s.value));
      item.hidden = !match;
      if (match) shown++;
    }
    // A group whose items are all filtered out disappears with them.
    for (const group of root.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector(`${itemSelector}:not([hidden])`);
    }
    status.textContent = `${shown} of ${items.length} ${noun} shown`;
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
