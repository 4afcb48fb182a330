import { siteSettings } from 'virtual:briefings/site-settings';
import { collection } from './collections.ts';
import { showsDrafts } from './drafts.ts';
import { pageCacheKeys, type PageCacheKeys } from './page-cache-keys.ts';
import { pdfEditionEnabled } from '../lib/pdf-edition.ts';

let keys: Promise<PageCacheKeys> | undefined;

/**
 * The cache keys of this build's pages (page-cache-keys.ts), from the archive as the build
 * publishes it; worked out once per build. Routes return them from getStaticPaths as `cacheKey`.
 */
export function pageKeys(): Promise<PageCacheKeys> {
  keys ??= (async () => {
    const [briefings, cases, sources, translations, dialogues, laws, organisations, topics] = await Promise.all([
      collection('briefings'), collection('cases'), collection('sources'), collection('translations'),
      collection('dialogues'), collection('laws'), collection('organisations'), collection('topics'),
    ]);
    return pageCacheKeys({
      briefings, cases, sources, translations, dialogues, laws, organisations, topics,
      siteWide: { organisations: siteSettings?.organisations.map((o) => o.id) ?? [], showsDrafts, pdfEdition: pdfEditionEnabled() },
    });
  })();
  // The dev server renders every request afresh and reads edited entries: no key is kept there.
  const current = keys;
  if (!import.meta.env.PROD) keys = undefined;
  return current;
}
