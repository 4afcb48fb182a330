import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAsideContents } from '../../src/system/set-aside.ts';

let parent: string;
let dist: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'set-aside-'));
  dist = path.join(parent, 'dist');
  await mkdir(path.join(dist, 'briefings/paper'), { recursive: true });
  await mkdir(path.join(dist, '.git'));
  await writeFile(path.join(dist, 'briefings/paper/index.html'), '<p>Paper</p>');
  await writeFile(path.join(dist, 'index.html'), '<p>Home</p>');
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('setting aside the contents of a built site', () => {
  it('empties the folder at once but for what it is told to keep, and deletes the rest in the background', async () => {
    const setAside = await setAsideContents(dist, new Set(['.git']));
    expect(setAside.moved).toBe(2);
    expect(setAside.stopped).toBeUndefined();
    expect(await readdir(dist)).toEqual(['.git']);
    await setAside.removal;
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('deletes what an earlier run set aside and did not finish deleting', async () => {
    await mkdir(path.join(parent, '.set-aside-dist-abc123/briefings'), { recursive: true });
    await mkdir(path.join(parent, '.set-aside-other-abc123'));
    const setAside = await setAsideContents(dist);
    await setAside.removal;
    expect((await readdir(parent)).sort()).toEqual(['.set-aside-other-abc123', 'dist']);
  });

  it('does nothing when the folder does not exist yet', async () => {
    const setAside = await setAsideContents(path.join(parent, 'missing'));
    await setAside.removal;
    expect(setAside.moved).toBe(0);
    expect(existsSync(path.join(parent, 'missing'))).toBe(false);
  });
});
