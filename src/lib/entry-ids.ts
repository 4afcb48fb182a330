import GithubSlugger from 'github-slugger';
import { toLatin } from './name-folding.ts';

/**
 * The id (and URL slug) of an entry, from its path inside the collection folder:
 * `max-bokayev.mdx` becomes `max-bokayev`. Astro's loader and the check command both use it.
 */
export function entryIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./]+$/, '');
  return withoutExtension
    .split('/')
    .map((segment) => new GithubSlugger().slug(segment))
    .join('/');
}

/** An id as the archive writes it: lowercase a–z and digits, words joined by single hyphens. */
const CLEAN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** True when a file name (without its extension) can be an id as it is. */
export function isCleanId(name: string): boolean {
  return CLEAN_ID.test(name);
}

/** Characters that take no room on screen: variation selectors (an emoji's U+FE0F), zero-width spaces and joiners, byte-order marks. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A valid id made from any text (a file name, a title, a refused id): Cyrillic written in Latin
 * letters (`Қазақстан: Бокаев` → `kazakstan-bokaev`), accents and invisible characters dropped,
 * lower case, one hyphen between words, at most `max` characters and cut at a hyphen where it can
 * be. Empty when nothing that can be written in Latin letters is left.
 */
export function suggestId(text: string, max = 60): string {
  const latin = toLatin(text.replace(INVISIBLE, '').normalize('NFKC')).normalize('NFKD').replace(/\p{M}/gu, '');
  const id = latin.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  if (id.length <= max) return id;
  const cut = id.slice(0, max + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : id.slice(0, max)).replace(/-+$/u, '');
}

/** A character's code point as Unicode writes it: `U+FE0F`. */
function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A file name as a report quotes it, with each invisible character written out: `emoji<U+FE0F>`. */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE, (c) => `<${codePoint(c)}>`);
}

/** What the invisible characters file names pick up most often are called. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'soft hyphen', '\u200B': 'zero-width space', '\u200C': 'zero-width non-joiner', '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner', '\uFE0E': 'variation selector', '\uFE0F': 'variation selector', '\uFEFF': 'byte-order mark',
};

function listed(chars: Iterable<string>): string {
  return [...new Set(chars)].slice(0, 5).map((c) => `"${c}"`).join(', ');
}

/**
 * What keeps a file name (without its extension) from being an id, in words: capital letters,
 * underscores, spaces, invisible characters, letters outside a–z, other punctuation, stray hyphens.
 * Empty when the name is clean.
 */
export function idFaults(name: string): string[] {
  const faults: string[] = [];
  const invisible = name.match(INVISIBLE) ?? [];
  if (invisible.length > 0) {
    const codes = [...new Set(invisible)].map((c) => (INVISIBLE_NAMES[c] ? `${codePoint(c)}, a ${INVISIBLE_NAMES[c]}` : codePoint(c)));
    const emoji = invisible.some((c) => /[\uFE00-\uFE0F\u200D]/u.test(c)) ? ', left by an emoji' : '';
    faults.push(`${invisible.length === 1 ? 'an invisible character' : 'invisible characters'} (${codes.join(', ')}${emoji})`);
  }
  const visible = name.replace(INVISIBLE, '');
  if (/[/\\]/u.test(visible)) faults.push('a slash, which would make a folder');
  const capitals = visible.match(/\p{Lu}/gu) ?? [];
  if (capitals.length > 0) faults.push(`capital letters (${listed(capitals)})`);
  const foreign = (visible.match(/[\p{L}\p{N}]/gu) ?? []).filter((c) => !/[a-zA-Z0-9]/u.test(c) && !/\p{Lu}/u.test(c));
  if (foreign.length > 0) faults.push(`letters outside a–z (${listed(foreign)})`);
  if (visible.includes('_')) faults.push('underscores');
  if (/\s/u.test(visible)) faults.push('spaces');
  const emojis = visible.match(/\p{Extended_Pictographic}/gu) ?? [];
  if (emojis.length > 0) faults.push(`emoji (${listed(emojis)})`);
  const other = (visible.match(/[^\p{L}\p{N}\s_\-/\\\p{Extended_Pictographic}]/gu) ?? []);
  if (other.length > 0) faults.push(`punctuation (${listed(other)})`);
  if (/^-|-$/u.test(visible)) faults.push('a hyphen at its start or end');
  if (visible.includes('--')) faults.push('two hyphens in a row');
  if (faults.length === 0 && !isCleanId(name)) faults.push('no letters or digits');
  return faults;
}

/** Why `id` cannot be the name of a file in content/ (as "it has ..."), or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (isCleanId(id)) return undefined;
  if (id === '') return 'it is empty';
  const faults = idFaults(id);
  return `it has ${faults.length > 1 ? `${faults.slice(0, -1).join(', ')} and ${faults.at(-1) ?? ''}` : (faults[0] ?? 'no letters or digits')}`;
}
