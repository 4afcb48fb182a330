/**
 * The cases directory's filter: narrows the grouped list by status, article, region and year.
 * Without JavaScript the form stays hidden and the full grouped list is shown.
 */
const form = document.querySelector<HTMLFormElement>('#case-filter');
if (form) {
  const items = Array.from(document.querySelectorAll<HTMLLIElement>('.case-group li[data-status]'));
  const groups = Array.from(document.querySelectorAll<HTMLElement>('.case-group'));
  const count = form.querySelector<HTMLElement>('.filter-count');
  const matches = (item: HTMLLIElement, data: FormData): boolean => {
    const value = (name: string) => String(data.get(name) ?? '');
    const has = (list: string | undefined, wanted: string) => !wanted || (list ?? '').split(' ').includes(wanted);
    return (
      (!value('status') || item.dataset.status === value('status')) &&
      has(item.dataset.laws, value('law')) &&
      (!value('region') || item.dataset.region === value('region')) &&
      has(item.dataset.years, value('year'))
    );
  };
  const apply = () => {
    const data = new FormData(form);
    let shown = 0;
    for (const item of items) {
      item.hidden = !matches(item, data);
      if (!item.hidden) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-status]:not([hidden])');
    if (count) count.textContent = `${shown} of ${items.length} cases shown.`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
}
