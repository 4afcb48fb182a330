import type { APIRoute } from 'astro';
import { showsDrafts } from '../site/drafts.ts';
import { absoluteHref } from '../site/hrefs.ts';

/** robots.txt: everything may be crawled, and the sitemap says what there is; a preview with drafts may not be crawled at all. */
export const GET: APIRoute = ({ site }) =>
  new Response(showsDrafts ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
