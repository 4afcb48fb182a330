import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatReport } from '../lib/problems.ts';
import { missingAddressMessage, type SiteAddress } from '../lib/site-address.ts';
import type { SiteSettingsResult } from '../check/site-settings.ts';

/** The module pages import the site's settings and logo from (typed in src/virtual-modules.d.ts). */
const moduleId = 'virtual:briefings/site-settings';
const resolvedModuleId = `\0${moduleId}`;

/**
 * Gives every page the site's settings (content/site.yaml) as `virtual:briefings/site-settings`,
 * with the logo imported as an image so the build publishes it, and makes sure the build names an
 * address: a build for publication without one stops and says what to set; the dev server is
 * given its own address. Restart `npm run dev` after editing content/site.yaml.
 */
export function briefingsSite({ root, loaded, address }: {
  /** The project whose content/ the settings were read from. */
  root: string;
  loaded: SiteSettingsResult;
  address: SiteAddress;
}): AstroIntegration {
  return {
    name: 'briefings-site',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const log = logger.fork('briefings:site');
        if (command === 'build' || command === 'dev') {
          if (!loaded.settings) throw new AstroError(`The site's settings have problems, so the site cannot be built:\n\n${formatReport(loaded.problems, 1)}`);
        }
        if (address.site === undefined) {
          if (command === 'build') throw new AstroError(missingAddressMessage);
          if (command === 'dev') {
            const host = typeof config.server.host === 'string' ? config.server.host : 'localhost';
            updateConfig({ site: `http://${host}:${config.server.port}` });
          }
        } else if (command === 'build') {
          log.info(`Links and citations name ${new URL(config.base, address.site).href} (from ${address.from}).`);
        }
        const settings = loaded.settings;
        const logo = settings ? path.join(root, 'content', settings.logo) : undefined;
        updateConfig({
          vite: {
            plugins: [{
              name: 'briefings-site-settings',
              resolveId: (id) => (id === moduleId ? resolvedModuleId : undefined),
              load: (id) => {
                if (id !== resolvedModuleId) return undefined;
                if (!settings || !logo) return 'export const siteSettings = undefined;\nexport const logo = undefined;\n';
                return `import logo from ${JSON.stringify(logo)};\nexport const siteSettings = ${JSON.stringify(settings)};\nexport { logo };\n`;
              },
            }],
          },
        });
      },
    },
  };
}
