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

/** What an id (a file name in content/ without its extension) is made of: lower-case ASCII words and numbers joined by single hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Why `id` cannot be the name of a file in content/ (as "it has ..."), or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (ID.test(id)) return undefined;
  if (id === '') return 'it is empty';
  if (/[/\\]/u.test(id)) return 'it has a slash, which would make a folder';
  if (/[A-Z]/u.test(id)) return 'it has capital letters';
  const others = [...new Set(id.replace(/[a-z0-9-]/gu, ''))];
  if (others.length > 0) return `it has characters other than a-z, 0-9 and -: ${others.map((c) => JSON.stringify(c)).join(', ')}`;
  if (/^-|-$/u.test(id)) return 'it starts or ends with a hyphen';
  return 'it has two hyphens in a row';
}

/**
 * A valid id made from any text (a title, a refused id), in Latin letters, at most `max`
 * characters and cut at a hyphen where it can be: `Қазақстан: Бокаев` → `kazakstan-bokaev`.
 * Empty when the text has no letter or digit that can be written in Latin letters.
 */
export function suggestId(text: string, max = 60): string {
  const id = toLatin(text).normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  if (id.length <= max) return id;
  const cut = id.slice(0, max + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : id.slice(0, max)).replace(/-+$/u, '');
}
