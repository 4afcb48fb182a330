import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collections, formatExtensions } from '../lib/collections.ts';
import { entryIdFromPath } from '../lib/entry-ids.ts';
import { resolveSiteAddress, type SiteAddress } from '../lib/site-address.ts';
import { checkSiteSettings, type SiteSettingsResult } from './site-settings.ts';
import { parseYaml, type ParsedYaml } from '../lib/yaml-lines.ts';
import { siteSettingsFile } from '../schemas/site.ts';

async function fileNamesIn(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Cannot read the folder ${directory}`, { cause: error });
  }
}

/** content/site.yaml of a project, parsed with the line of every field; undefined when there is none. `pending` text wins over the file. */
export async function readSiteSettingsFile(projectRoot: string, pending: ReadonlyMap<string, string> = new Map()): Promise<ParsedYaml | undefined> {
  let source = pending.get(siteSettingsFile);
  if (source === undefined) {
    try {
      source = await readFile(path.join(projectRoot, siteSettingsFile), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`Cannot read ${siteSettingsFile}`, { cause: error });
    }
  }
  return parseYaml(source, siteSettingsFile, 0);
}

/** The names of the files directly in a project's content/ folder (where the logo lives). */
export function contentFolderFiles(projectRoot: string): Promise<string[]> {
  return fileNamesIn(path.join(projectRoot, 'content'));
}

/**
 * Reads and checks a project's site settings on their own, as the build's configuration needs
 * them before any content is read; `npm run check` applies the same rules with the rest.
 */
export async function loadSiteSettings(projectRoot: string): Promise<SiteSettingsResult> {
  const extensions: readonly string[] = formatExtensions[collections.organisations.format];
  const organisations = (await fileNamesIn(path.join(projectRoot, 'content', collections.organisations.directory)))
    .filter((name) => extensions.includes(path.extname(name)))
    .map(entryIdFromPath);
  return checkSiteSettings(await readSiteSettingsFile(projectRoot), {
    organisationIds: new Set(organisations),
    contentFiles: await contentFolderFiles(projectRoot),
  });
}

/** The site's settings and the address a build names, from content/site.yaml and `SITE_URL` / `SITE_BASE`. */
export interface SiteConfiguration {
  loaded: SiteSettingsResult;
  address: SiteAddress;
}

/**
 * Reads the site's configuration as astro.config.mjs and the scripts that build (bundle, pdf)
 * need it: the settings, and the address `env` and the settings give. Throws when `SITE_URL` is
 * not an address to build with.
 */
export async function loadSiteConfiguration(projectRoot: string, env: Readonly<Record<string, string | undefined>>): Promise<SiteConfiguration> {
  const loaded = await loadSiteSettings(projectRoot);
  return { loaded, address: resolveSiteAddress({ siteUrl: env['SITE_URL'], siteBase: env['SITE_BASE'], settingsUrl: loaded.settings?.url }) };
}
