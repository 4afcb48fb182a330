/**
 * The browser editor (`npm run edit`): Keystatic's app and file API, the check panel's and pickers'
 * endpoints and the import page, injected into `astro dev` only when BRIEFINGS_EDIT=1. A build never
 * has them: astro.config.mjs adds this integration only then, and it stops any command but `dev`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The name of the variable that turns the editor on; `npm run edit` sets it, `npm run build` never does. */
export const EDIT_VARIABLE = 'BRIEFINGS_EDIT';

/** True when this run of Astro is the editor. */
export function editingRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[EDIT_VARIABLE] === '1';
}

const route = (file: string) => new URL(`./routes/${file}`, import.meta.url);

/** The editor's routes, for `astro dev` only. */
export function briefingsEditor(): AstroIntegration {
  return {
    name: 'briefings-editor',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        if (command !== 'dev') {
          throw new Error(`${EDIT_VARIABLE}=1 is for the editor (npm run edit) only: unset it to ${command} the site, which never contains the editor.`);
        }
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            optimizeDeps: { entries: ['src/editor/keystatic-app.ts', 'src/editor/panel.ts'] },
            // The editor's browser code comes from node_modules, which may be a link to another folder
            // (a copy of the project for a trial or a test): Vite serves files only from allowed folders.
            server: { fs: { allow: [root, realpathSync(new URL('./node_modules/', config.root))] } },
          },
        });
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: route('editor.astro'), prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: route('keystatic-api.ts'), prerender: false });
        injectRoute({ pattern: '/_editor/check', entrypoint: route('check.ts'), prerender: false });
        injectRoute({ pattern: '/_editor/entries/[collection]', entrypoint: route('entries.ts'), prerender: false });
        injectRoute({ pattern: '/_editor/import', entrypoint: route('import.astro'), prerender: false });
      },
    },
  };
}
