import { collection } from '../../site/collections.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteHref, entryHref } from '../../site/hrefs.ts';
import { archiveName } from '../../site/site-identity.ts';
import { feedDate } from '../../lib/feeds.ts';
import { newestFirst } from '../../site/relations/entries.ts';

/** RSS feed of the briefings, newest first. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${archiveName('en')}: briefings`,
    description: 'New briefing papers, statements and reports for the EU–Kazakhstan human rights dialogue.',
    site: absoluteHref('', site),
    items: newestFirst(await collection('briefings'), 'published').map((b) => ({
      title: b.data.title,
      link: entryHref('briefings', b.id),
      pubDate: feedDate(b.data.published),
      description: b.data.summary,
    })),
    customData: '<language>en</language>',
  });
