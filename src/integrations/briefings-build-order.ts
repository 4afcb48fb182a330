import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { AstroError } from 'astro/errors';
import { interleave } from '../lib/interleave.ts';

/**
 * The routes of the pages a large archive has thousands of, in the order their lists are merged:
 * briefings, cases, sources (src/pages/briefings/[id].astro, cases/[id].astro, sources/[id].astro).
 */
export const ENTRY_PAGE_ROUTES = ['/briefings/[id]', '/cases/[id]', '/sources/[id]'] as const;

/**
 * The build's pages in the order they are rendered: every other page in Astro's order, then the
 * pages of ENTRY_PAGE_ROUTES merged so that each route's pages, in their own order, are spread
 * evenly over the stretch (interleave). These are the bulk of a large archive's build.
 */
export function inBuildOrder<P extends { route: { route: string } }>(paths: readonly P[], routes: readonly string[] = ENTRY_PAGE_ROUTES): P[] {
  const lists = routes.map((route) => paths.filter((path) => path.route.route === route));
  return [...paths.filter((path) => !routes.includes(path.route.route)), ...interleave(lists)];
}

/**
 * Renders the pages of briefings, cases and sources interleaved (inBuildOrder) instead of route
 * by route. The search index is written in shards as pages are rendered
 * (src/integrations/search-indexer.ts), and interleaving makes each shard a sample of the whole
 * archive, which keeps rankings comparable across shards; the citations of briefings and sources
 * are written ahead of their pages in the same order (src/site/citations/texts.ts), so a page
 * waits only for its own batch (why and what it costs: docs/benchmark.md#build-order). The order
 * is set by wrapping Astro's own prerenderer (`setPrerenderer` in `astro:build:start`, Astro 7;
 * Astro uses the last prerenderer set, so no other integration may set one); a build stops if one
 * of ENTRY_PAGE_ROUTES is missing.
 */
export function briefingsBuildOrder(): AstroIntegration {
  return {
    name: 'briefings-build-order',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        const missing = ENTRY_PAGE_ROUTES.filter((route) => !routes.some((resolved) => resolved.pattern === route));
        if (missing.length > 0) {
          throw new AstroError(`The build renders the pages of ${ENTRY_PAGE_ROUTES.join(', ')} interleaved, but ${missing.join(', ')} is not a route`, 'Update ENTRY_PAGE_ROUTES in src/integrations/briefings-build-order.ts to the routes of the pages of briefings, cases and sources.');
        }
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer: AstroPrerenderer): AstroPrerenderer => ({
          ...prerenderer,
          name: 'briefings-build-order',
          getStaticPaths: async () => inBuildOrder(await prerenderer.getStaticPaths()),
        }));
      },
    },
  };
}
