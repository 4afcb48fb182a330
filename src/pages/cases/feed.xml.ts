import { collection } from '../../site/collections.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteHref, entryHref } from '../../site/hrefs.ts';
import { archiveName } from '../../site/site-identity.ts';
import { caseUpdates } from '../../lib/feeds.ts';

/** RSS feed of case updates: the latest dated events of every case's timeline. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${archiveName('en')}: case updates`,
    description: 'The latest events in the cases the briefings document.',
    site: absoluteHref('', site),
    items: caseUpdates(await collection('cases'), (id) => entryHref('cases', id)),
    customData: '<language>en</language>',
    // The links end in #event-n; the default would append a slash after the fragment.
    trailingSlash: false,
  });
