import { logo, siteSettings } from 'virtual:briefings/site-settings';
import { entryHref } from './hrefs.ts';
import { collection } from './collections.ts';
import type { InterfaceLanguage } from '../lib/i18n/locales.ts';
import { siteName } from '../check/site-settings.ts';

/** One of the organisations whose archive this is, as the header, footer and home page name it. */
export interface PublishingOrganisation {
  id: string;
  name: string;
  /** The short name readers know (IPHR), or the full name when it has none. */
  shortName: string;
  href: string;
}

/** The site's settings (content/site.yaml) and its logo, for pages. */
export { logo, siteSettings };

/** The archive's name in a language (English when the settings give none in it). */
export function archiveName(lang: InterfaceLanguage): string {
  return siteName(siteSettings, lang);
}

/** The organisations whose archive this is, in the order content/site.yaml lists them. */
export async function publishingOrganisations(): Promise<PublishingOrganisation[]> {
  const organisations = new Map((await collection('organisations')).map((o) => [o.id, o]));
  return siteSettings.organisations.map(({ id }) => {
    const organisation = organisations.get(id);
    // The check refuses an id that does not exist, so this means the check did not run.
    if (!organisation) throw new Error(`content/site.yaml: organisations: "${id}" is not in content/organisations/; run npm run check`);
    return { id, name: organisation.data.name, shortName: organisation.data.abbreviation ?? organisation.data.name, href: entryHref('organisations', id) };
  });
}
