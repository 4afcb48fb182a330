import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { briefingsBuildOrder, inBuildOrder } from '../../src/integrations/briefings-build-order.ts';

const page = (route: string, pathname: string) => ({ pathname, route: { route } });

/** Pages as Astro lists them: route by route. */
const astroOrder = [
  page('/', '/'),
  page('/briefings/[id]', '/briefings/b1/'),
  page('/briefings/[id]', '/briefings/b2/'),
  page('/cases/[id]', '/cases/c1/'),
  page('/cases/[id]', '/cases/c2/'),
  page('/cases/[id]', '/cases/c3/'),
  page('/cases/[id]', '/cases/c4/'),
  page('/laws/[id]', '/laws/l1/'),
  page('/sources/[id]', '/sources/s1/'),
  page('/sources/[id]', '/sources/s2/'),
  page('/[lang]', '/ru/'),
];

const interleaved = ['/cases/c1/', '/briefings/b1/', '/sources/s1/', '/cases/c2/', '/cases/c3/', '/briefings/b2/', '/sources/s2/', '/cases/c4/'];

/** One of the integration's hooks, called with only the options it uses. */
const hook = (name: 'astro:routes:resolved' | 'astro:build:start') => briefingsBuildOrder().hooks[name] as unknown as (options: Record<string, unknown>) => unknown;

describe('the order the build renders pages in', () => {
  it('renders the other pages first in Astro’s order, then briefings, cases and sources spread evenly over the rest, each in its own order', () => {
    expect(inBuildOrder(astroOrder).map((p) => p.pathname)).toEqual(['/', '/laws/l1/', '/ru/', ...interleaved]);
  });

  it('takes Astro’s own prerenderer and gives its pages in that order, rendering them with it', async () => {
    const rendered: string[] = [];
    const astroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: () => Promise.resolve(astroOrder as unknown as PathWithRoute[]),
      render: (request: Request) => {
        rendered.push(new URL(request.url).pathname);
        return Promise.resolve(new Response('<p>page</p>'));
      },
    } as AstroPrerenderer;
    let prerenderer: AstroPrerenderer | undefined;
    await hook('astro:build:start')({
      setPrerenderer: (wrap: (astro: AstroPrerenderer) => AstroPrerenderer) => {
        prerenderer = wrap(astroPrerenderer);
      },
    });
    if (!prerenderer) throw new Error('the integration set no prerenderer');
    const paths = await prerenderer.getStaticPaths();
    expect(paths.map((p) => p.pathname)).toEqual(['/', '/laws/l1/', '/ru/', ...interleaved]);
    const response = await prerenderer.render(new Request('https://archive.test/cases/c1/'), { routeData: paths[3]?.route as PathWithRoute['route'], collectMetadata: false });
    expect(await (response as Response).text()).toBe('<p>page</p>');
    expect(rendered).toEqual(['/cases/c1/']);
  });

  it('stops a build when the pages of briefings, cases or sources have moved to another route, saying what to update', () => {
    const routes = ['/briefings/[id]', '/cases/[id]', '/sources/[id]/'].map((pattern) => ({ pattern }));
    expect(() => hook('astro:routes:resolved')({ routes })).toThrow(/\/sources\/\[id\] is not a route/);
    expect(() => hook('astro:routes:resolved')({ routes: routes.slice(0, 2).concat({ pattern: '/sources/[id]' }) })).not.toThrow();
  });
});
