import type { LanguageVersion } from './i18n/alternates.ts';
import { entryPath } from './paths.ts';
import { translationPath } from './i18n/locales.ts';

/** What the translation rules need of a translation entry (Astro's entries and raw data both fit). */
export interface TranslationEntry {
  data: { briefing: { id: string }; language: string };
}

/** What they need of a briefing. */
export interface BriefingEntry {
  id: string;
  data: { language: string };
}

/** Translations grouped by the briefing they translate. */
export function translationsByBriefing<T extends TranslationEntry>(translations: readonly T[]): Map<string, T[]> {
  const byBriefing = new Map<string, T[]>();
  for (const translation of translations) {
    const list = byBriefing.get(translation.data.briefing.id) ?? [];
    list.push(translation);
    byBriefing.set(translation.data.briefing.id, list);
  }
  for (const list of byBriefing.values()) list.sort((a, b) => a.data.language.localeCompare(b.data.language));
  return byBriefing;
}

/** The path of a translation's page: `ru/briefings/<briefing id>/`. */
export function translationPagePath(translation: TranslationEntry): string {
  return translationPath(translation.data.language, translation.data.briefing.id);
}

const byBriefingOf = new WeakMap<readonly TranslationEntry[], Map<string, TranslationEntry[]>>();

/**
 * Every language version of a briefing: the original first, then its translations, in their
 * order in `translations`. The list is grouped by briefing once, however many pages ask.
 */
export function briefingVersions(briefing: BriefingEntry, translations: readonly TranslationEntry[]): LanguageVersion[] {
  let byBriefing = byBriefingOf.get(translations);
  if (!byBriefing) {
    byBriefing = new Map();
    for (const translation of translations) {
      const list = byBriefing.get(translation.data.briefing.id) ?? [];
      list.push(translation);
      byBriefing.set(translation.data.briefing.id, list);
    }
    byBriefingOf.set(translations, byBriefing);
  }
  return [
    { lang: briefing.data.language, path: entryPath('briefings', briefing.id) },
    ...(byBriefing.get(briefing.id) ?? []).map((t) => ({ lang: t.data.language, path: translationPagePath(t) })),
  ];
}
