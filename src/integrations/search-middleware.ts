import { defineMiddleware } from 'astro:middleware';
import { activeSearchIndexer } from '../site/build-session.ts';

/**
 * Hands every page the build renders to the search indexer (search-indexer.ts) as soon as it is
 * rendered, so that Pagefind indexes while the build goes on. Added by briefingsSearch for builds
 * only; pages are returned unchanged.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = activeSearchIndexer();
  if (!indexer || !context.isPrerendered || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  await indexer.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
