import { z } from 'astro/zod';
import { plainReference, text } from './fields.ts';
import { publicAddressProblem } from '../lib/site-address.ts';
import type { InterfaceLanguage } from '../lib/i18n/locales.ts';

/** The file of the site's settings, from the project root. */
export const siteSettingsFile = 'content/site.yaml';

/** The kinds of image the logo may be. */
export const logoExtensions = ['.svg', '.png'] as const;

/** A text in each interface language: English, and Russian and Kazakh when they differ. */
function inEachLanguage(what: string) {
  return z.object({
    en: text.describe(`${what} in English.`),
    ru: text.optional().describe(`${what} in Russian; pages in Russian show the English one when it is left out.`),
    kk: text.optional().describe(`${what} in Kazakh; pages in Kazakh show the English one when it is left out.`),
  } satisfies Record<InterfaceLanguage, z.ZodType>).strict();
}

/** The archive's address as its public pages name it. */
const publicAddress = z.string().superRefine((value, ctx) => {
  const problem = publicAddressProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The logo's file name in content/. */
const logoFile = text.superRefine((value, ctx) => {
  if (value.includes('/') || value.includes('\\')) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is a path; put the logo file in content/, next to site.yaml, and write its name only, e.g. logo.svg` });
  } else if (!logoExtensions.some((extension) => value.toLowerCase().endsWith(extension))) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an ${logoExtensions.join(' or ')} file; save the logo as SVG (best) or PNG` });
  }
});

/** The site's settings (content/site.yaml): its name, address, publishers and logo, used on every page. */
export const siteSettingsSchema = z.object({
  name: inEachLanguage('The archive\'s name, shown in the header, in every page\'s title and in feeds and link previews,').describe(
    'The archive\'s name in each language, e.g. en: Briefing archive.',
  ),
  url: publicAddress.optional().describe(
    'The archive\'s public address, starting with https://, e.g. https://bureau.kz/archive/ (a path after the domain publishes the archive under it; between its slashes only Latin letters, digits and - _ . ~). Canonical links, citations, feeds and the sitemap name it. Leave it out until the archive has one: npm start and npm run dev work without it, but npm run build then stops and asks for it (or for SITE_URL=... for one build).',
  ),
  organisations: z.array(plainReference('organisations')).min(1).describe(
    'The organisations whose archive this is, as file names in content/organisations/, e.g. [iphr, kibhr]. The header, the footer and the home page name them and link to their pages.',
  ),
  logo: logoFile.describe(
    'The archive\'s logo: the name of an .svg (best) or .png file in content/, next to this file, e.g. logo.svg. Shown beside the archive\'s name in the header and on the home page; a square image works best.',
  ),
}).strict();

/** The site's settings as the schema outputs them. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;
