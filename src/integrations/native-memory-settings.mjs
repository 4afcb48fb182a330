/**
 * Environment settings that make native libraries give memory back at once. Rolldown (Vite's
 * bundler) and Sätteri allocate with mimalloc, which otherwise keeps freed memory for later: on
 * an archive of 10,000 briefings that is several hundred MB held and unused (see docs/build.md,
 * "Native memory"). https://microsoft.github.io/mimalloc/environment.html
 * @type {Readonly<Record<string, string>>}
 */
export const nativeMemorySettings = Object.freeze({ MIMALLOC_PURGE_DELAY: '0' });

/** Puts nativeMemorySettings into this process's environment (and so its children's); a value set there already wins. */
export function applyNativeMemorySettings() {
  for (const [name, value] of Object.entries(nativeMemorySettings)) process.env[name] ??= value;
}
