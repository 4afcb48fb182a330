import { load } from 'cheerio';
import { offSiteHost, runsCode } from '../../src/lib/url-scheme.ts';

/** Elements that run code, load something, or change the page, which no rendered text may hold. */
const unsafeElements = new Set(['script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'image', 'picture', 'source', 'track', 'video', 'audio', 'link', 'meta', 'style', 'base', 'form', 'button', 'svg', 'math', 'template', 'portal', 'fencedframe']);

/** Attributes whose value a browser loads, follows or applies. */
const resourceAttributes = new Set(['src', 'srcset', 'href', 'poster', 'data', 'action', 'formaction', 'background', 'xlink:href', 'ping', 'codebase', 'manifest', 'longdesc', 'lowsrc', 'dynsrc', 'content', 'icon', 'archive', 'classid', 'imagesrcset', 'style']);

/** The addresses inside an attribute value: itself, srcset candidates, url(…) of a style, a refresh target. */
function addresses(value: string): string[] {
  return [
    value,
    ...value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
    ...[...value.matchAll(/url\s*\(\s*['"]?([^'")\s]+)/gi)].map((m) => m[1] ?? ''),
    ...[...value.matchAll(/url\s*=\s*['"]?([^'"\s;]+)/gi)].map((m) => m[1] ?? ''),
  ];
}

/**
 * What in rendered HTML could run a script or make a reader's browser contact another site:
 * unsafe elements, event handlers, inline styles, `javascript:`-like addresses (as a browser reads
 * them, entities decoded) anywhere, and addresses on another site in any attribute but a link's
 * `href`. Empty when the HTML is safe.
 */
export function unsafeParts(html: string): string[] {
  const $ = load(html, null, false);
  const found: string[] = [];
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    const name = element.name.toLowerCase();
    const isTaskCheckbox = name === 'input' && element.attribs['type'] === 'checkbox' && 'disabled' in element.attribs;
    if (unsafeElements.has(name) || (name === 'input' && !isTaskCheckbox)) found.push(`<${name}>`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) found.push(`<${name} ${key}>`);
      if (key === 'style') found.push(`<${name} style>`);
      if (key === 'http-equiv') found.push(`<${name} http-equiv>`);
      if (!resourceAttributes.has(key)) continue;
      for (const address of addresses(value)) {
        if (runsCode(address)) found.push(`<${name} ${key}="${address}">`);
        if (!(name === 'a' && key === 'href') && offSiteHost(address)) found.push(`<${name} ${key}="${address}">`);
      }
    }
  });
  return found;
}
