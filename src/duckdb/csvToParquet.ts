import { fileSql } from './fileSql.js';
import { loadDuckDB } from './loadDuckDB.js';

/** Converts a CSV file (with a header; every column kept as text) to a `.parquet` file with DuckDB. */
export async function csvToParquet(csv: string, parquet: string, fn: string): Promise<void> {
  const duckdb = await loadDuckDB(fn, 'Parquet output');
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`COPY (SELECT * FROM ${fileSql(csv).read}) TO ${fileSql(parquet).write}`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
