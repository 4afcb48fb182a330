/**
 * Footnote previews: hovering or focusing a footnote mark shows the note (its text and the sources
 * it cites) beside the mark. Without JavaScript the mark stays a link to the note; screen readers
 * hear the same note through the mark's aria-describedby. Escape closes the preview.
 */
const preview = document.createElement('div');
preview.className = 'footnote-preview';
preview.setAttribute('role', 'tooltip');
preview.hidden = true;
document.body.append(preview);

let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function noteFor(mark: HTMLAnchorElement): HTMLElement | null {
  const id = mark.getAttribute('aria-describedby');
  return id ? document.getElementById(id) : null;
}

function show(mark: HTMLAnchorElement): void {
  const note = noteFor(mark);
  if (!note) return;
  window.clearTimeout(hideTimer);
  current = mark;
  preview.replaceChildren(...Array.from(note.cloneNode(true).childNodes));
  preview.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  preview.hidden = false;
  const rect = mark.getBoundingClientRect();
  const width = Math.min(448, document.documentElement.clientWidth - 16);
  preview.style.width = `${width}px`;
  const left = Math.max(8, Math.min(rect.left + window.scrollX - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
  preview.style.left = `${left}px`;
  preview.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

function hide(): void {
  preview.hidden = true;
  current = undefined;
}

function markOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-footnote-ref]') : null;
}

document.addEventListener('mouseover', (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else if (event.target instanceof Node && preview.contains(event.target)) window.clearTimeout(hideTimer);
});
document.addEventListener('mouseout', (event) => {
  if (markOf(event.target) || (event.target instanceof Node && preview.contains(event.target))) hideSoon();
});
document.addEventListener('focusin', (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else if (current) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !preview.hidden) {
    hide();
  }
});
