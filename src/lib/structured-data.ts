/**
 * schema.org JSON-LD for search engines: a `Report` per briefing, a `Person` per case profile
 * (an `Organization` for a union, NGO or outlet), an `Organization` per organisation. Each names
 * the others by their archive address (`@id`), so the relations between them can be followed.
 */
import type { PartialDate } from './dates.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** An entry of the archive as JSON-LD names it: its name and its absolute address. */
export interface LinkedEntry {
  name: string;
  url: string;
}

/** A case as JSON-LD needs it. */
export interface CaseFacts extends LinkedEntry {
  kind: 'person' | 'group';
  roles: readonly string[];
  aliases?: readonly string[];
  summary?: string;
}

const CONTEXT = 'https://schema.org';
const ORGANISATION_ROLES = new Set(['ngo', 'trade-union', 'religious-community', 'media-outlet']);

/** The schema.org type of a case: a Person, an Organization for a group that is one, else a Thing. */
export function caseType(kind: CaseFacts['kind'], roles: readonly string[]): 'Person' | 'Organization' | 'Thing' {
  if (kind === 'person') return 'Person';
  return roles.some((role) => ORGANISATION_ROLES.has(role)) ? 'Organization' : 'Thing';
}

const reference = (type: string, entry: LinkedEntry): JsonLd => ({ '@type': type, '@id': entry.url, name: entry.name, url: entry.url });

/** The `Report` of a briefing. */
export function reportJsonLd(facts: {
  name: string;
  url: string;
  datePublished: PartialDate;
  inLanguage: string;
  abstract: string;
  /** People named as its authors; when there are none, the organisations are the authors. */
  authors: readonly string[];
  organisations: readonly LinkedEntry[];
  publisher: string;
  reportNumber?: string | undefined;
  cases: readonly CaseFacts[];
  /** For a translation: the original report it translates. */
  translationOf?: LinkedEntry | undefined;
  /** For an original: its translations in other languages. */
  translations?: readonly LinkedEntry[] | undefined;
}): JsonLd {
  const organisations = facts.organisations.map((o) => reference('Organization', o));
  const publisher = facts.organisations.find((o) => o.name === facts.publisher);
  const people = facts.cases.filter((c) => caseType(c.kind, c.roles) === 'Person');
  const others = facts.cases.filter((c) => caseType(c.kind, c.roles) !== 'Person');
  return {
    '@context': CONTEXT,
    '@type': 'Report',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    datePublished: facts.datePublished,
    inLanguage: facts.inLanguage,
    abstract: facts.abstract,
    author: facts.authors.length > 0 ? facts.authors.map((name) => ({ '@type': 'Person', name })) : organisations,
    publisher: publisher ? reference('Organization', publisher) : { '@type': 'Organization', name: facts.publisher },
    ...(facts.reportNumber ? { reportNumber: facts.reportNumber } : {}),
    ...(people.length > 0 ? { about: people.map((c) => reference('Person', c)) } : {}),
    ...(others.length > 0 ? { mentions: others.map((c) => reference(caseType(c.kind, c.roles), c)) } : {}),
    ...(facts.translationOf ? { translationOfWork: reference('Report', facts.translationOf) } : {}),
    ...(facts.translations && facts.translations.length > 0 ? { workTranslation: facts.translations.map((t) => reference('Report', t)) } : {}),
  };
}

/** The `Person` (or group) of a case profile, with the reports that discuss it. */
export function caseJsonLd(facts: CaseFacts & { subjectOf: readonly LinkedEntry[] }): JsonLd {
  return {
    '@context': CONTEXT,
    ...reference(caseType(facts.kind, facts.roles), facts),
    ...(facts.aliases && facts.aliases.length > 0 ? { alternateName: [...facts.aliases] } : {}),
    ...(facts.summary ? { description: facts.summary } : {}),
    ...(facts.subjectOf.length > 0 ? { subjectOf: facts.subjectOf.map((r) => reference('Report', r)) } : {}),
  };
}

/** The `Organization` of an organisation page, with its own website as `sameAs`. */
export function organisationJsonLd(facts: LinkedEntry & {
  alternateNames: readonly string[];
  description: string;
  website?: string | undefined;
}): JsonLd {
  return {
    '@context': CONTEXT,
    ...reference('Organization', facts),
    ...(facts.alternateNames.length > 0 ? { alternateName: [...facts.alternateNames] } : {}),
    description: facts.description,
    ...(facts.website ? { sameAs: facts.website } : {}),
  };
}

/** The `WebSite` of the home page: the archive, named as in content/site.yaml, published by its organisations. */
export function websiteJsonLd(facts: LinkedEntry & { inLanguage: string; publishers: readonly LinkedEntry[] }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    inLanguage: facts.inLanguage,
    publisher: facts.publishers.map((o) => reference('Organization', o)),
  };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">` block. Every `<` is written as
 * `\u003c`, so no text in the data can close the element or open a comment.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
