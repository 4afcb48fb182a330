/**
 * "Cite this": each copy button copies its citation, as formatted text (italics and links kept
 * where the editor takes HTML, as word processors do) and as plain text. A button shows only where
 * the Clipboard API is there to use; without it, or without JavaScript, the citation is text to
 * select. The block's status line (role="status") says what was copied, for everyone. A link to
 * the block (`#cite-this`, as translations give) opens it.
 */
for (const block of document.querySelectorAll<HTMLDetailsElement>('details.cite-this')) {
  if (block.id && window.location.hash === `#${block.id}`) block.open = true;
  const status = block.querySelector<HTMLElement>('.cite-status');
  for (const button of block.querySelectorAll<HTMLButtonElement>('button.copy-citation')) {
    const citation = document.getElementById(button.dataset.copy ?? '');
    if (!citation || !status || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      copy(citation).then(
        () => announce(status, button.dataset.copied ?? ''),
        () => announce(status, button.dataset.failed ?? ''),
      );
    });
  }
}

/** Puts the citation on the clipboard, as HTML and plain text where the browser takes both. */
async function copy(citation: HTMLElement): Promise<void> {
  const text = citation.innerText.trim();
  if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([citation.innerHTML.trim()], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** Shows and announces a message, again even when it is the same as the last one. */
function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}
