import { getEntries, type CollectionEntry } from 'astro:content';
import { briefingFactsOf, briefingRecord, type BriefingFacts } from '../../lib/citations/briefing-record.ts';
import type { CslItem } from '../../lib/citations/csl.ts';
import { sourceRecord } from '../../lib/citations/source-record.ts';
import { interfaceLanguageOf } from '../../lib/i18n/locales.ts';
import { translator, type StringKey } from '../../lib/i18n/translator.ts';
import { translationPagePath } from '../../lib/translations.ts';
import { absoluteHref, entryUrl } from '../hrefs.ts';

/** What a briefing's citations are made of: its frontmatter, its organisations' names, its address. */
export async function briefingFacts(briefing: CollectionEntry<'briefings'>, site: URL | undefined): Promise<BriefingFacts> {
  const organisations = await getEntries(briefing.data.organisations);
  return briefingFactsOf(briefing.id, briefing.data, organisations.map((o) => o.data.name), entryUrl('briefings', briefing.id, site));
}

/**
 * What the page of a translation of a briefing is cited as: the briefing's facts (organisations,
 * date, publisher, number) with the translation's title, subtitle, summary, language and address,
 * and the kind in that language.
 */
export async function translationFacts(translation: CollectionEntry<'translations'>, briefing: CollectionEntry<'briefings'>, site: URL | undefined): Promise<BriefingFacts> {
  const { title, subtitle, summary, language } = translation.data;
  return {
    ...(await briefingFacts(briefing, site)),
    title,
    subtitle,
    summary,
    language,
    kindLabel: translator(interfaceLanguageOf(language))(`kind.${briefing.data.kind}` as StringKey),
    url: absoluteHref(translationPagePath(translation), site),
  };
}

/** The CSL-JSON record of a briefing, from which every one of its citations is written. */
export async function briefingCitation(briefing: CollectionEntry<'briefings'>, site: URL | undefined): Promise<CslItem> {
  return briefingRecord(await briefingFacts(briefing, site));
}

/** The CSL-JSON record of a source. */
export function sourceCitation(source: CollectionEntry<'sources'>): CslItem {
  return sourceRecord(source.id, source.data);
}
