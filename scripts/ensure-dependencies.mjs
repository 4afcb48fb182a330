// Runs before `npm test` on any Node: installs the project's packages (Node 24 among them) when a
// fresh clone has none yet, so `npm test` works as the README's second command on its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/.bin/astro', import.meta.url))) {
  console.log('First run: installing the project packages (npm install)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
