/**
 * The contents box is a <details>, closed in the page so that phones show only its summary line.
 * Where the stylesheet shows it open before this runs (wide screens, `::details-content`), this
 * opens it for real, so that its state, as screen readers announce it, matches what is seen and
 * its summary closes it as expected.
 */
for (const contents of document.querySelectorAll<HTMLDetailsElement>('.toc > details')) {
  contents.open = getComputedStyle(contents).getPropertyValue('--toc-open').trim() === '1';
  contents.dataset['ready'] = '';
}

export {};
