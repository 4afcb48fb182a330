import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../helpers/content-fixture.ts';
import { runAstro } from '../helpers/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the site built from the bundled corpus. */
    siteDir: string;
  }
}

/** Builds the bundled corpus once, for every test of the built site. */
export default async function buildSite(project: TestProject): Promise<void> {
  const siteDir = path.join(repoRoot, '.test-output/site');
  await rm(siteDir, { recursive: true, force: true });
  const result = runAstro(['build', '--outDir', siteDir, '--silent']);
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('siteDir', siteDir);
}
