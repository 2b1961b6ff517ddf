import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterCounts } from '../../dedupe/clusterCounts.js';
import { defaultGlossary } from '../../glossary/defaultGlossary.js';
import { loadGlossary } from '../../glossary/loadGlossary.js';
import { UsageError, writeLine } from '../io.js';
import { openOutput } from '../output.js';
import { partialFile } from '../partialFile.js';
import { startProgress } from '../progress.js';
import { csvField, formatOf, records, splitFields, type Format, type RawRecord } from '../records.js';

export const dedupeHelp = `Usage: onomast dedupe [options] [--input FILE]

Clusters the names of a column (or of each line of stdin) and writes every input row with
cluster_id, canonical, entity_id and score, in the input's format. Names the glossary knows join
their entity; the others are linked by name key and token comparison (never two entities).

Options:
  --input FILE       CSV (RFC 4180), TSV, NDJSON (by extension) or one name per line; stdin when absent
  --column NAME      the column (CSV/TSV header) or field (NDJSON) with the names (default: name)
  --format F         csv, tsv, ndjson or lines (default: from the file extension)
  --output FILE      write there instead of stdout (written to FILE.partial, renamed when complete)
  --clusters         write one row per cluster instead (cluster_id, canonical, entity_id, score, size, members)
  --glossary FILE    a user glossary instead of the bundled one
  --no-glossary      cluster by the names alone
  --threshold N      lowest similarity that links two unknown names (default 0.9)
  --engine E         memory (default) or duckdb: beyond memory, on DuckDB (needs @duckdb/node-api;
                     --input and --output required; CSV, TSV or Parquet by extension)
  --memory-limit S   DuckDB's memory limit before it spills to disk (default 1GB)
  -h, --help         this help

Rows that cannot be read (invalid UTF-8, a missing column, bad JSON) are reported on stderr with
their line numbers and written unchanged. Memory holds the distinct names, not the rows, when the
input is read twice (stdin is spooled to a temporary file for the second pass). On a terminal, stderr shows rows/s and the ETA. Exit 1 when some rows could not be read.

Example:
  onomast dedupe --input people.csv --column name --output people.clustered.csv`;

interface Row {
  readonly record: RawRecord;
  readonly name: string | undefined;
  readonly fields: string[] | undefined;
  readonly json: Record<string, unknown> | undefined;
}

function parseRow(record: RawRecord, format: Format, column: number, field: string): Row {
  if (record.text === undefined) return { record, name: undefined, fields: undefined, json: undefined };
  if (format === 'lines') return { record, name: record.text, fields: undefined, json: undefined };
  if (format === 'ndjson') {
    try {
      const json = JSON.parse(record.text) as unknown;
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return { record, name: undefined, fields: undefined, json: undefined };
      const value = (json as Record<string, unknown>)[field];
      return { record, name: typeof value === 'string' && Object.hasOwn(json, field) ? value : undefined, fields: undefined, json: json as Record<string, unknown> };
    } catch {
      return { record, name: undefined, fields: undefined, json: undefined };
    }
  }
  const fields = splitFields(record.text, format);
  return { record, name: fields[column], fields, json: undefined };
}

export async function dedupeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      input: { type: 'string' },
      column: { type: 'string', default: 'name' },
      format: { type: 'string' },
      output: { type: 'string' },
      clusters: { type: 'boolean', default: false },
      glossary: { type: 'string' },
      'no-glossary': { type: 'boolean', default: false },
      threshold: { type: 'string' },
      engine: { type: 'string', default: 'memory' },
      'memory-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeLine(dedupeHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('dedupe takes its names from --input or stdin');
  if (values.engine !== 'memory' && values.engine !== 'duckdb') throw new UsageError(`--engine must be memory or duckdb; got ${JSON.stringify(values.engine)}`);
  if (values.engine === 'duckdb') return duckdbEngine(values);
  if (values['memory-limit'] !== undefined) throw new UsageError('--memory-limit goes with --engine duckdb');
  const format = formatOf(values.input, values.format);
  const glossary = values['no-glossary'] ? false : values.glossary === undefined ? defaultGlossary() : loadGlossary(values.glossary);
  const threshold = values.threshold === undefined ? 0.9 : Number(values.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`--threshold must be a number above 0 and at most 1; got ${JSON.stringify(values.threshold)}`);
  const tty = process.stderr.isTTY === true;
  // Pass 1 reports its share of the file's bytes; pass 2 its share of the rows pass 1 counted.
  const reading = tty ? startProgress('read', values.input === undefined ? undefined : statSync(values.input).size) : undefined;
  let position = 0;
  let rowCount = 0;

  // Pass 1: the header and the distinct names with their counts (the most frequent names a cluster).
  let header: string[] | undefined;
  let column = -1;
  const names = new Map<string, number>();
  // stdin cannot be re-read: its records go to a temporary file, not memory.
  const spool = values.input === undefined && !values.clusters ? openSpool() : undefined;
  let bad = 0;
  const report = (row: Row, why: string) => {
    bad++;
    process.stderr.write(`onomast: line ${row.record.line}: ${why}; written unchanged\n`);
  };
  for await (const record of records(values.input, format)) {
    if ((format === 'csv' || format === 'tsv') && header === undefined) {
      header = record.text === undefined ? [] : splitFields(record.text, format);
      column = header.indexOf(values.column);
      if (column === -1) throw new UsageError(`no column ${JSON.stringify(values.column)} in the header (${header.join(', ')}); pass --column`);
      await spool?.write(record.bytes);
      continue;
    }
    const row = parseRow(record, format, column, values.column);
    if (row.name !== undefined) names.set(row.name, (names.get(row.name) ?? 0) + 1);
    await spool?.write(record.bytes);
    rowCount++;
    position += record.bytes.length + 1;
    reading?.tick(position);
  }
  const clusters = clusterCounts(names, glossary === false ? undefined : glossary, threshold, false);
  const clusterOf = new Map<string, [number, (typeof clusters)[number]]>();
  clusters.forEach((c, i) => {
    for (const m of c.members) clusterOf.set(m, [i + 1, c]);
  });
  reading?.end(`; ${names.size.toLocaleString('en')} distinct names in ${clusters.length.toLocaleString('en')} clusters`);

  const out = openOutput(values.output);
  const write = out.write;
  const extra = ['cluster_id', 'canonical', 'entity_id', 'score'];

  if (values.clusters) {
    await write(format === 'ndjson' ? '' : [...extra, 'size', 'members'].join(format === 'tsv' || format === 'lines' ? '\t' : ','));
    for (const [i, c] of clusters.entries()) {
      const cells = [String(i + 1), c.canonical, c.entityId ?? '', String(c.score), String(c.members.length), c.members.join(' | ')];
      if (format === 'ndjson') await write(JSON.stringify({ cluster_id: i + 1, canonical: c.canonical, entity_id: c.entityId ?? null, score: c.score, members: c.members }));
      else await write(format === 'csv' ? cells.map(csvField).join(',') : cells.map((x) => x.replace(/[\t\n]/g, ' ')).join('\t'));
    }
  } else {
    const source = rereadRows(spool ? await spool.close() : values.input!, format, column, values.column);
    let headerWritten = false;
    const writing = tty ? startProgress('written', rowCount) : undefined;
    let written = 0;
    for await (const row of source) {
      if ((format === 'csv' || format === 'tsv') && !headerWritten) {
        headerWritten = true;
        const sep = format === 'csv' ? ',' : '\t';
        await write(`${row.record.text ?? ''}${sep}${extra.join(sep)}`);
        continue;
      }
      writing?.tick(++written);
      if (row.name === undefined) {
        report(row, row.record.text === undefined ? 'invalid UTF-8' : format === 'ndjson' ? `not a JSON object with a string "${values.column}"` : 'no value in the name column');
        await write(row.record.bytes);
        continue;
      }
      const [id, c] = clusterOf.get(row.name)!;
      const cells = [String(id), c.canonical, c.entityId ?? '', String(c.score)];
      if (format === 'ndjson') await write(JSON.stringify({ ...row.json, cluster_id: id, canonical: c.canonical, entity_id: c.entityId ?? null, score: c.score }));
      else if (format === 'csv') await write(`${row.record.text}${','}${cells.map(csvField).join(',')}`);
      else if (format === 'tsv') await write(`${row.record.text}\t${cells.map((x) => x.replace(/[\t\n]/g, ' ')).join('\t')}`);
      else await write([row.name, ...cells].map((x) => x.replace(/[\t\n]/g, ' ')).join('\t'));
    }
    writing?.end('');
  }
  await out.close();
  spool?.remove();
  return bad > 0 ? 1 : 0;
}

async function* rereadRows(path: string, format: Format, column: number, field: string): AsyncGenerator<Row> {
  let first = true;
  for await (const record of records(path, format)) {
    if ((format === 'csv' || format === 'tsv') && first) {
      first = false;
      yield { record, name: undefined, fields: undefined, json: undefined };
      continue;
    }
    yield parseRow(record, format, column, field);
  }
}

/** A temporary file holding stdin's records (one per line, as read) for the second pass. */
function openSpool(): { write(bytes: Buffer): Promise<void>; close(): Promise<string>; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'onomast-dedupe-'));
  const path = join(dir, 'stdin');
  const file = openOutput(path);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', remove);
  process.once('exit', remove);
  return {
    write: (bytes) => file.write(bytes),
    async close() {
      await file.close();
      return path;
    },
    remove,
  };
}

/** `--engine duckdb`: the whole run on DuckDB, file to file. */
async function duckdbEngine(values: { input?: string; output?: string; column: string; clusters: boolean; glossary?: string; 'no-glossary': boolean; threshold?: string; 'memory-limit'?: string }): Promise<number> {
  if (values.input === undefined || values.output === undefined) throw new UsageError('--engine duckdb reads --input FILE and writes --output FILE (.csv, .tsv or .parquet)');
  const { dedupeWithDuckDB } = await import('../../duckdb/dedupeWithDuckDB.js');
  const glossary = values['no-glossary'] ? false : values.glossary === undefined ? defaultGlossary() : loadGlossary(values.glossary);
  const tty = process.stderr.isTTY === true;
  const t0 = Date.now();
  let last = 0;
  // Written under a temporary name (DuckDB picks the format by its extension) and renamed when complete.
  const partial = partialFile(values.output, true);
  const result = await dedupeWithDuckDB({
    input: values.input,
    ...(values.clusters ? { clusters: partial.path } : { output: partial.path }),
    column: values.column,
    glossary,
    ...(values.threshold === undefined ? {} : { threshold: Number(values.threshold) }),
    ...(values['memory-limit'] === undefined ? {} : { memoryLimit: values['memory-limit'] }),
    onProgress: (phase, done) => {
      const now = Date.now();
      if (!tty || now - last < 200) return;
      last = now;
      process.stderr.write(`\r${phase}: ${done.toLocaleString('en')} (${((now - t0) / 1000).toFixed(0)} s)\u001b[K`);
    },
  }).catch((e: unknown) => {
    partial.discard();
    throw e;
  });
  partial.commit();
  if (tty) process.stderr.write(`\r${result.rows.toLocaleString('en')} rows, ${result.names.toLocaleString('en')} distinct names, ${result.clusters.toLocaleString('en')} clusters in ${((Date.now() - t0) / 1000).toFixed(1)} s\u001b[K\n`);
  return 0;
}
