import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.ts';

describe('npm run preview:drafts', () => {
  it('refuses to build a preview with drafts into dist/, which holds the site for publication', () => {
    const result = runScript('scripts/preview-drafts.ts', ['--outDir', 'dist', '--build-only']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('dist/ holds the site for publication; build the preview with drafts into another folder (the default is dist-drafts/).');
  });
});
