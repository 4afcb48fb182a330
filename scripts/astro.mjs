/**
 * Runs Astro's command line (`node scripts/astro.mjs build`, as `npm run build` does) with the
 * memory settings of src/integrations/native-memory-settings.mjs applied before Astro loads its native
 * bundler: mimalloc reads them once, when the library loads, so astro.config.mjs is too late for
 * the build's own process. A value already set in the environment wins.
 */
import { fileURLToPath } from 'node:url';
import { applyNativeMemorySettings } from '../src/integrations/native-memory-settings.mjs';

applyNativeMemorySettings();
// Astro's own launcher reads the command from process.argv, which is this script's.
await import(fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)));
