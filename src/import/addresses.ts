import type { FootnoteDefinition, Link, Root, RootContent, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { suggestRepair, urlProblem } from '../lib/urls.ts';

/** An address with more than one scheme, as copy-and-paste leaves it: `http://ttps://bureau.kz/...`. */
const DOUBLED_SCHEME = /(?<![\p{L}\p{N}/])(?:[a-z]{1,8}:\/\/+){2,}[^\s<>"]+/giu;
/** Punctuation that ends a sentence rather than an address. */
const TRAILING = /[.,;:!?)\]]+$/u;

/** How an address was treated, for the summary. */
export interface AddressRepair {
  from: string;
  to: string;
}

function where(note: string | undefined): string {
  return note === undefined ? 'in the text' : `in footnote ${note}`;
}

/** The repair of a doubled scheme, or undefined when the result would still not be a working address. */
function unambiguousRepair(url: string): string | undefined {
  const problem = urlProblem(url);
  if (!problem?.includes('second scheme')) return undefined;
  const repaired = suggestRepair(url);
  return urlProblem(repaired) === undefined ? repaired : undefined;
}

/** Text addresses with a doubled scheme are repaired before links are found, so the repaired address becomes the link. */
function repairTextAddresses(node: RootContent | Root, note: string | undefined, repairs: AddressRepair[], warnings: string[]): void {
  visit(node, 'text', (text: Text, _index, parent) => {
    if (parent?.type === 'link') return; // the link's own check repairs its words with its address
    text.value = text.value.replace(DOUBLED_SCHEME, (token) => {
      const trail = TRAILING.exec(token)?.[0] ?? '';
      const url = token.slice(0, token.length - trail.length);
      const repaired = unambiguousRepair(url);
      if (!repaired) return token;
      repairs.push({ from: url, to: repaired });
      warnings.push(`${where(note)}: the address ${url} is mistyped (it has a second scheme inside it) and was written as ${repaired}; open it to check that it works.`);
      return repaired + trail;
    });
  });
}

/** Links with a mistyped address are repaired when the repair is certain, otherwise flagged (and `npm run check` will refuse them). */
function checkLinks(node: RootContent | Root, note: string | undefined, repairs: AddressRepair[], warnings: string[]): void {
  visit(node, 'link', (link: Link) => {
    if (!/^https?:/iu.test(link.url) && !/^[a-z]{1,8}:\/\/+[a-z]{1,8}:\/\//iu.test(link.url)) return;
    const problem = urlProblem(link.url);
    if (!problem) return;
    const repaired = unambiguousRepair(link.url);
    if (!repaired) {
      warnings.push(`${where(note)}: ${problem}. It could not be repaired with certainty, so it was kept as written: correct it by hand.`);
      return;
    }
    if (toString(link) === link.url) link.children = [{ type: 'text', value: repaired }];
    repairs.push({ from: link.url, to: repaired });
    warnings.push(`${where(note)}: the address ${link.url} is mistyped (it has a second scheme inside it) and was written as ${repaired}; open it to check that it works.`);
    link.url = repaired;
  });
}

const linkify = gfmAutolinkLiteralFromMarkdown().transforms?.[0];

/**
 * Finds every address in the draft and makes it a link: bare addresses (with GFM's own rules for
 * where an address ends), `<https://...>` and `[words](address)` alike. Mistyped addresses are
 * repaired only when the repair is certain, and every repair or doubt is reported.
 */
export function fixAddresses(tree: Root, warnings: string[]): AddressRepair[] {
  const repairs: AddressRepair[] = [];
  const notes = tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');
  const body: Root = { type: 'root', children: tree.children.filter((n) => n.type !== 'footnoteDefinition') };
  for (const [node, label] of [[body, undefined] as const, ...notes.map((n) => [n, n.label ?? n.identifier] as const)]) {
    repairTextAddresses(node, label, repairs, warnings);
  }
  linkify?.(tree);
  for (const [node, label] of [[body, undefined] as const, ...notes.map((n) => [n, n.label ?? n.identifier] as const)]) {
    checkLinks(node, label, repairs, warnings);
  }
  return repairs;
}
