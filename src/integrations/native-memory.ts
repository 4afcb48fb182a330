/**
 * Rolldown, Vite's bundler, allocates with mimalloc, which keeps memory it no longer uses for
 * later unless told to return it at once: on an archive of 5,000 briefings the build otherwise
 * holds about 450 MB it does not use (measured with the benchmark, see README.md). Imported first
 * by astro.config.mjs, so that it applies as early as the configuration can; a value set in the
 * environment wins, and setting it there before `astro build` starts saves a little more.
 * https://microsoft.github.io/mimalloc/environment.html
 */
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
