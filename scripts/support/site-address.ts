/**
 * The address a script builds the site for, resolved once, as astro.config.mjs resolves it
 * (content/site.yaml, SITE_URL, SITE_BASE), and handed to the build the script starts, so that the
 * build's links start with the very base the script serves or rewrites them under.
 */
import { Refusal } from '../../src/lib/refusal.ts';
import { missingAddressMessage, type SiteAddress } from '../../src/lib/site-address.ts';
import { loadSiteConfiguration } from '../../src/check/site-settings-file.ts';

/**
 * The address to build for with `env`. When SITE_URL or SITE_BASE cannot be built with, or (for a
 * build for publication) there is no address at all, prints what to set and exits 1 before
 * anything is built.
 */
export async function addressToBuildFor(root: string, env: NodeJS.ProcessEnv, { publication }: { publication: boolean }): Promise<SiteAddress> {
  let configuration: Awaited<ReturnType<typeof loadSiteConfiguration>>;
  try {
    configuration = await loadSiteConfiguration(root, env);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { loaded, address } = configuration;
  // Settings with problems leave no address either; the build names those problems.
  if (publication && loaded.settings && address.site === undefined) {
    console.error(missingAddressMessage);
    process.exit(1);
  }
  return address;
}

/** `env` for the build a script starts: its base is the one `address` resolved, whatever SITE_BASE said. */
export function buildEnvironment(env: NodeJS.ProcessEnv, address: SiteAddress): NodeJS.ProcessEnv {
  return { ...env, SITE_BASE: address.base };
}
