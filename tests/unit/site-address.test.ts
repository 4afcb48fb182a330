import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { contentProcessor, markdownProcessor } from '../../src/markdown/pipeline.ts';
import { basePathProblem, normalisedBase, publicAddressProblem, resolveSiteAddress } from '../../src/lib/site-address.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

describe('the base path every link starts with', () => {
  it('reads /mirror/kz/, /mirror/kz, mirror/kz and mirror/kz/ as the same base', () => {
    for (const spelling of ['/mirror/kz/', '/mirror/kz', 'mirror/kz', 'mirror/kz/']) {
      expect(normalisedBase(spelling), spelling).toBe('/mirror/kz/');
      expect(resolveSiteAddress({ siteUrl: 'https://mirror.test', siteBase: spelling }).base, spelling).toBe('/mirror/kz/');
    }
    expect(normalisedBase('/')).toBe('/');
    expect(normalisedBase('archive')).toBe('/archive/');
    expect(normalisedBase('v1.2/~staff_copy-2')).toBe('/v1.2/~staff_copy-2/');
  });

  it('takes the base from the path of the address when SITE_BASE is empty or left out', () => {
    expect(resolveSiteAddress({ siteUrl: 'https://mirror.test/kz/archive', siteBase: '' }).base).toBe('/kz/archive/');
    expect(resolveSiteAddress({ settingsUrl: 'https://bureau.kz/archive/' }).base).toBe('/archive/');
    expect(resolveSiteAddress({ settingsUrl: 'https://bureau.kz' }).base).toBe('/');
  });

  it('refuses a SITE_BASE that is not a path, saying what is wrong and what to set', () => {
    const cases: Array<[string, string]> = [
      ['../kz', '"../kz" has a ".." part, which browsers resolve away'],
      ['mirror/./kz', '"mirror/./kz" has a "." part'],
      ['mirror//kz', '"mirror//kz" has an empty part ("//")'],
      ['//mirror.kz/kz', 'has an empty part ("//")'],
      ['mirror kz', '"mirror kz" contains a space'],
      [' ', '" " contains a space'],
      ['mirror/kz?lang=ru', 'has a query or a fragment (? or #)'],
      ['mirror/kz#top', 'has a query or a fragment (? or #)'],
      ['https://mirror.test/kz/', '"https://mirror.test/kz/" is an address, not a path'],
      ['mirror\\kz', '"mirror\\kz" holds "\\"; a part of the path may only hold Latin letters, digits and - _ . ~'],
      ['зеркало', 'holds "з"'],
      ['mirror/%2e%2e', 'holds "%"'],
    ];
    for (const [value, problem] of cases) {
      expect(basePathProblem(value), value).toContain(problem);
      expect(() => resolveSiteAddress({ siteUrl: 'https://mirror.test', siteBase: value }), value).toThrow(`SITE_BASE: ${basePathProblem(value)}; set SITE_BASE to the path every link starts with, e.g. SITE_BASE=/mirror/kz/ (the address itself goes in SITE_URL), or leave it out to use the path of the address.`);
    }
  });

  it('refuses an address whose own path no link can start with', () => {
    expect(publicAddressProblem('https://bureau.kz//archive/')).toBe('the path of "https://bureau.kz//archive/" is not one every link can start with: "//archive/" has an empty part ("//"); write the address with a plain path, e.g. https://bureau.kz/archive/');
    expect(publicAddressProblem('https://bureau.kz/архив/')).toContain('"/архив/" holds "а"');
    expect(() => resolveSiteAddress({ siteUrl: 'https://mirror.test/a//b/' })).toThrow('SITE_URL: the path of "https://mirror.test/a//b/" is not one every link can start with');
    expect(() => resolveSiteAddress({ settingsUrl: 'https://bureau.kz//archive/' })).toThrow('content/site.yaml: url: the path of');
  });
});

describe('one base for pages and texts', () => {
  async function renderUnder(pipelineBase: string, siteBase: string, body: string): Promise<string> {
    const renderer = await contentProcessor(markdownProcessor({ base: pipelineBase, sources: [] }), siteBase).createRenderer(markdownConfigDefaults);
    return (await renderer.render(body, { fileURL: pathToFileURL(path.join(repoRoot, 'content/briefings/2021-test.mdx')), frontmatter: {} })).code;
  }

  it('links sources and case mentions in a text under the resolved base', async () => {
    const { base } = resolveSiteAddress({ siteUrl: 'https://mirror.test', siteBase: 'mirror/kz' });
    const html = await renderUnder(base, base, 'See [the report](source:adilsoz-3284) on <Case id="max-bokayev">Max Bokayev</Case>.');
    expect(html).toContain('href="/mirror/kz/sources/adilsoz-3284/"');
    expect(html).toContain('href="/mirror/kz/cases/max-bokayev/"');
  });

  it('stops when the Markdown pipeline is given another base than the site, naming both', async () => {
    await expect(renderUnder('mirror/kz', '/mirror/kz/', 'text')).rejects.toThrow('astro.config.mjs: markdownProcessor() was given base "mirror/kz" but the site\'s base is "/mirror/kz/"');
  });
});
