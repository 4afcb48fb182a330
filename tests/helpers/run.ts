import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './content-fixture.ts';

/** What a finished command printed and how it exited. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project script with the project's own Node, as `npm run` would. */
export function runScript(script: string, args: string[], cwd = repoRoot): CommandResult {
  const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const result = spawnSync(process.execPath, [tsx, path.join(repoRoot, script), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the Astro command line with the project's own Node. */
export function runAstro(args: string[], env: NodeJS.ProcessEnv = {}, cwd = repoRoot): CommandResult {
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
