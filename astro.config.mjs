// @ts-check
// First, before anything else allocates: see the file.
import './src/integrations/native-memory.ts';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { briefingsBuildOrder } from './src/integrations/briefings-build-order.ts';
import { briefingsIntegrity } from './src/integrations/briefings-integrity.ts';
import { briefingsOutDir } from './src/integrations/briefings-out-dir.ts';
import { briefingsSearch } from './src/integrations/briefings-search.ts';
import { briefingsSite } from './src/integrations/briefings-site.ts';
import { briefingsEditor, editingRequested } from './src/editor/integration.ts';
import { loadSiteConfiguration } from './src/check/site-settings-file.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';

const root = fileURLToPath(new URL('./', import.meta.url));
// The site's settings (content/site.yaml) give its name, publishers, logo and public address.
// SITE_URL overrides the address (mirrors, the local preview of `npm start`, tests) and SITE_BASE
// the path every internal link starts with. Without any address a build stops and says what to set.
const { loaded, address } = await loadSiteConfiguration(root, process.env);
const { site, base } = address;
// Footnotes show the source records they cite. The loader of the texts reads them from the
// content folder (src/loaders/mdx-html.ts), so that they are not part of the configuration, which
// Astro hashes for rebuilds; `npm run dev` shows a new source record in a text's footnotes once
// that text is saved again or the server restarted.
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

// The browser editor (`npm run edit`, BRIEFINGS_EDIT=1): only under `astro dev`, never in a build.
const editing = editingRequested(process.env);
const editorIntegrations = editing ? [(await import('@astrojs/react')).default(), briefingsEditor()] : [];

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Keystatic's app calls /api/keystatic/tree without the slash, which 'always' answers with 404.
  trailingSlash: editing ? 'ignore' : 'always',
  // Styles and scripts stay in files of their own: cacheable, and allowed by a strict
  // Content-Security-Policy with no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownProcessor({ base, contentDir }) },
  integrations: [briefingsIntegrity(), briefingsSite({ root, loaded, address }), mdx(), sitemap(), briefingsSearch(), briefingsBuildOrder(), briefingsOutDir(), ...editorIntegrations],
  devToolbar: { enabled: false },
  // A rebuild renders again only the pages whose cache key (src/site/page-cache-keys.ts) or code
  // changed, and copies the rest from Astro's cache (https://docs.astro.build/en/reference/experimental-flags/incremental-build/).
  experimental: { incrementalBuild: true },
  vite: {
    // `npm start` builds for http://127.0.0.1:4321/; a preview that moved to another port when that
    // one is taken would serve pages whose links point elsewhere, so it stops instead.
    preview: { strictPort: true },
    resolve: {
      // rehype-citation exports its CSL styles as a folder ("./node/"), a mapping Node no longer
      // resolves (https://nodejs.org/api/deprecations.html#DEP0148); Vite does, so bundle them.
      // In the editor, @astrojs/react's server renderer imports the virtual module astro:react:opts,
      // which only a bundled copy can resolve (unbundled, Node refuses the astro: scheme).
      noExternal: ['rehype-citation', ...(editing ? ['@astrojs/react'] : [])],
    },
    build: {
      // Astro inlines scripts smaller than this; 0 keeps every script an external file.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro 7 marks MDX modules with a "use astro:head-inject" directive that the bundler warns
        // about once per file; harmless (https://github.com/withastro/astro/issues/18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
