/**
 * Search results a page at a time: the list ends in a "more results" button, which the reader can
 * press, or reach by scrolling (infinite scroll, armed only once the reader scrolls, so a tall
 * screen does not load every page at once). Only the results shown have their data downloaded.
 * A keyboard or screen-reader user who asks for more lands on the first new result; the status
 * line (a live region) says how many are shown.
 */

/** What the pager needs from the search page. */
export interface PagerOptions {
  list: HTMLOListElement;
  /** The button's label for the next `count` results. */
  moreLabel: (count: number) => string;
  /** Asks for the next page; `focus` when the reader pressed the button, so the first new result takes focus. */
  onMore: (focus: boolean) => void;
}

/** Draws pages of results into the list, with the button and the scroll watch that ask for the next one. */
export class ResultPager {
  readonly #options: PagerOptions;
  #observer: IntersectionObserver | undefined;
  #arm: (() => void) | undefined;
  #shown = new Set<string>();

  constructor(options: PagerOptions) {
    this.#options = options;
  }

  /** Replaces the list with the first page of a search; `remaining` results are left to show. */
  show(items: readonly HTMLLIElement[], keys: readonly string[], remaining: number, pageSize: number): void {
    this.#stopWatching();
    this.#shown = new Set(keys);
    this.#options.list.replaceChildren(...items);
    this.#addMore(remaining, pageSize);
  }

  /**
   * Adds the results of the next page that are not shown yet (given all results up to it, with
   * their keys); the first new one takes focus when `focus`. Returns how many were added.
   */
  append(items: readonly HTMLLIElement[], keys: readonly string[], remaining: number, pageSize: number, focus: boolean): number {
    this.#stopWatching();
    this.#options.list.querySelector(':scope > li.more')?.remove();
    const fresh = items.filter((_, i) => !this.#shown.has(keys[i] ?? ''));
    for (const key of keys) this.#shown.add(key);
    this.#options.list.append(...fresh);
    this.#addMore(remaining, pageSize);
    if (focus) fresh[0]?.querySelector<HTMLElement>('h2 a')?.focus();
    return fresh.length;
  }

  #addMore(remaining: number, pageSize: number): void {
    if (remaining <= 0) return;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'more-results', textContent: this.#options.moreLabel(Math.min(pageSize, remaining)) });
    let asked = false;
    const ask = (focus: boolean) => {
      if (asked) return;
      asked = true;
      this.#stopWatching();
      this.#options.onMore(focus);
    };
    button.addEventListener('click', () => ask(true));
    const item = document.createElement('li');
    item.className = 'more';
    item.append(button);
    this.#options.list.append(item);
    // Infinite scroll: once the reader scrolls, reaching the button loads the next page, and the
    // reader keeps their place. Not while the button has focus: a keyboard user who tabs to it
    // (which scrolls it into view) decides by pressing it.
    if (typeof IntersectionObserver === 'undefined') return;
    this.#arm = () => {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting) && document.activeElement !== button) ask(false);
      }, { rootMargin: '0px 0px 25% 0px' });
      this.#observer.observe(item);
    };
    window.addEventListener('scroll', this.#arm, { once: true, passive: true });
  }

  #stopWatching(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#arm) window.removeEventListener('scroll', this.#arm);
    this.#arm = undefined;
  }
}
