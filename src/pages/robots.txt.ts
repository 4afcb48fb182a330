import type { APIRoute } from 'astro';
import { absoluteHref } from '../components/href.ts';

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
