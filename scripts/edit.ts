/**
 * `npm run edit [-- --port <n>] [-- --no-open]`: the browser editor on this working copy. Starts
 * Astro's dev server with the editor turned on (BRIEFINGS_EDIT=1) on 127.0.0.1 only, prints the
 * editor's address and opens it in the browser. No account, no network: files are read and
 * written in content/ directly; publish them with git as usual (docs/editing.md).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EDIT_VARIABLE } from '../src/editor/integration.ts';

const usage = `Usage: npm run edit [-- --port <number>] [-- --no-open]

  --port <number>  port of the editor (default 4321; the next free one if it is taken)
  --no-open        print the address without opening a browser`;

const { values } = parseArgs({ options: { port: { type: 'string' }, 'no-open': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.port !== undefined && !/^\d{2,5}$/.test(values.port)) {
  console.error(`--port "${values.port}" is not a port number.\n\n${usage}`);
  process.exit(1);
}

const launcher = fileURLToPath(new URL('./astro.mjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const args = ['dev', '--host', '127.0.0.1', ...(values.port ? ['--port', values.port] : []), ...(values['no-open'] ? [] : ['--open', '/keystatic'])];
// Astro's telemetry and update check would call out to the network: the editor makes no request to another host.
const env = { ...process.env, [EDIT_VARIABLE]: '1', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
const server = spawn(process.execPath, [launcher, ...args], { cwd: root, env, stdio: ['inherit', 'pipe', 'inherit'] });

let announced = false;
server.stdout.setEncoding('utf8');
server.stdout.on('data', (chunk: string) => {
  process.stdout.write(chunk);
  // Astro prints the address it listens on (the next free port when the asked one is taken).
  const address = !announced && /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.replace(/\u001b\[[0-9;]*m/g, ''));
  if (address) {
    announced = true;
    console.log(`\nThe editor is at ${address[1]}/keystatic (import a Word draft at ${address[1]}/_editor/import/).\nStop it with Ctrl+C.\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
