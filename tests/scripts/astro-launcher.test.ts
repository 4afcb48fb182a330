import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeMemorySettings } from '../../src/integrations/native-memory-settings.mjs';
import { repoRoot } from '../helpers/content-fixture.ts';

let project: string | undefined;
afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

/** Starts scripts/astro.mjs (what `npm run build` runs) with `env` instead of this process's memory settings. */
function launch(args: string[], env: Record<string, string>) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !(name in nativeMemorySettings) && !name.startsWith('VITEST')));
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts/astro.mjs'), ...args], {
    cwd: repoRoot, encoding: 'utf8', env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

describe('scripts/astro.mjs', { timeout: 60_000 }, () => {
  it('runs the Astro command line it is given', () => {
    const result = launch(['--version'], {});
    expect(result.status).toBe(0);
    // Astro colours its banner when the environment asks for colour (FORCE_COLOR in CI).
    expect(stripVTControlCharacters(result.stdout)).toMatch(/astro\s+v7\./);
  });

  it('gives Astro the memory settings before its configuration loads, and keeps a value set in the environment', async () => {
    project = await mkdtemp(path.join(tmpdir(), 'briefings-launcher-'));
    // A configuration that reports what its process was started with, then stops the command.
    await writeFile(path.join(project, 'astro.config.mjs'), 'console.log(`settings: ${JSON.stringify(process.env.MIMALLOC_PURGE_DELAY)}`);\nprocess.exit(0);\n');
    const defaults = launch(['sync', '--root', project], {});
    expect(defaults.stdout).toContain(`settings: ${JSON.stringify(nativeMemorySettings['MIMALLOC_PURGE_DELAY'])}`);
    const chosen = launch(['sync', '--root', project], { MIMALLOC_PURGE_DELAY: '250' });
    expect(chosen.stdout).toContain('settings: "250"');
  });
});
