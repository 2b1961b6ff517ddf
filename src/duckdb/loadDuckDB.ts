import { MissingDependencyError } from '../errors.js';

/** The optional peer `@duckdb/node-api`, or MissingDependencyError naming what needs it. */
export async function loadDuckDB(fn: string, purpose: string): Promise<typeof import('@duckdb/node-api')> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new MissingDependencyError(fn, '@duckdb/node-api', purpose);
  }
}
