/**
 * The editor's check panel (browser code): about once a second it reads the entry open in
 * Keystatic, its unsaved state included, asks /_editor/check what `npm run check` says about it,
 * and shows the problems in the check's words, what a draft still needs, and a preview of the page.
 *
 * Unsaved changes are read from Keystatic's own draft store in IndexedDB (database `keystatic`,
 * store `items`, key `['collection', name, slug]` or `['collection-create', name]`, value
 * `{ files: Map<path, Uint8Array> }`: `setDraft` in @keystatic/core 0.6.9, dist/keystatic-core-ui.js).
 * That store is internal to Keystatic: the version is pinned and tests/browser/editor.test.ts
 * exercises it.
 */

interface EntryRoute {
  collection: string;
  /** The slug of a saved entry; undefined on the "create" screen. */
  id?: string | undefined;
}

interface CheckAnswer {
  file: string | null;
  unsaved: boolean;
  draft: boolean;
  problems: string[];
  draftStatus?: { unfinished: Array<{ field: string; line?: number }>; waitsFor: string[] };
}

/** The entry a Keystatic address shows: `/keystatic/collection/cases/item/max-bokayev`. */
export function entryRoute(pathname: string): EntryRoute | undefined {
  const match = /^\/keystatic\/collection\/([^/]+)\/(?:item\/(.+?)|create)\/?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  return { collection: decodeURIComponent(match[1]), id: match[2] ? decodeURIComponent(match[2]) : undefined };
}

/** The address of an entry's page on the site (a translation's id starts with its language). */
export function previewAddress(route: EntryRoute): string | undefined {
  if (!route.id) return undefined;
  if (route.collection === 'translations') {
    const [language, ...rest] = route.id.split('/');
    return `/${language}/briefings/${rest.join('/')}/`;
  }
  return `/${route.collection}/${route.id}/`;
}

function draftKey(route: EntryRoute): string[] {
  return route.id ? ['collection', route.collection, route.id] : ['collection-create', route.collection];
}

/** The unsaved files Keystatic keeps for an entry, or undefined when it has none. */
function readDraft(key: string[]): Promise<Map<string, Uint8Array> | undefined> {
  return new Promise((resolve) => {
    const open = indexedDB.open('keystatic');
    // Opening creates a missing database: abort that, or Keystatic would later find it without its stores.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('items')) {
        db.close();
        resolve(undefined);
        return;
      }
      const get = db.transaction('items').objectStore('items').get(key);
      get.onsuccess = () => {
        db.close();
        resolve((get.result as { files?: Map<string, Uint8Array> } | undefined)?.files);
      };
      get.onerror = () => {
        db.close();
        resolve(undefined);
      };
    };
  });
}

function element(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function render(panel: HTMLElement, answer: CheckAnswer): void {
  const parts: HTMLElement[] = [];
  parts.push(element('p', `${answer.file ?? 'New entry'}${answer.unsaved ? ' — unsaved changes' : ''}`));
  if (answer.problems.length === 0) {
    parts.push(element('p', answer.file ? 'The check finds no problems in this entry.' : 'Fill in the fields to see what the check says.', 'ok'));
  } else {
    const one = answer.problems.length === 1;
    const saving = answer.draft ? ` (a draft may be saved with ${one ? 'it' : 'them'})` : `; the entry cannot be saved until ${one ? 'it is' : 'they are'} fixed, or "draft" is ticked`;
    parts.push(element('p', `The check finds ${one ? 'a problem' : `${answer.problems.length} problems`}${saving}:`, 'bad'));
    const list = document.createElement('ul');
    list.className = 'problems';
    for (const line of answer.problems) list.append(element('li', line));
    parts.push(list);
  }
  if (answer.draft) {
    const unfinished = answer.draftStatus?.unfinished.map((u) => u.field) ?? [];
    parts.push(element('p', unfinished.length
      ? `Draft: not published. Still to fill in: ${unfinished.join(', ')}.`
      : 'Draft: not published. Nothing is left to fill in: untick "draft" to publish it.', 'draft'));
    if (answer.draftStatus?.waitsFor.length) parts.push(element('p', `Publish it together with: ${answer.draftStatus.waitsFor.join(', ')}.`, 'draft'));
  }
  panel.replaceChildren(...parts);
}

/** Starts the panel: checks the open entry about once a second, and reloads the preview after a save. */
export function startCheckPanel(): void {
  const panel = document.getElementById('check-panel');
  const preview = document.getElementById('preview') as HTMLIFrameElement | null;
  if (!panel || !preview) return;
  const decoder = new TextDecoder();
  let last = '';
  let lastUnsaved = false;
  let previewFor = '';
  const tick = async () => {
    const route = entryRoute(location.pathname);
    if (!route) {
      if (last !== '') panel.replaceChildren(element('p', 'Open an entry to see what the check says about it.'));
      last = '';
      preview.hidden = true;
      return;
    }
    const files = await readDraft(draftKey(route));
    const [path, bytes] = [...(files ?? new Map<string, Uint8Array>())].find(([p]) => /\.(mdx|ya?ml)$/.test(p)) ?? [];
    const question = JSON.stringify({ collection: route.collection, id: route.id, ...(path && bytes ? { path, text: decoder.decode(bytes) } : {}) });
    if (question === last) return;
    last = question;
    const response = await fetch('/_editor/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: question });
    if (!response.ok) {
      panel.replaceChildren(element('p', `The check could not run: ${await response.text()}`, 'bad'));
      return;
    }
    const answer = (await response.json()) as CheckAnswer;
    render(panel, answer);
    const address = previewAddress(route);
    const saved = Boolean(address && answer.file && !(answer.unsaved && !route.id));
    if (address && saved && (previewFor !== address || (lastUnsaved && !answer.unsaved))) {
      preview.src = address;
      previewFor = address;
    }
    preview.hidden = !(address && saved);
    lastUnsaved = answer.unsaved;
  };
  const loop = () => {
    tick().catch(() => undefined).finally(() => setTimeout(loop, 1000));
  };
  loop();
}
