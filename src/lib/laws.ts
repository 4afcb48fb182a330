import type { Law } from '../schemas/laws.ts';

const codeNames: Record<Law['code'], string> = {
  'criminal-code': 'Criminal Code',
  'administrative-code': 'Administrative Code',
  'criminal-code-1997': 'Criminal Code (1997)',
  'administrative-code-2001': 'Administrative Code (2001)',
};

/** The name readers know an article by: "Criminal Code, Article 405". */
export function lawLabel(law: Pick<Law, 'code' | 'article'>): string {
  return `${codeNames[law.code]}, Article ${law.article}`;
}

/** Looks up article labels by law id ("Criminal Code, Article 405"); unknown ids are shown as they are. */
export function lawLabeller(laws: Array<{ id: string; data: Pick<Law, 'code' | 'article'> }>): (id: string) => string {
  const byId = new Map(laws.map((law) => [law.id, law.data]));
  return (id) => {
    const law = byId.get(id);
    return law ? lawLabel(law) : id;
  };
}

/** How lists name an article's code; the Criminal Code, under which most people are charged, goes unnamed. */
const codePrefixes: Record<Law['code'], string> = {
  'criminal-code': '',
  'administrative-code': 'Administrative Code ',
  'criminal-code-1997': 'Criminal Code (1997) ',
  'administrative-code-2001': 'Administrative Code (2001) ',
};

/** An article by number and name, for lists, filters and charts: "Art. 405 — Banned extremist organisation". */
export function lawShortLabel(law: Pick<Law, 'code' | 'article' | 'title' | 'shortTitle'>): string {
  return `${codePrefixes[law.code]}Art. ${law.article} — ${law.shortTitle ?? law.title}`;
}

/** Looks up short article labels by law id (see lawShortLabel); unknown ids are shown as they are. */
export function lawShortLabeller(laws: Array<{ id: string; data: Pick<Law, 'code' | 'article' | 'title' | 'shortTitle'> }>): (id: string) => string {
  const byId = new Map(laws.map((law) => [law.id, law.data]));
  return (id) => {
    const law = byId.get(id);
    return law ? lawShortLabel(law) : id;
  };
}

/** Why a briefing is listed on an article's page. */
export interface LawDiscussion<B> {
  briefing: B;
  /** Labels of the footnotes that cite the article's text. */
  notes: string[];
  /** Ids of the cases the briefing discusses that were charged under the article. */
  cases: string[];
}

/**
 * The briefings that discuss an article: those whose footnotes cite the article's text (one of
 * `addresses`: its `url`, or `source:<id>` of a source record of that text), and those that list
 * a case charged under it (`chargedCases`). In the order given.
 */
export function briefingsDiscussingLaw<B extends { data: { cases: Array<{ id: string }> } }>(
  briefings: B[],
  addresses: ReadonlySet<string>,
  chargedCases: ReadonlySet<string>,
  notesOf: (briefing: B) => ReadonlyArray<{ label: string; cites: ReadonlyArray<{ url: string }> }>,
): Array<LawDiscussion<B>> {
  const found: Array<LawDiscussion<B>> = [];
  for (const briefing of briefings) {
    const cases = [...new Set(briefing.data.cases.map((c) => c.id))].filter((id) => chargedCases.has(id));
    const notes = addresses.size === 0 ? [] : notesOf(briefing).filter((note) => note.cites.some((cite) => addresses.has(cite.url))).map((note) => note.label);
    if (cases.length > 0 || notes.length > 0) found.push({ briefing, notes, cases });
  }
  return found;
}
