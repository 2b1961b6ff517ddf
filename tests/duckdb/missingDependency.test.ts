// Without the optional peer @duckdb/node-api, the DuckDB engine says what to install.
import { expect, test, vi } from 'vitest';
import { dedupeWithDuckDB } from '../../src/duckdb/dedupeWithDuckDB.js';
import { isOnomastError } from '../../src/errors.js';

vi.mock('@duckdb/node-api', () => {
  throw Object.assign(new Error("Cannot find package '@duckdb/node-api'"), { code: 'ERR_MODULE_NOT_FOUND' });
});

test('MissingDependencyError names the package and the install command', async () => {
  const error = await dedupeWithDuckDB({ input: 'names.csv', output: 'out.csv' }).catch((e: unknown) => e);
  expect(isOnomastError(error)).toBe(true);
  expect(error).toMatchObject({ name: 'MissingDependencyError', code: 'ERR_MISSING_DEPENDENCY' });
  expect((error as Error).message).toBe('dedupeWithDuckDB: the DuckDB engine needs the optional peer dependency @duckdb/node-api: npm install @duckdb/node-api');
});
