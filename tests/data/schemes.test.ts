import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { listSchemes } from '../../src/index.js';
import { root, schemeFiles } from '../helpers.js';

describe('data/schemes', () => {
  test('src/generated is compiled from the current data (npm run compile-data)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-data.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  test('the README schemes table is generated from the current data', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/readme-schemes.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  test('every scheme file is bundled', () => {
    expect(listSchemes().map((s) => s.id)).toEqual(schemeFiles().map((s) => s.id).sort());
  });

  test('each language of the domain has a standard and an English-practice scheme', () => {
    for (const lang of ['ru', 'uk', 'hy', 'ka', 'az', 'tr']) {
      const schemes = listSchemes({ from: lang });
      expect(schemes.some((s) => s.english), `${lang} english`).toBe(true);
      if (lang !== 'tr') expect(schemes.some((s) => s.standard), `${lang} standard`).toBe(true);
    }
  });
});
