import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { blockingKeys } from '../dedupe/blockingKeys.js';
import { ENTITY_MIN, KEY_SCORE, MAX_BLOCK, niceness } from '../dedupe/dedupeRules.js';
import { InvalidArgumentError, OnomastError, isOnomastError } from '../errors.js';
import { clusteringOptions } from '../dedupe/clusteringOptions.js';
import { unionFind } from '../dedupe/unionFind.js';
import { compareReadings, nameReadings, type Readings } from '../match/compareReadings.js';
import { describe, readOptions } from '../translit/readOptions.js';
import type { Glossary } from '../types.js';
import { fileSql } from './fileSql.js';
import { loadDuckDB } from './loadDuckDB.js';

/** Options of {@link dedupeWithDuckDB}. */
export interface DedupeWithDuckDBOptions {
  /** A CSV (RFC 4180, with a header), TSV or Parquet file (by extension). */
  readonly input: string;
  /** Where every input row goes with cluster_id, canonical, entity_id, score: CSV, TSV or Parquet (by extension). */
  readonly output?: string;
  /** The column with the names. @default 'name' */
  readonly column?: string;
  /** Where one row per cluster goes (cluster_id, canonical, entity_id, score, size). At least one of output and clusters is needed. */
  readonly clusters?: string;
  /** As in dedupeNames: the glossary names join, or `false`. @default the bundled glossary */
  readonly glossary?: Glossary | false;
  /** As in dedupeNames. @default 0.9 */
  readonly threshold?: number;
  /** As in dedupeNames. @default false */
  readonly keyOnly?: boolean;
  /** DuckDB's memory limit (`'1GB'`); DuckDB spills to `tempDirectory` beyond it. @default '1GB' */
  readonly memoryLimit?: string;
  /** Where DuckDB keeps its working database and spills (a fresh folder inside, removed after). @default os.tmpdir() */
  readonly tempDirectory?: string;
  /** Called as the run goes: the phase and how many of its items are done. */
  readonly onProgress?: (phase: 'read' | 'keys' | 'compare' | 'group' | 'write', done: number) => void;
}

/** What a run did. */
export interface DedupeWithDuckDBResult {
  readonly rows: number;
  readonly names: number;
  readonly clusters: number;
}

const BATCH = 8192;

/**
 * `dedupeNames` beyond memory: DuckDB reads the file, holds the rows, the distinct names, their
 * blocking keys and the candidate links (spilling to disk past `memoryLimit`), does the blocking
 * joins and writes the result; JavaScript computes keys and scores batch by batch and groups the
 * names with typed arrays (a few bytes per distinct name). The clusters are those of dedupeNames
 * over the same names. Needs the optional peer dependency `@duckdb/node-api`.
 *
 * @example
 * await dedupeWithDuckDB({ input: 'people.parquet', column: 'full_name', output: 'people.clustered.parquet' })
 */
export async function dedupeWithDuckDB(options: DedupeWithDuckDBOptions): Promise<DedupeWithDuckDBResult> {
  const o = readOptions('dedupeWithDuckDB', options, ['input', 'output', 'column', 'clusters', 'glossary', 'threshold', 'keyOnly', 'memoryLimit', 'tempDirectory', 'onProgress']);
  const path = (key: string, required: boolean) => {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.length === 0 || v.includes('\u0000')) throw new InvalidArgumentError(`dedupeWithDuckDB: options.${key} must be a file path (.csv, .tsv or .parquet); got ${describe(v)}`);
    return v;
  };
  const input = path('input', true)!;
  const output = path('output', false);
  const clustersOut = path('clusters', false);
  if (output === undefined && clustersOut === undefined) throw new InvalidArgumentError('dedupeWithDuckDB: options.output or options.clusters must be given (a .csv, .tsv or .parquet path)');
  const column = o.column ?? 'name';
  if (typeof column !== 'string' || column.length === 0) throw new InvalidArgumentError(`dedupeWithDuckDB: options.column must be a column name; got ${describe(o.column)}`);
  const { glossary, threshold, keyOnly } = clusteringOptions('dedupeWithDuckDB', o);
  const memoryLimit = o.memoryLimit ?? '1GB';
  if (typeof memoryLimit !== 'string' || !/^\d+(\.\d+)?\s?[KMGT]i?B$/i.test(memoryLimit)) throw new InvalidArgumentError(`dedupeWithDuckDB: options.memoryLimit must be a size like '512MB' or '2GB'; got ${describe(memoryLimit)}`);
  const tempDirectory = path('tempDirectory', false);
  const onProgress = o.onProgress as DedupeWithDuckDBOptions['onProgress'];
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new InvalidArgumentError(`dedupeWithDuckDB: options.onProgress must be a function; got ${describe(onProgress)}`);

  const duckdb = await loadDuckDB('dedupeWithDuckDB', 'the DuckDB engine');
  // A database file, not ':memory:': DuckDB can then evict the tables themselves, not only
  // intermediate results, and a file far larger than memoryLimit goes through.
  if (tempDirectory) mkdirSync(tempDirectory, { recursive: true });
  const work = mkdtempSync(join(tempDirectory ?? tmpdir(), 'onomast-duckdb-'));
  try {
    const instance = await duckdb.DuckDBInstance.create(join(work, 'dedupe.duckdb'), { memory_limit: memoryLimit, temp_directory: join(work, 'spill') });
    const db = await instance.connect();
    // Appenders write on a second connection: a query on the connection that streams a result
    // (an appender's flush) would end that stream early.
    const out = await instance.connect();
    try {
      return await run(db, out, { input, output, clustersOut, column, threshold, keyOnly, glossary, onProgress });
    } catch (e) {
      if (isOnomastError(e) || !/Out of Memory/i.test(String((e as Error).message))) throw e;
      throw new OnomastError('ERR_INVALID_ARGUMENT', `dedupeWithDuckDB: DuckDB ran out of memory under memoryLimit ${memoryLimit}; raise options.memoryLimit (--memory-limit)`);
    } finally {
      out.closeSync();
      db.closeSync();
      instance.closeSync();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}


const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

const rowCount = async (db: DuckDBConnection, table: string) => Number((await db.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRowsJS()[0]![0]);

/** The rows of a query, a DuckDB chunk (~2,048 rows) at a time, without holding the result. */
async function* batches<Row>(db: DuckDBConnection, sql: string): AsyncGenerator<Row[]> {
  const result = await db.stream(sql);
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) yield chunk.getRows() as unknown as Row[];
}

interface Run {
  input: string;
  output: string | undefined;
  clustersOut: string | undefined;
  column: string;
  threshold: number;
  keyOnly: boolean;
  glossary: Glossary | undefined;
  onProgress: DedupeWithDuckDBOptions['onProgress'];
}

async function run(db: DuckDBConnection, out: DuckDBConnection, r: Run): Promise<DedupeWithDuckDBResult> {
  const progress = r.onProgress ?? (() => undefined);
  // Rows keep their order (rowid); names are numbered in sorted order, as dedupeNames sorts them.
  try {
    await db.run(`CREATE TABLE input AS SELECT * FROM ${fileSql(r.input).read}`);
  } catch (e) {
    // DuckDB stops at the first unreadable record; the in-memory engine keeps such rows and reports them all.
    throw new OnomastError('ERR_INVALID_DATA', `dedupeWithDuckDB: cannot read ${r.input}: ${(e as Error).message.split('\n')[0]} (dedupeNames / onomast dedupe without --engine duckdb keep unreadable rows and list them)`);
  }
  const columns = (await db.runAndReadAll(`SELECT column_name FROM (DESCRIBE input)`)).getRowsJS().map((x) => String(x[0]));
  if (!columns.includes(r.column)) throw new InvalidArgumentError(`dedupeWithDuckDB: no column ${JSON.stringify(r.column)} in ${r.input} (columns: ${columns.join(', ')}); pass options.column`);
  const col = ident(r.column);
  const rows = await rowCount(db, 'input');
  progress('read', rows);
  await db.run(`CREATE TABLE names AS SELECT ${col}::VARCHAR AS name, count(*)::INTEGER AS n FROM input WHERE ${col} IS NOT NULL GROUP BY ALL ORDER BY name`);
  await db.run('CREATE TABLE nkeys (nid INTEGER, key VARCHAR)');
  const total = await rowCount(db, 'names');

  // Per distinct name: its entity (glossary), niceness, and its blocking keys into nkeys.
  const entities = r.glossary?.entities() ?? [];
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  const entityOf = new Int32Array(total).fill(-1);
  const nice = new Uint8Array(total);
  const count = new Int32Array(total);
  const keysOut = await out.createAppender('nkeys');
  let nid = 0;
  for await (const batch of batches<[string, number]>(db, 'SELECT name, n FROM names ORDER BY rowid')) {
    for (const [name, n] of batch) {
      count[nid] = n;
      const readings = nameReadings(name);
      nice[nid] = niceness(name);
      if (readings.tokens[0]!.length > 0) {
        const hit = r.glossary?.lookup(name, { minScore: ENTITY_MIN });
        if (hit) entityOf[nid] = entityIndex.get(hit.entity.id) ?? -1;
        const { keys, skeletons } = blockingKeys(readings);
        for (const k of keys) {
          keysOut.appendInteger(nid);
          keysOut.appendVarchar(`k:${k}`);
          keysOut.endRow();
        }
        if (!r.keyOnly) {
          for (const s of skeletons) {
            keysOut.appendInteger(nid);
            keysOut.appendVarchar(`c:${s}`);
            keysOut.endRow();
          }
        }
      }
      nid++;
    }
    progress('keys', nid);
  }
  keysOut.closeSync();
  if (nid !== total) throw new Error(`dedupeWithDuckDB: read ${nid} of ${total} names`);

  // Candidate links: equal keys (each name to the block's first), then pairs of small skeleton
  // blocks scored here; names of one entity are linked to its first name.
  await db.run('CREATE TABLE edges (s DOUBLE, i INTEGER, j INTEGER)');
  await db.run(`INSERT INTO edges SELECT ${KEY_SCORE}, first, nid FROM (SELECT nid, min(nid) OVER (PARTITION BY key) AS first FROM nkeys WHERE key LIKE 'k:%') WHERE nid <> first`);
  await db.run('CREATE TABLE nentity (nid INTEGER, entity INTEGER)');
  const entityOut = await out.createAppender('nentity');
  entityOf.forEach((e, i) => {
    if (e < 0) return;
    entityOut.appendInteger(i);
    entityOut.appendInteger(e);
    entityOut.endRow();
  });
  entityOut.closeSync();
  await db.run('INSERT INTO edges SELECT 1.0, first, nid FROM (SELECT nid, min(nid) OVER (PARTITION BY entity) AS first FROM nentity) WHERE nid <> first');
  const edgesOut = await out.createAppender('edges');
  const pairs = `
    WITH b AS (SELECT key, nid, count(*) OVER (PARTITION BY key) AS size FROM nkeys WHERE key LIKE 'c:%')
    SELECT x.nid, nx.name, y.nid, ny.name
    FROM b x JOIN b y ON x.key = y.key AND x.nid < y.nid AND x.size <= ${MAX_BLOCK}
    JOIN names nx ON nx.rowid = x.nid JOIN names ny ON ny.rowid = y.nid`;
  // Readings of recently seen names: pairs arrive grouped by block, so a small cache serves most.
  const cache = new Map<number, Readings>();
  const readingsOf = (id: number, name: string) => {
    let got = cache.get(id);
    if (!got) {
      if (cache.size >= 50_000) cache.clear();
      cache.set(id, (got = nameReadings(name)));
    }
    return got;
  };
  let compared = 0;
  for await (const batch of batches<[number, string, number, string]>(db, pairs)) {
    for (const [i, a, j, b] of batch) {
      if (entityOf[i]! >= 0 && entityOf[j]! >= 0) continue;
      const s = compareReadings(readingsOf(i, a), readingsOf(j, b)).score;
      if (s >= r.threshold) {
        edgesOut.appendDouble(s);
        edgesOut.appendInteger(i);
        edgesOut.appendInteger(j);
        edgesOut.endRow();
      }
    }
    compared += batch.length;
    progress('compare', compared);
  }
  edgesOut.closeSync();

  // Union-find over typed arrays, strongest links first; two entities never merge.
  const groups = unionFind(total, entityOf);
  let grouped = 0;
  for await (const batch of batches<[number, number, number]>(db, 'SELECT s, i, j FROM edges ORDER BY s DESC, i, j')) {
    for (const [s, i, j] of batch) groups.union(i, j, s);
    grouped += batch.length;
    progress('group', grouped);
  }

  // Per cluster (its root is its first name: unions keep the smaller index): the size and the
  // most frequent, nicest spelling, then numbered in SQL by canonical name and first member, as
  // dedupeNames does. Ordered aggregates over all names would not spill; typed arrays are small.
  const best = new Int32Array(total).fill(-1);
  const size = new Int32Array(total);
  await db.run('CREATE TABLE assign (nid INTEGER, root INTEGER)');
  const assignOut = await out.createAppender('assign');
  for (let i = 0; i < total; i++) {
    const root = groups.find(i);
    size[root] = size[root]! + 1;
    const b = best[root]!;
    if (b < 0 || count[i]! > count[b]! || (count[i] === count[b] && nice[i]! > nice[b]!)) best[root] = i;
    assignOut.appendInteger(i);
    assignOut.appendInteger(root);
    assignOut.endRow();
    if (i % BATCH === 0) progress('write', i);
  }
  assignOut.closeSync();
  await db.run('CREATE TABLE roots (root INTEGER, best INTEGER, entity_id VARCHAR, canonical VARCHAR, score DOUBLE, size INTEGER)');
  const rootsOut = await out.createAppender('roots');
  for (let i = 0; i < total; i++) {
    if (groups.find(i) !== i) continue;
    const e = entityOf[i]! >= 0 ? entities[entityOf[i]!] : undefined;
    rootsOut.appendInteger(i);
    rootsOut.appendInteger(best[i]!);
    if (e) {
      rootsOut.appendVarchar(e.id);
      rootsOut.appendVarchar(e.canonical);
    } else {
      rootsOut.appendNull();
      rootsOut.appendNull();
    }
    rootsOut.appendDouble(Math.round(groups.weakest[i]! * 1000) / 1000);
    rootsOut.appendInteger(size[i]!);
    rootsOut.endRow();
  }
  rootsOut.closeSync();
  await db.run(`
    CREATE TABLE clusters AS
    SELECT row_number() OVER (ORDER BY coalesce(r.canonical, b.name), f.name)::INTEGER AS cluster_id,
           r.root, coalesce(r.canonical, b.name) AS canonical, r.entity_id, r.score, r.size
    FROM roots r JOIN names b ON b.rowid = r.best JOIN names f ON f.rowid = r.root`);
  if (r.output) {
    // Each distinct name's cluster first, so that the rows meet one join.
    await db.run(`
      CREATE TABLE named AS
      SELECT n.name, c.cluster_id, c.canonical, c.entity_id, c.score
      FROM names n JOIN assign a ON a.nid = n.rowid JOIN clusters c ON c.root = a.root`);
    await db.run(`
      COPY (SELECT i.*, x.cluster_id, x.canonical, x.entity_id, x.score
            FROM input i LEFT JOIN named x ON x.name = i.${col}::VARCHAR
            ORDER BY i.rowid) TO ${fileSql(r.output).write}`);
  }
  if (r.clustersOut) {
    await db.run(`COPY (SELECT cluster_id, canonical, entity_id, score, size FROM clusters ORDER BY cluster_id) TO ${fileSql(r.clustersOut).write}`);
  }
  const clusterCount = await rowCount(db, 'clusters');
  progress('write', total);
  return { rows, names: total, clusters: clusterCount };
}
