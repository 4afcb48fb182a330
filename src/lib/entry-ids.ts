import GithubSlugger from 'github-slugger';

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
