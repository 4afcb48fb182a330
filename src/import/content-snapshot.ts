import type { CollectionName } from '../lib/collections.ts';
import type { ContentFile } from '../check/content-files.ts';
import { indexContent } from '../check/rules/content-index.ts';
import type { DocumentAddressMap } from '../lib/urls.ts';

/** What an existing source record says about its publisher, for new records from the same site. */
export interface SiteRecord {
  publisher?: string | undefined;
  kind?: string | undefined;
}

/** What the importer needs to know about the archive it imports into. */
export interface ContentSnapshot {
  /** Ids of every file per collection. */
  ids: Map<CollectionName, Set<string>>;
  /** Source ids by their `url` and `archived` addresses; any address of the same document finds the record. */
  sourceIdsByUrl: DocumentAddressMap<string>;
  /** The `url` and `archived` addresses of each source record, by id. */
  sourceAddresses: Map<string, { url?: string | undefined; archived?: string | undefined }>;
  /** What existing source records say, by site (host name without `www.`). */
  sourcesBySite: Map<string, SiteRecord[]>;
  /** Every case with its name and aliases. */
  cases: Array<{ id: string; name: string; spellings: string[] }>;
  /** Organisation names by id. */
  organisations: Map<string, string>;
}

/** The site of an address: its host name without `www.`, or undefined for something that is not an address. */
export function siteOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return undefined;
  }
}

function stringField(data: unknown, key: string): string | undefined {
  const value = (data as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Gathers the snapshot from the parsed files of `content/`. */
export function snapshotContent(files: ContentFile[]): ContentSnapshot {
  const { ids, sourceIdsByUrl } = indexContent(files, []);
  const sourcesBySite = new Map<string, SiteRecord[]>();
  const sourceAddresses: ContentSnapshot['sourceAddresses'] = new Map();
  const cases: ContentSnapshot['cases'] = [];
  const organisations = new Map<string, string>();
  for (const file of files) {
    if (file.collection === 'sources') {
      const url = stringField(file.data, 'url');
      sourceAddresses.set(file.id, { url, archived: stringField(file.data, 'archived') });
      const site = url ? siteOf(url) : undefined;
      if (site) sourcesBySite.set(site, [...(sourcesBySite.get(site) ?? []), { publisher: stringField(file.data, 'publisher'), kind: stringField(file.data, 'kind') }]);
    } else if (file.collection === 'cases') {
      const name = stringField(file.data, 'name');
      const aliases = (file.data as { aliases?: unknown }).aliases;
      const spellings = [name, ...(Array.isArray(aliases) ? aliases : [])].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
      cases.push({ id: file.id, name: name ?? file.id, spellings });
    } else if (file.collection === 'organisations') {
      organisations.set(file.id, stringField(file.data, 'name') ?? file.id);
    }
  }
  return { ids, sourceIdsByUrl, sourceAddresses, sourcesBySite, cases, organisations };
}
