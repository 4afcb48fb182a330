import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { cruise, type ICruiseResult, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/content-fixture.ts';

// The floors of docs/architecture.md, top to bottom: a file may import from its own floor and the
// floors below it, never from one above. astro.config.mjs and the root files of src/ (the
// collections' config, the virtual modules' types) are entry points like scripts and routes.
const floors: readonly (readonly string[])[] = [
  ['scripts/', 'astro.config.mjs'],
  ['src/pages/', 'src/content.config.ts', 'src/virtual-modules.d.ts'],
  ['src/components/', 'src/layouts/'],
  ['src/integrations/'],
  ['src/site/'],
  ['src/loaders/'],
  ['src/markdown/', 'src/import/'],
  ['src/check/'],
  ['src/system/'],
  ['src/schemas/'],
  ['src/lib/'],
];
/** Folders beside the floors that import no project code: style sheets and ambient types. */
const leaves = ['src/styles/', 'src/types/'];
/** Every folder beside the floors: browser code (its own rule) and the leaves. */
const besideFloors = ['src/client/', ...leaves];
/** Commands that only developers run: the benchmark may use packages the product does not ship. */
const benchOnly = '^scripts/bench(\\.ts$|/)';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (prefixes: readonly string[]) => `^(${prefixes.map(escape).join('|')})`;
const above = (floor: number) => floors.slice(0, floor).flat();

const rules: IForbiddenRuleType[] = [
  { name: 'no-cycle', from: { path: '^(src|scripts)/' }, to: { circular: true } },
  ...floors.slice(1, -1).map((prefixes, floor): IForbiddenRuleType => ({
    name: 'floors', from: { path: pattern(prefixes) }, to: { path: pattern(above(floor + 1)) },
  })),
  { name: 'floors', from: { path: '^src/lib/' }, to: { path: pattern(above(floors.length - 1).filter((prefix) => prefix !== 'src/schemas/')) } },
  { name: 'floors', from: { path: '^src/lib/' }, to: { path: '^src/schemas/', dependencyTypesNot: ['type-only'] } },
  { name: 'floors', from: { path: pattern(leaves) }, to: { path: '^(src|scripts|tests)/', pathNot: pattern(leaves) } },
  { name: 'lib-is-pure', from: { path: '^src/lib/' }, to: { dependencyTypes: ['core'], dependencyTypesNot: ['type-only'] } },
  { name: 'lib-is-pure', from: { path: '^src/lib/' }, to: { path: '^(astro|virtual):', dependencyTypesNot: ['type-only'] } },
  { name: 'lib-is-pure', from: { path: '^src/lib/' }, to: { path: '^(scripts|tests)/|^src/(?!lib/|schemas/)' } },
  { name: 'client-imports-lib-and-client', from: { path: '^src/client/' }, to: { path: '^(src|scripts|tests)/|^(astro|virtual):', pathNot: '^src/(lib|client)/' } },
  { name: 'client-imports-lib-and-client', from: { path: '^src/client/' }, to: { dependencyTypes: ['core'] } },
  { name: 'client-only-in-pages', from: { path: '^(src|scripts)/', pathNot: '^src/(client|pages|components|layouts)/' }, to: { path: '^src/client/' } },
  {
    name: 'packages-in-dependencies',
    from: { path: '^(src|scripts)/|^astro\\.config\\.mjs$', pathNot: benchOnly },
    to: { dependencyTypes: ['npm-dev', 'npm-no-pkg', 'npm-unknown', 'npm-optional', 'npm-peer', 'npm-bundled'], dependencyTypesNot: ['type-only'] },
  },
  { name: 'imports-resolve', from: { path: '^(src|scripts)/|^astro\\.config\\.mjs$' }, to: { couldNotResolve: true, pathNot: '^(astro|virtual):' } },
];

/** The module imports of one parsed Astro component (frontmatter and bundled `<script>`s), with whether each is `import type`. */
function astroImports(node: unknown, found: { module: string; typeOnly: boolean }[] = []) {
  if (Array.isArray(node)) for (const child of node) astroImports(child, found);
  else if (node && typeof node === 'object') {
    const { type, source, importKind, exportKind } = node as { type?: string; source?: { value?: unknown }; importKind?: string; exportKind?: string };
    if (type && /^(ImportDeclaration|ImportExpression|Export(Named|All)Declaration)$/.test(type) && typeof source?.value === 'string') {
      found.push({ module: source.value, typeOnly: importKind === 'type' || exportKind === 'type' });
    }
    for (const value of Object.values(node)) astroImports(value, found);
  }
  return found;
}

/**
 * Copies src/, scripts/ and what they import into a temporary project in which every `X.astro`
 * becomes `X.astro.ts` holding only its imports: dependency-cruiser reads no Astro files, and a
 * specifier `./X.astro` resolves to `./X.astro.ts` there as to `./X.astro` here.
 */
async function projectCopy(root: string, plant: Record<string, string> = {}) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'briefings-architecture-'));
  for (const item of ['src', 'scripts', 'tests/helpers', 'astro.config.mjs', 'package.json']) {
    await cp(path.join(root, item), path.join(copy, item), { recursive: true, filter: (from) => !from.includes(`${path.sep}bench${path.sep}results`) });
  }
  await symlink(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  for (const [file, text] of Object.entries(plant)) await writeFile(path.join(copy, file), text);
  for (const file of await readdir(path.join(copy, 'src'), { recursive: true })) {
    if (!file.endsWith('.astro')) continue;
    const full = path.join(copy, 'src', file);
    const imports = astroImports(parse(await readFile(full, 'utf8')).ast);
    await rm(full);
    await writeFile(`${full}.ts`, imports.map(({ module, typeOnly }, n) => typeOnly ? `import type * as t${n} from ${JSON.stringify(module)};\n` : `import ${JSON.stringify(module)};\n`).join(''));
  }
  return copy;
}

/** Every module dependency-cruiser finds from src/, scripts/ and astro.config.mjs of a project copy, and the rules' violations. */
async function cruiseCopy(copy: string) {
  const { output } = await cruise(['src', 'scripts', 'astro.config.mjs'], {
    baseDir: copy,
    tsPreCompilationDeps: true,
    preserveSymlinks: true,
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types', 'typings'] },
    validate: true,
    ruleSet: { forbidden: rules },
  });
  if (typeof output === 'string') throw new Error(`dependency-cruiser returned text, not a result: ${output.slice(0, 200)}`);
  return output as ICruiseResult;
}

const named = (file: string) => file.replace(/\.astro\.ts$/, '.astro');

/** The violations of one rule, written `from -> to [how]` (a cycle as its whole path), with Astro files under their own names. */
function broken(result: ICruiseResult, rule: string) {
  return result.summary.violations
    .filter((violation: IViolation) => violation.rule.name === rule)
    .map(({ from, to, cycle, dependencyTypes }: IViolation) => cycle
      ? [from, ...cycle.map((step) => step.name)].map(named).join(' -> ')
      : `${named(from)} -> ${named(to)} [${(dependencyTypes ?? []).join(', ')}]`)
    .sort();
}

describe('the architecture of src/ and scripts/', () => {
  let copy: string;
  let result: ICruiseResult;
  beforeAll(async () => {
    copy = await projectCopy(repoRoot);
    result = await cruiseCopy(copy);
  }, 60_000);
  afterAll(async () => { if (copy) await rm(copy, { recursive: true, force: true }); });

  it('reads the imports of Astro components as well as of TypeScript modules', () => {
    const page = result.modules.find((module) => module.source === 'src/components/CiteThis.astro.ts');
    expect(page?.dependencies.map((dependency) => dependency.resolved)).toEqual(expect.arrayContaining(['src/client/cite-this.ts', 'src/site/build-session.ts', 'src/lib/citations/csl.ts']));
    expect(result.modules.length).toBeGreaterThan(250);
  });

  it('puts every folder of src/ on a floor or beside them', async () => {
    const placed = [...floors.flat(), ...besideFloors];
    const files = (await readdir(path.join(repoRoot, 'src'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const unplaced = files.map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((file) => !placed.some((prefix) => file.startsWith(prefix)));
    expect(unplaced, 'add the folder to `floors` (or `besideFloors`) here and to docs/architecture.md').toEqual([]);
  });

  it('has no import cycle', () => {
    expect(broken(result, 'no-cycle')).toEqual([]);
  });

  it('imports only from the same floor or a lower one (src/lib may import types from src/schemas)', () => {
    expect(broken(result, 'floors')).toEqual([]);
  });

  it('keeps src/lib pure: no node: or astro: module, no project folder but src/lib (and types from src/schemas)', () => {
    expect(broken(result, 'lib-is-pure')).toEqual([]);
  });

  it('lets browser code import only src/lib and src/client, and only pages, components and layouts import browser code', () => {
    expect(broken(result, 'client-imports-lib-and-client')).toEqual([]);
    expect(broken(result, 'client-only-in-pages')).toEqual([]);
  });

  it('finds every package that src/, scripts/ and astro.config.mjs import in dependencies (the benchmark excepted)', () => {
    expect(broken(result, 'packages-in-dependencies')).toEqual([]);
    expect(broken(result, 'imports-resolve')).toEqual([]);
  });
});

describe('the architecture test', () => {
  it('reports each kind of violation planted in a copy of the project', async () => {
    const copy = await projectCopy(repoRoot, {
      'src/lib/planted.ts': "import { readFileSync } from 'node:fs';\nimport { getCollection } from 'astro:content';\nimport { collection } from '../site/collections.ts';\nimport { briefingSchema } from '../schemas/briefings.ts';\nimport type { BriefingsSchema } from '../schemas/briefings.ts';\nexport const planted = [readFileSync, getCollection, collection, briefingSchema] as unknown as BriefingsSchema;\n",
      'src/check/planted-up.ts': "import './planted-down.ts';\nimport '../markdown/pipeline.ts';\n",
      'src/check/planted-down.ts': "import './planted-up.ts';\n",
      'src/client/planted.ts': "import '../site/hrefs.ts';\nimport 'node:path';\n",
      'src/site/planted.ts': "import '../client/footnotes.ts';\nimport 'vitest';\nimport 'no-such-package';\n",
      'src/components/Planted.astro': "---\nimport Page from '../pages/index.astro';\n---\n<Page />\n",
    });
    try {
      const result = await cruiseCopy(copy);
      const planted = (rule: string) => broken(result, rule).filter((line) => /planted/i.test(line));
      expect(planted('no-cycle')).toEqual(['src/check/planted-down.ts -> src/check/planted-up.ts -> src/check/planted-down.ts']);
      expect(planted('floors')).toEqual([
        'src/check/planted-up.ts -> src/markdown/pipeline.ts [local, import]',
        'src/components/Planted.astro -> src/pages/index.astro [local, import]',
        'src/lib/planted.ts -> src/schemas/briefings.ts [local, import]',
        'src/lib/planted.ts -> src/site/collections.ts [local, import]',
      ]);
      expect(planted('lib-is-pure')).toEqual(['astro:content', 'fs', 'src/site/collections.ts'].map((to) => expect.stringContaining(`src/lib/planted.ts -> ${to} [`)));
      expect(planted('client-imports-lib-and-client')).toEqual([expect.stringContaining('src/client/planted.ts -> path [core'), expect.stringContaining('src/client/planted.ts -> src/site/hrefs.ts [')]);
      expect(planted('client-only-in-pages')).toEqual([expect.stringContaining('src/site/planted.ts -> src/client/footnotes.ts [')]);
      expect(planted('packages-in-dependencies')).toEqual([expect.stringMatching(/^src\/site\/planted\.ts -> node_modules\/vitest\/.* \[npm-dev, import\]$/)]);
      expect(planted('imports-resolve')).toEqual([expect.stringContaining('src/site/planted.ts -> no-such-package [')]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
