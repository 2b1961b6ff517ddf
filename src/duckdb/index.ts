// onomast/duckdb: deduplication beyond memory on DuckDB (Node only; needs @duckdb/node-api).
export { dedupeWithDuckDB } from './dedupeWithDuckDB.js';
export type { DedupeWithDuckDBOptions, DedupeWithDuckDBResult } from './dedupeWithDuckDB.js';
export { MissingDependencyError, isOnomastError } from '../errors.js';
