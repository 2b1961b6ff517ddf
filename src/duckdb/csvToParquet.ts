import { MissingDependencyError } from '../errors.js';

/** Converts a CSV file (with a header; every column kept as text) to Parquet with DuckDB. */
export async function csvToParquet(csv: string, parquet: string, fn: string): Promise<void> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new MissingDependencyError(fn, '@duckdb/node-api', 'Parquet output');
  }
  const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`COPY (SELECT * FROM read_csv(${literal(csv)}, header = true, all_varchar = true)) TO ${literal(parquet)} (FORMAT parquet)`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
