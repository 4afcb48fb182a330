import { describe, expect, inject, it } from 'vitest';
import { contentModel, flattenFields } from '../../src/schemas/content-model.ts';
import { htmlAllowList } from '../../src/lib/html-policy.ts';
import { loadPage } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');

describe('the pages for staff', () => {
  it('publish a how-to page that links the content model through the site base', async () => {
    const $ = await loadPage(siteDir, 'publishing/index.html');
    expect($('h1').text()).toBe('How to publish a briefing');
    expect($('main a[href="/publishing/content-model/"]').length).toBeGreaterThan(0);
    for (const command of ['npm run import --', 'npm run new --', 'npm run check', 'npm run check -- --watch', 'npm run preview:drafts', 'draft: true']) {
      expect($('main code').text(), command).toContain(command);
    }
  });

  it('list on the how-to page the HTML a text may contain, group by group, as the check allows it', async () => {
    const $ = await loadPage(siteDir, 'publishing/index.html');
    const list = $('section[aria-labelledby="html"] dl');
    expect(list.find('dt').toArray().map((dt) => $(dt).text())).toEqual(htmlAllowList.map(({ group }) => group));
    list.find('dd').each((i, dd) => {
      const elements = htmlAllowList[i]?.elements ?? {};
      expect($(dd).find('code').toArray().map((code) => $(code).text())).toEqual(Object.entries(elements).map(([name, attributes]) => `<${[name, ...attributes].join(' ')}>`));
    });
  });

  it('publish a content-model page with one row per field of every collection, in the schemas\' words', async () => {
    const $ = await loadPage(siteDir, 'publishing/content-model/index.html');
    for (const collection of contentModel()) {
      const rows = $(`section[aria-labelledby="${collection.collection}"] tbody tr`);
      const fields = flattenFields(collection.fields);
      expect(rows.length, collection.collection).toBe(fields.length);
      rows.each((i, row) => {
        const field = fields[i];
        expect($(row).find('th').text()).toBe(field?.path);
        expect($(row).find('td').eq(0).text()).toBe(field?.required ? 'required' : 'optional');
        expect($(row).find('td').eq(2).text()).toBe(field?.description);
      });
    }
  });
});
