import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/integrity/**/*.test.ts', 'tests/scripts/**/*.test.ts'] } },
      // Astro builds of one project share caches, so the site tests run one file at a time.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/site/build-site.ts'], fileParallelism: false, testTimeout: 300_000, hookTimeout: 600_000 } },
    ],
  },
});
