/**
 * The rules for content/site.yaml, the one file of settings staff edit: its schema, that its
 * organisations exist and that its logo is there. `npm run check`, the build and the site's
 * pages all read the settings through these rules.
 */
import { logoExtensions, siteSettingsFile, siteSettingsSchema, type SiteSettings } from '../schemas/site.ts';
import type { InterfaceLanguage } from '../lib/i18n/locales.ts';
import { unknownIdMessage } from './rules/references.ts';
import { formatFieldPath, type Problem } from '../lib/problems.ts';
import { didYouMean } from '../lib/suggest.ts';
import { validateDocument } from './validate-schemas.ts';
import { lineInTable, type ParsedYaml } from '../lib/yaml-lines.ts';

/** What the rules need to know of the rest of content/. */
export interface SiteSettingsContext {
  /** The ids of content/organisations/. */
  organisationIds: ReadonlySet<string>;
  /** The names of the files directly in content/ (where the logo lives). */
  contentFiles: readonly string[];
}

/** The settings when they pass every rule, and the problems otherwise. */
export interface SiteSettingsResult {
  settings?: SiteSettings;
  problems: Problem[];
}

const missingFile = `is missing; create it with the archive's name, its organisations and its logo (see "The site's settings" in content/README.md):
  name:
    en: Briefing archive
  organisations: [iphr, kibhr]
  logo: logo.svg`;

/**
 * Checks content/site.yaml as parsed (undefined when there is no such file) against its schema
 * and the rest of content/.
 */
export function checkSiteSettings(parsed: ParsedYaml | undefined, context: SiteSettingsContext): SiteSettingsResult {
  const file = siteSettingsFile;
  if (!parsed) return { problems: [{ file, message: missingFile, rule: 'settings' }] };
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const lineOf = (field: ReadonlyArray<PropertyKey>) => lineInTable(parsed.lines, field);
  const { data, problems } = validateDocument({ path: file, data: parsed.data, lineOf }, siteSettingsSchema);
  if (!data) return { problems };
  const settings = data as SiteSettings;
  const ids = { ids: new Map([['organisations' as const, new Set(context.organisationIds)]]) };
  settings.organisations.forEach(({ id }, index) => {
    if (context.organisationIds.has(id)) return;
    const path = ['organisations', index];
    problems.push({ file, line: lineOf(path), field: formatFieldPath(path), message: unknownIdMessage(ids, 'organisations', id), rule: 'references' });
  });
  if (!context.contentFiles.includes(settings.logo)) {
    const images = context.contentFiles.filter((name) => logoExtensions.some((extension) => name.toLowerCase().endsWith(extension)));
    const known = images.length > 0 ? `${didYouMean(settings.logo, images)}images in content/: ${images.join(', ')}` : 'content/ holds no .svg or .png file';
    problems.push({ file, line: lineOf(['logo']), field: 'logo', message: `"${settings.logo}" is not in content/; put the logo file there or correct the name (${known})`, rule: 'settings' });
  }
  return problems.length > 0 ? { problems } : { settings, problems };
}

/** The archive's name in a language, or in English when the settings give none in it. */
export function siteName(settings: Pick<SiteSettings, 'name'>, lang: InterfaceLanguage): string {
  return settings.name[lang] ?? settings.name.en;
}
