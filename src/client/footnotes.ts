/**
 * Footnotes beside the text. Where the stylesheet leaves room for them (`.sidenotes` is shown on
 * wide screens), each note is set in the right margin level with its first mark, pushed down
 * only as far as needed not to overlap the note above; the notes are absolutely placed, so the
 * text never moves. Elsewhere, a tap (or Enter) on a mark opens the note in place, just after the
 * mark, with a close button; Escape or a second tap closes it. Without JavaScript a mark stays a
 * link to the note in the list; screen readers hear the note through the mark's aria-describedby
 * either way (the copies beside the text are hidden from them).
 */
const prose = document.querySelector<HTMLElement>('.prose');
const marks = prose ? Array.from(prose.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref][aria-describedby]')) : [];

/** The note a mark describes (its text and sources, without the back-link). */
function noteOf(mark: HTMLAnchorElement): HTMLElement | null {
  return document.getElementById(mark.getAttribute('aria-describedby') ?? '');
}

/** A copy of a note's content, with no ids (they belong to the list) and, if asked, no tab stops. */
function copyOf(note: HTMLElement, focusable: boolean): DocumentFragment {
  const copy = document.createDocumentFragment();
  for (const child of Array.from(note.childNodes)) copy.append(child.cloneNode(true));
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  if (!focusable) copy.querySelectorAll('a').forEach((a) => a.setAttribute('tabindex', '-1'));
  return copy;
}

// ----- Sidenotes, on wide screens -----

const column = document.createElement('div');
column.className = 'sidenotes';
column.setAttribute('aria-hidden', 'true');
const sidenotes = new Map<string, HTMLElement>();
for (const mark of marks) {
  const note = noteOf(mark);
  if (!note || sidenotes.has(note.id)) continue;
  const sidenote = document.createElement('div');
  sidenote.className = 'sidenote';
  const number = document.createElement('span');
  number.className = 'sidenote-number';
  number.textContent = `${mark.textContent ?? ''}.`;
  sidenote.append(number, ' ', copyOf(note, false));
  sidenotes.set(note.id, sidenote);
  column.append(sidenote);
}
if (prose && sidenotes.size > 0) prose.append(column);

/** Whether the stylesheet shows notes in the margin at this width. */
const inMargin = () => column.isConnected && getComputedStyle(column).display !== 'none';

/** The smallest gap between two notes in the margin, in pixels. */
const GAP = 12;

/** What the notes beside the text must end above: the notes list, or else the end of the text. */
const list = prose?.querySelector<HTMLElement>('section[data-footnotes]') ?? null;

function placeSidenotes(): void {
  if (!prose || !inMargin()) return;
  prose.style.removeProperty('padding-bottom');
  list?.style.removeProperty('margin-top');
  const origin = prose.getBoundingClientRect().top;
  let bottom = -Infinity;
  const placed = new Set<string>();
  for (const mark of marks) {
    const id = mark.getAttribute('aria-describedby') ?? '';
    const sidenote = sidenotes.get(id);
    if (!sidenote || placed.has(id)) continue;
    placed.add(id);
    // The line the mark sits on: the top of the superscript's box, less the mark's enlarged target.
    const line = (mark.parentElement ?? mark).getBoundingClientRect().top - origin;
    const top = Math.max(Math.round(line), bottom + GAP);
    sidenote.style.top = `${top}px`;
    bottom = top + sidenote.offsetHeight;
  }
  // Should the last notes run past the end of the text, what follows moves down to make room.
  if (list) {
    const overflow = bottom + GAP - (list.getBoundingClientRect().top - origin);
    if (overflow > 0) list.style.marginTop = `${parseFloat(getComputedStyle(list).marginTop) + overflow}px`;
  } else {
    const overflow = bottom + GAP - prose.offsetHeight;
    if (overflow > 0) prose.style.paddingBottom = `${overflow}px`;
  }
}

let frame = 0;
function placeSoon(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(placeSidenotes);
}

function highlight(mark: HTMLAnchorElement | null): void {
  for (const sidenote of sidenotes.values()) sidenote.classList.remove('is-current');
  if (mark) sidenotes.get(mark.getAttribute('aria-describedby') ?? '')?.classList.add('is-current');
}

// ----- Notes opened in place, elsewhere -----

const closeLabel = prose?.dataset['footnoteClose'] ?? 'Close note {number}';
let opened: { mark: HTMLAnchorElement; panel: HTMLElement } | undefined;

function closeNote(returnFocus: boolean): void {
  if (!opened) return;
  const { mark, panel } = opened;
  panel.remove();
  mark.setAttribute('aria-expanded', 'false');
  opened = undefined;
  if (returnFocus) mark.focus();
}

function openNote(mark: HTMLAnchorElement): void {
  const note = noteOf(mark);
  if (!note) return;
  closeNote(false);
  const number = mark.textContent ?? '';
  const panel = document.createElement('span');
  panel.className = 'footnote-inline';
  panel.id = `${note.id}-open`;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'footnote-close';
  close.setAttribute('aria-label', closeLabel.replace('{number}', number));
  close.textContent = '×';
  close.addEventListener('click', () => closeNote(true));
  const body = document.createElement('span');
  body.className = 'footnote-inline-body';
  const label = document.createElement('span');
  label.className = 'sidenote-number';
  label.textContent = `${number}.`;
  body.append(label, ' ', copyOf(note, true));
  panel.append(close, body);
  (mark.closest('sup') ?? mark).after(panel);
  mark.setAttribute('aria-expanded', 'true');
  mark.setAttribute('aria-controls', panel.id);
  opened = { mark, panel };
}

function markOf(target: EventTarget | null): HTMLAnchorElement | null {
  const mark = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-footnote-ref]') : null;
  return mark && marks.includes(mark) ? mark : null;
}

document.addEventListener('click', (event) => {
  const mark = markOf(event.target);
  if (!mark || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (inMargin()) {
    // A pointer click shows which note is the mark's; Enter from the keyboard (detail 0) still
    // goes to the note in the list, where its links can be reached.
    if (event.detail === 0) return;
    event.preventDefault();
    highlight(mark);
    return;
  }
  event.preventDefault();
  if (opened?.mark === mark) closeNote(false);
  else openNote(mark);
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !opened) return;
  const inside = document.activeElement === opened.mark || opened.panel.contains(document.activeElement);
  closeNote(inside);
});
for (const type of ['mouseover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    const mark = markOf(event.target);
    if (mark && inMargin()) highlight(mark);
  });
}

placeSidenotes();
if (prose) new ResizeObserver(placeSoon).observe(prose);
window.addEventListener('resize', () => {
  if (!inMargin()) highlight(null);
  else closeNote(false);
  placeSoon();
});

export {};
