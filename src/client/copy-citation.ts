/** Shows the copy buttons of citations and copies the citation's plain text, confirming it in the button. */
export function enhanceCopyButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-citation]')) {
    const text = button.closest('[data-citation]')?.querySelector('[data-citation-text]')?.textContent ?? '';
    const label = button.innerHTML;
    button.hidden = !navigator.clipboard;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed: select the text instead';
      }
      setTimeout(() => (button.innerHTML = label), 2000);
    });
  }
}
