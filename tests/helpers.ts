import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

export interface SchemeFile {
  id: string;
  from: string;
  script: string;
  standard: boolean;
  english: boolean;
  ascii: boolean;
  samples: [string, string][];
}

/** Every scheme file in data/schemes, parsed. */
export function schemeFiles(): SchemeFile[] {
  const dir = join(root, 'data', 'schemes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SchemeFile);
}

/** Lines of a fixture file (UTF-8), without the trailing empty line. */
export function fixtureLines(...parts: string[]): string[] {
  return readFileSync(join(root, 'tests', 'fixtures', ...parts), 'utf8').split('\n').filter((l) => l !== '');
}
