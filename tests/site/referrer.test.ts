import { describe, expect, inject, it } from 'vitest';
import { htmlPages, loadPage } from '../helpers/built-site.ts';
import { TEST_SITE_URL } from '../helpers/run.ts';

const siteDir = inject('siteDir');

describe('what pages tell other sites about their readers', () => {
  it('every page asks browsers to send no referrer, and every link to another site says so too, while links within the site say nothing', async () => {
    const pages = await htmlPages(siteDir);
    expect(pages.length).toBeGreaterThan(100);
    const outbound: string[] = [];
    const missing: string[] = [];
    const internalWithRel: string[] = [];
    for (const page of pages) {
      const $ = await loadPage(siteDir, page);
      expect($('head meta[name="referrer"]').attr('content'), page).toBe('no-referrer');
      $('a[href]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        const rel = ($(a).attr('rel') ?? '').split(/\s+/);
        const url = new URL(href, `${TEST_SITE_URL}/${page}`);
        if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
        if (url.host !== new URL(TEST_SITE_URL).host) {
          outbound.push(href);
          if (!rel.includes('noreferrer')) missing.push(`${page}: ${href}`);
        } else if (rel.includes('noreferrer')) {
          internalWithRel.push(`${page}: ${href}`);
        }
      });
    }
    // Texts, footnotes, source pages, citations, original publications and organisations all link out.
    expect(outbound.length).toBeGreaterThan(200);
    expect(missing).toEqual([]);
    expect(internalWithRel).toEqual([]);
  });
});
