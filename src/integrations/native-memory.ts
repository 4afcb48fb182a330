/**
 * Applies the settings of native-memory-settings.mjs to this process and the processes it starts
 * (the text renderers, Pagefind). Imported first by astro.config.mjs, for builds not started by
 * scripts/astro.mjs (`npx astro build`): the build's own bundler has loaded by then, but every
 * child process still gets them. A value set in the environment wins.
 */
import { applyNativeMemorySettings } from './native-memory-settings.mjs';

applyNativeMemorySettings();
