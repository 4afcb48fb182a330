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
  const result = spawnSync(process.execPath, [tsx, path.join(repoRoot, script), ...args], { cwd, encoding: 'utf8', env: childEnvironment({}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The environment of a command started from a test, without what Vitest adds: Vitest exports
 * Vite's `BASE_URL`, `MODE`, `NODE_ENV`... into process.env, and a child Astro build would take
 * `BASE_URL=/` over the site's configured base.
 */
function childEnvironment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs the Astro command line with the project's own Node. */
export function runAstro(args: string[], env: NodeJS.ProcessEnv = {}, cwd = repoRoot): CommandResult {
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, ...args], {
    cwd, encoding: 'utf8', env: childEnvironment(env), maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
