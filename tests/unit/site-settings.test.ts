import { describe, expect, it } from 'vitest';
import { flattenFields, siteSettingsModel } from '../../src/schemas/content-model.ts';
import { excerpt } from '../../src/lib/excerpt.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { relativizeLinks } from '../../src/lib/relative-links.ts';
import { resolveSiteAddress } from '../../src/lib/site-address.ts';
import { checkSiteSettings, siteName } from '../../src/check/site-settings.ts';
import { loadSiteSettings } from '../../src/check/site-settings-file.ts';
import { parseYaml } from '../../src/lib/yaml-lines.ts';
import { contentFixture, repoRoot } from '../helpers/content-fixture.ts';

const context = { organisationIds: new Set(['iphr', 'kibhr']), contentFiles: ['README.md', 'logo.svg', 'site.yaml'] };
const valid = 'name:\n  en: Briefing archive\n  ru: Архив брифингов\norganisations: [iphr, kibhr]\nlogo: logo.svg\n';

/** What the check says of a content/site.yaml with this text, one line per problem. */
function problemsOf(text: string, known = context): string[] {
  return checkSiteSettings(parseYaml(text, 'content/site.yaml', 0), known).problems.map(formatProblem);
}

describe('content/site.yaml', () => {
  it('passes for the bundled corpus, naming its two organisations and its logo', async () => {
    const { settings, problems } = await loadSiteSettings(repoRoot);
    expect(problems).toEqual([]);
    expect(settings?.organisations.map((o) => o.id)).toEqual(['iphr', 'kibhr']);
    expect(settings?.logo).toBe('logo.svg');
    expect(settings?.url).toBeUndefined();
  });

  it('gives the name in each language, and the English one where a language has none', () => {
    const { settings } = checkSiteSettings(parseYaml(valid, 'content/site.yaml', 0), context);
    expect(settings && [siteName(settings, 'en'), siteName(settings, 'ru'), siteName(settings, 'kk')]).toEqual(['Briefing archive', 'Архив брифингов', 'Briefing archive']);
  });

  it('names an organisation that does not exist, on its line, with the nearest known id', () => {
    expect(problemsOf(valid.replace('[iphr, kibhr]', '[iphr, kibr]'))).toEqual([
      'content/site.yaml:4: organisations[1]: "kibr" does not exist in content/organisations/; did you mean "kibhr"? known: iphr, kibhr',
    ]);
  });

  it('says a logo file is missing from content/ and lists the images that are there', () => {
    expect(problemsOf(valid.replace('logo: logo.svg', 'logo: logo.png'))).toEqual([
      'content/site.yaml:5: logo: "logo.png" is not in content/; put the logo file there or correct the name (did you mean "logo.svg"? images in content/: logo.svg)',
    ]);
    expect(problemsOf(valid.replace('logo: logo.svg', 'logo: logo.gif'))).toEqual([
      'content/site.yaml:5: logo: "logo.gif" is not an .svg or .png file; save the logo as SVG (best) or PNG',
    ]);
    expect(problemsOf(valid.replace('logo: logo.svg', 'logo: public/logo.svg'))[0]).toContain('is a path; put the logo file in content/');
  });

  it('refuses a placeholder, local or malformed public address, saying what to write', () => {
    expect(problemsOf(`${valid}url: https://briefings.example.org/\n`)).toEqual([
      'content/site.yaml:6: url: "https://briefings.example.org/" is a placeholder (example.org is reserved for examples), not the archive\'s address; write the address readers will find it at',
    ]);
    expect(problemsOf(`${valid}url: https://archive.example/\n`)[0]).toContain('is a placeholder (example is reserved');
    expect(problemsOf(`${valid}url: http://127.0.0.1:4321/\n`)[0]).toContain('only works on one computer');
    expect(problemsOf(`${valid}url: https://archive.test/\n`)[0]).toContain('only works on one computer');
    expect(problemsOf(`${valid}url: bureau.kz/archive\n`)).toEqual([
      'content/site.yaml:6: url: "bureau.kz/archive" is not a web address; write it in full, starting with https://',
    ]);
    expect(problemsOf(`${valid}url: https://bureau.kz/archive/\n`)).toEqual([]);
  });

  it('names a missing name, an unknown field and a missing file, and what to write', () => {
    expect(problemsOf('organisations: [iphr]\nlogo: logo.svg\nlogos: x\n')).toEqual([
      'content/site.yaml:1: name: is missing; add it (The archive\'s name in each language, e.g. en: Briefing archive.)',
      'content/site.yaml:3: "logos" is not a field here; did you mean "logo"? known fields: name, url, organisations, logo',
    ]);
    expect(problemsOf('name:\n  ru: Архив\norganisations: []\nlogo: logo.svg\n')).toEqual([
      'content/site.yaml:2: name.en: is missing; add it (The archive\'s name, shown in the header, in every page\'s title and in feeds and link previews, in English.)',
      'content/site.yaml:3: organisations: needs at least 1 item(s) (The organisations whose archive this is, as file names in content/organisations/, e.g. [iphr, kibhr]. The header, the footer and the home page name them and link to their pages.)',
    ]);
    expect(checkSiteSettings(undefined, context).problems.map(formatProblem)[0]).toMatch(/^content\/site\.yaml: is missing; create it with the archive's name, its organisations and its logo/);
  });

  it('is checked by npm run check with the rest of the content', async () => {
    const fixture = await contentFixture();
    try {
      await fixture.edit('content/site.yaml', (text) => text.replace('[kibhr]', '[kibhr, helsinki-committee]'));
      expect(await fixture.check()).toEqual(['content/site.yaml:3: organisations[1]: "helsinki-committee" does not exist in content/organisations/; known: kibhr']);
      await fixture.remove('content/site.yaml');
      expect((await fixture.check())[0]).toMatch(/^content\/site\.yaml: is missing/);
    } finally {
      await fixture.dispose();
    }
  });

  it('documents every field of the settings on the content-model page', () => {
    const fields = flattenFields(siteSettingsModel().fields);
    expect(fields.map((f) => f.path)).toEqual(['name', 'name.en', 'name.ru', 'name.kk', 'url', 'organisations', 'logo']);
    for (const field of fields) expect(field.description, field.path).not.toBe('');
    expect(fields.find((f) => f.path === 'organisations')?.type).toEqual({ kind: 'list', of: { kind: 'reference', collection: 'organisations' }, minItems: 1 });
  });
});

describe('the address a build names', () => {
  it('takes SITE_URL over content/site.yaml, and the base from the address unless SITE_BASE is set', () => {
    expect(resolveSiteAddress({ settingsUrl: 'https://bureau.kz/archive/' })).toEqual({ site: 'https://bureau.kz', base: '/archive/', from: 'content/site.yaml' });
    expect(resolveSiteAddress({ siteUrl: 'http://127.0.0.1:4321', settingsUrl: 'https://bureau.kz/archive/' })).toEqual({ site: 'http://127.0.0.1:4321', base: '/', from: 'SITE_URL' });
    expect(resolveSiteAddress({ siteUrl: 'https://mirror.test', siteBase: 'mirror/kz' })).toEqual({ site: 'https://mirror.test', base: '/mirror/kz/', from: 'SITE_URL' });
    expect(resolveSiteAddress({ siteUrl: '' })).toEqual({ site: undefined, base: '/', from: 'none' });
  });

  it('refuses a placeholder SITE_URL, saying what is wrong', () => {
    expect(() => resolveSiteAddress({ siteUrl: 'https://briefings.example.org' })).toThrow('SITE_URL: "https://briefings.example.org" is a placeholder (example.org is reserved for examples)');
    expect(() => resolveSiteAddress({ siteUrl: 'mirror.kz' })).toThrow('SITE_URL: "mirror.kz" is not a web address');
  });
});

describe('the offline copy\'s links', () => {
  it('rewrites addresses under any base relative to the page, and leaves other hosts alone', () => {
    const html = '<a href="/archive/cases/x/">x</a><img src="/archive/_astro/logo.svg"><a href="/archive/">home</a><a href="https://bureau.kz/">KIBHR</a>';
    expect(relativizeLinks(html, 'cases/y/index.html', '/archive/')).toBe('<a href="../../cases/x/">x</a><img src="../../_astro/logo.svg"><a href="../../">home</a><a href="https://bureau.kz/">KIBHR</a>');
    expect(relativizeLinks('<a href="/cases/x/">x</a><a href="//cdn.test/">y</a>', 'index.html')).toBe('<a href="./cases/x/">x</a><a href="//cdn.test/">y</a>');
  });
});

describe('a summary cut for the home page', () => {
  const summary = 'IPHR and KIBHR find no significant improvement. Protesters are kettled, and slander charges are used against activists and journalists. The paper asks for reform.';

  it('keeps whole sentences that fit, and the whole text when it is short', () => {
    expect(excerpt(summary, 60)).toBe('IPHR and KIBHR find no significant improvement.');
    expect(excerpt(summary, 500)).toBe(summary);
  });

  it('cuts a long first sentence after a whole word, with an ellipsis', () => {
    expect(excerpt('Protesters are kettled, and slander charges are used against activists.', 30)).toBe('Protesters are kettled, and…');
  });
});
