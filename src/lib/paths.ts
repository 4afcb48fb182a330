/** Joins the site's base path and a path inside the site, so links work under any mirror's sub-path. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

/** The path of an entry's page inside the site: `cases/max-bokayev/`. */
export function entryPath(collection: string, id: string): string {
  return `${collection}/${id}/`;
}
