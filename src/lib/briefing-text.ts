import type { Root } from 'mdast';
import { caseMentions, type CaseMention } from './case-mentions.ts';
import { collectFootnotes, type NoteCitations } from './footnotes.ts';
import { recommendationsOf, type RecommendationBlock } from './recommendations.ts';

/** What pages need from a briefing's text: its footnotes with the addresses they cite, its case mentions and its recommendations. */
export interface BriefingText {
  notes: NoteCitations[];
  mentions: Array<Omit<CaseMention, 'node'>>;
  recommendations: RecommendationBlock[];
}

/** Reads a text's footnotes, case mentions and recommendations from its syntax tree, as plain data that can be stored with the entry. */
export function briefingTextOf(tree: Root): BriefingText {
  return {
    // Only what pages read: the data store holds this for every text of the archive.
    notes: collectFootnotes(tree).notes.map(({ label, cites }) => ({ label, cites: cites.map(({ url }) => ({ url })) })),
    mentions: caseMentions(tree).map(({ node: _node, ...mention }) => mention),
    recommendations: recommendationsOf(tree),
  };
}
