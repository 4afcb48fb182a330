import { describe, expect, inject, it } from 'vitest';
import { contentModel, flattenFields } from '../../src/lib/content-model.ts';
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
