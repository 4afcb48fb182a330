/**
 * Which HTML a text (a briefing, case or translation) may contain, in one place: the check reports
 * everything else (src/check/rules/html.ts), the render removes it (src/markdown/sanitize-schema.ts
 * derives rehype-sanitize's schema from these lists), and the staff guide and the /publishing/ page
 * list the same elements. Nothing a text holds may run a script or make a reader's browser contact
 * another site: readers in Kazakhstan must be able to read the archive without anyone else learning
 * which page they opened.
 */
import { find, html } from 'property-information';
import { linkProblem, SOURCE_LINK_PREFIX } from './links.ts';
import { offSiteHost } from './url-scheme.ts';

/** A group of allowed elements as the guide shows it: what they are for, and each element with the attributes it may carry besides `lang` and `dir`. */
export interface AllowedGroup {
  group: string;
  purpose: string;
  elements: Readonly<Record<string, readonly string[]>>;
}

/**
 * The HTML elements a text may contain, by what briefings need them for, each with the attributes
 * (HTML names, as the guide shows them) it may carry besides `lang` and `dir`. Markdown writes
 * paragraphs, headings, lists, links, emphasis and tables already; these are for what Markdown
 * cannot say (a cell spanning two columns, an abbreviation explained, a passage in Kazakh).
 */
export const htmlAllowList: readonly AllowedGroup[] = [
  {
    group: 'Tables',
    purpose: 'tables with a caption, header rows, and cells that span rows or columns, which Markdown tables cannot write',
    elements: {
      table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [],
      // `scope` says which cells a header cell is the header of (screen readers read it); it belongs on <th> only.
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
  },
  {
    group: 'Words and phrases',
    purpose: 'abbreviations, quotations, titles of works, notes set small, corrections, keys, highlights, and text in another language or direction',
    elements: {
      abbr: ['title'], b: [], bdi: [], br: [], cite: [], del: [], dfn: ['title'], em: [], i: [], ins: [], kbd: [],
      mark: [], q: [], s: [], small: [], span: [], strong: [], sub: [], sup: [], u: [],
    },
  },
  {
    group: 'Lists and blocks',
    purpose: 'quotations, lists that start at another number, lists of terms with their descriptions, and sections a reader opens',
    elements: {
      // `open` shows a <details> section opened.
      blockquote: [], dd: [], details: ['open'], dl: [], dt: [], li: [], ol: ['start'], p: [], summary: [], ul: [],
    },
  },
  {
    group: 'Links',
    purpose: 'links to any web address, a source record (source:<id>), a section (#…) or a mail address (mailto:…)',
    elements: { a: ['href', 'title'] },
  },
];

/** Every allowed element with the attributes it may carry besides `lang` and `dir` (htmlAllowList, flattened). */
export const allowedElements: Readonly<Record<string, readonly string[]>> = Object.assign({}, ...htmlAllowList.map((group) => group.elements));

/** Attributes every allowed element may carry: the language of a passage (a Kazakh or Russian quotation inside English text) and its direction. */
export const everyElementAttributes: readonly string[] = ['lang', 'dir'];

/** The values `dir` may take. */
const directions = ['ltr', 'rtl', 'auto'];

/** The schemes a link (`<a href>`) may use; an address without a scheme must be a section of the page (`#…`). */
export const linkSchemes: readonly string[] = ['http', 'https', 'mailto', SOURCE_LINK_PREFIX.replace(/:$/, '')];

/** Why an element that is not allowed is refused: each kind has its own explanation. */
type RefusalKind = 'script' | 'embedded' | 'stylesheet' | 'style' | 'meta' | 'base' | 'form' | 'drawing' | 'heading';

const refusalKinds: Readonly<Record<RefusalKind, readonly string[]>> = {
  script: ['script', 'noscript'],
  embedded: ['img', 'picture', 'source', 'track', 'video', 'audio', 'iframe', 'frame', 'frameset', 'fencedframe', 'portal', 'embed', 'object', 'param', 'applet', 'image', 'canvas', 'map', 'area'],
  stylesheet: ['link'],
  style: ['style'],
  meta: ['meta'],
  base: ['base'],
  form: ['form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'fieldset', 'legend', 'label', 'output', 'datalist'],
  drawing: ['svg', 'math'],
  heading: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
};

/**
 * Elements the render removes with everything inside them, not only their tags: code, styles,
 * embedded documents and media, whose content is no text for a reader.
 */
export const removedWithContent: readonly string[] = [
  ...refusalKinds.script, ...refusalKinds.style, ...refusalKinds.drawing,
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'canvas', 'template', 'textarea', 'select', 'title',
];

/** The hast property name of an attribute however a writer spells it (`class`, `className`, `http-equiv`, `httpEquiv`, `onclick`, `onClick`), as the render names it. */
export function propertyName(attribute: string): string {
  return find(html, attribute).property;
}

/** The HTML name of an attribute however a writer spells it (`className` → `class`, `httpEquiv` → `http-equiv`), as messages name it. */
export function attributeName(attribute: string): string {
  return find(html, attribute).attribute;
}

/** True when the attribute is one whose presence alone means "on" (`open`, `reversed`), written with no value. */
export function isBooleanAttribute(attribute: string): boolean {
  const info = find(html, attribute);
  return info.boolean || info.overloadedBoolean;
}

/** One attribute of an HTML element as written in a text: its name as written, and its value (`''` when it has none, null when written as an expression in braces). */
export interface WrittenAttribute {
  name: string;
  value: string | null;
}

/** An HTML (lower-case) element as written in a text. */
export interface WrittenElement {
  name: string;
  attributes: readonly WrittenAttribute[];
}

/** A value as a message quotes it: cut after 40 characters. */
function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/** The addresses inside an attribute's value: the value itself, each candidate of a srcset, the target of a refresh, each url(…) of a style. */
function addressesIn(value: string): string[] {
  const addresses = [value.trim()];
  for (const part of value.split(',')) addresses.push(part.trim().split(/\s+/)[0] ?? '');
  const refresh = /url\s*=\s*['"]?([^'"\s;]+)/i.exec(value);
  if (refresh?.[1]) addresses.push(refresh[1]);
  for (const match of value.matchAll(/url\s*\(\s*['"]?([^'")\s]+)/gi)) if (match[1]) addresses.push(match[1]);
  return addresses;
}

/** The other site the first address in the attributes reaches, with that address, or undefined when none does. */
function offSiteAddress(attributes: readonly WrittenAttribute[]): { host: string; address: string } | undefined {
  for (const { value } of attributes) {
    if (!value) continue;
    for (const address of addressesIn(value)) {
      const host = offSiteHost(address);
      if (host) return { host, address };
    }
  }
  return undefined;
}

/** The list of allowed elements as a message gives it: `<a>, <abbr>, …`. */
export function allowedElementList(): string {
  return Object.keys(allowedElements).sort().map((name) => `<${name}>`).join(', ');
}

function contactMessage(what: string, { host, address }: { host: string; address: string }): string {
  return `${what} would make every reader's browser contact ${host}, another site, as soon as the page opens (telling it who reads what); link to it instead: [title](${quote(address)})`;
}

function kindOf(name: string): RefusalKind | undefined {
  return (Object.keys(refusalKinds) as RefusalKind[]).find((kind) => refusalKinds[kind].includes(name));
}

/** What is wrong with an element that is not allowed, and what to do instead. */
function refusedElementMessage(element: WrittenElement): string {
  const tag = `<${element.name}>`;
  const offSite = offSiteAddress(element.attributes);
  switch (kindOf(element.name)) {
    case 'script':
      return `${tag}: scripts never run on the archive's pages (a script would run in every reader's browser); remove it`;
    case 'embedded':
      return offSite
        ? `${tag}: ${contactMessage('it', offSite)}`
        : `${tag}: texts show no images, frames or media (the archive has no place for them, and an address beside the text breaks on a copy of the site); describe it in words, or link to where it is published: [title](https://…)`;
    case 'stylesheet':
      return offSite
        ? `${tag}: it would make every reader's browser load a file from ${offSite.host}, another site (telling it who reads what), and the site's own styles apply; remove it`
        : `${tag}: the site's own styles and settings apply; remove it`;
    case 'style':
      return `${tag}: the site's own styles apply; remove it`;
    case 'meta': {
      const refresh = element.attributes.some((a) => attributeName(a.name) === 'http-equiv' && a.value?.trim().toLowerCase() === 'refresh');
      return refresh
        ? `${tag}: http-equiv="refresh" would send every reader to another page; remove it, and link to the page instead: [title](https://…)`
        : `${tag}: a text cannot change the page's settings; remove it`;
    }
    case 'base':
      return `${tag}: it would change where every link on the page goes; remove it`;
    case 'form':
      return `${tag}: forms are not allowed: the archive's pages send nothing anywhere; remove it`;
    case 'drawing':
      return `${tag}: drawings and formulas written in the text are not allowed (they can hold scripts and load files from other sites); describe it in words, or link to where it is published: [title](https://…)`;
    case 'heading':
      return `${tag}: write headings in Markdown (## Section, ### Subsection) so that they get their anchors and appear in the table of contents`;
    default:
      return `${tag} is not an element texts may use; write it in Markdown, or use one of ${allowedElementList()}`;
  }
}

/** What is wrong with an attribute an element may not carry, and what to do. */
function refusedAttributeMessage(tag: string, element: string, attribute: string, value: string): string {
  if (/^on/i.test(attribute)) {
    return `${tag}: ${attribute} is an event handler; event handlers are not allowed, because they would run a script in every reader's browser; remove it`;
  }
  if (attribute === 'style') {
    const offSite = offSiteAddress([{ name: attribute, value }]);
    const also = offSite ? ` (and its ${quote(offSite.address)} would make every reader's browser contact ${offSite.host}, another site)` : '';
    return `${tag}: style is not allowed: the site's own styles apply${also}; remove it`;
  }
  if (attribute === 'class') return `${tag}: class is not allowed: the site's own styles apply; remove it`;
  if (attribute === 'id') {
    return `${tag}: id is not allowed: the archive gives headings, notes and case mentions their ids, and another could break their links; remove it (link to a section with its heading's address, #section-name)`;
  }
  const offSite = offSiteAddress([{ name: attribute, value }]);
  if (offSite) return `${tag}: ${attribute}="${quote(value)}" would make every reader's browser contact ${offSite.host}, another site, as soon as the page opens (telling it who reads what); remove it`;
  const allowed = [...(allowedElements[element] ?? []), ...everyElementAttributes];
  return `${tag}: ${attribute} is not allowed on <${element}>; it may carry ${allowed.join(', ')}`;
}

/**
 * What is wrong with one HTML element of a text, each problem said with what to do: the element
 * is not allowed, or an attribute is not allowed on it, or a link goes where links may not.
 * Attribute names are read however a writer spells them (`className`, `onClick`, `httpEquiv`).
 */
export function htmlElementProblems(element: WrittenElement): string[] {
  const tag = `<${element.name}>`;
  const problems: string[] = [];
  const allowed = Object.hasOwn(allowedElements, element.name) ? allowedElements[element.name] : undefined;
  if (!allowed) problems.push(refusedElementMessage(element));
  for (const { name, value } of element.attributes) {
    if (value === null) {
      problems.push(`${tag}: ${name ? `${name} is written as an expression in braces` : 'an attribute is written as an expression in braces'}; write attributes as text, e.g. lang="kk"`);
      continue;
    }
    const attribute = attributeName(name);
    // A refused element goes as a whole; its event handlers are worth naming all the same.
    if (!allowed) {
      if (/^on/i.test(attribute)) problems.push(refusedAttributeMessage(tag, element.name, attribute, value));
      continue;
    }
    if (!everyElementAttributes.includes(attribute) && !allowed.includes(attribute)) {
      problems.push(refusedAttributeMessage(tag, element.name, attribute, value));
    } else if (attribute === 'dir' && !directions.includes(value)) {
      problems.push(`${tag}: dir="${quote(value)}" is not a direction; write dir="rtl", dir="ltr" or dir="auto"`);
    } else if (element.name === 'a' && attribute === 'href') {
      const problem = linkProblem(value);
      if (problem) problems.push(`${tag}: ${problem}`);
    }
  }
  return problems;
}

/** The id of the source record a link cites (`source:<id>`), or undefined for any other link. */
export function linkedSourceId(href: string): string | undefined {
  return href.startsWith(SOURCE_LINK_PREFIX) ? href.slice(SOURCE_LINK_PREFIX.length) : undefined;
}

/** What is wrong with an image in a text (`![alt](address)`), and what to do instead: texts show no images. */
export function imageProblem(url: string, alt: string): string {
  const title = alt.trim() || 'title';
  const host = offSiteHost(url);
  if (host) {
    return `the image ${quote(url)} would make every reader's browser contact ${host}, another site, as soon as the page opens (telling it who reads what); link to it instead: [${title}](${quote(url)})`;
  }
  return `the image ${quote(url)} cannot be shown: texts show no images (the archive has no place for them, and an address beside the text breaks on a copy of the site); describe it in words, or link to where it is published: [${title}](https://…)`;
}

/** What is wrong with a level-1 heading in a text, and what to write instead. */
export function topHeadingProblem(text: string): string {
  return `"# ${quote(text)}" is a level-1 heading, but the page's title comes from title: in the frontmatter; start sections at level 2: ## ${quote(text)}`;
}
