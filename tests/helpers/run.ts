import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { repoRoot } from './content-fixture.ts';

/**
 * The address test builds name (`SITE_URL`): `.test` is reserved for testing (RFC 6761), so it is
 * never a placeholder a reader sees, and a build for publication refuses it in content/site.yaml.
 */
export const TEST_SITE_URL = 'https://archive.test';

/** What a finished command printed and how it exited. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project script with the project's own Node, as `npm run` would; builds it starts name TEST_SITE_URL unless `env` says otherwise. */
export function runScript(script: string, args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}): CommandResult {
  const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const result = spawnSync(process.execPath, [tsx, path.join(repoRoot, script), ...args], { cwd, encoding: 'utf8', env: childEnvironment({ SITE_URL: TEST_SITE_URL, ...env }) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The environment of a command started from a test, without what Vitest adds: Vitest exports
 * Vite's `BASE_URL`, `MODE`, `NODE_ENV`... into process.env, and a child Astro build would take
 * `BASE_URL=/` over the site's configured base.
 */
export function childEnvironment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Runs the Astro command line with the project's own Node. A build names TEST_SITE_URL unless
 * `env` gives another `SITE_URL` (or `SITE_URL: undefined`, to build with none).
 */
export function runAstro(args: string[], env: NodeJS.ProcessEnv = {}, cwd = repoRoot): CommandResult {
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, ...args], {
    cwd, encoding: 'utf8', env: childEnvironment({ SITE_URL: TEST_SITE_URL, ...env }), maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A running `astro dev` server of a project. */
export interface DevServer {
  /** Its address, ending in `/`. */
  url: string;
  stop(): Promise<void>;
}

/** A port on localhost that nothing listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `astro dev` on the project at `root` and waits until it answers (at most `timeoutMs`).
 * Its pages name TEST_SITE_URL, as a test build does, unless `env` gives `SITE_URL: undefined`
 * (the dev server then names its own address).
 */
export async function startAstroDev(root: string, timeoutMs = 60_000, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const port = await freePort();
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root, env: childEnvironment({ SITE_URL: TEST_SITE_URL, ...env }), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped before it answered:\n${output}`);
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop();
  throw new Error(`astro dev did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
