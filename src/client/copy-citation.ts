/** Gives each citation (a `dd` of `.citation-styles`) a copy button, which copies its plain text and confirms it in the button. */
export function enhanceCopyButtons(root: Document): void {
  if (!navigator.clipboard) return;
  for (const citation of root.querySelectorAll<HTMLElement>('.citation-styles dd')) {
    const text = citation.textContent ?? '';
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'citation__copy';
    const label = () => {
      const hidden = root.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` the ${citation.previousElementSibling?.textContent?.trim() ?? ''}`;
      button.replaceChildren('Copy', hidden);
    };
    label();
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed: select the text instead';
      }
      setTimeout(label, 2000);
    });
    citation.prepend(button);
  }
}
