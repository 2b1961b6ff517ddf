import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { csvToParquet } from '../../duckdb/csvToParquet.js';
import { blockingKeys } from '../../dedupe/blockingKeys.js';
import { defaultGlossary } from '../../glossary/defaultGlossary.js';
import { loadGlossary } from '../../glossary/loadGlossary.js';
import { indexOfGlossary } from '../../glossary/makeGlossary.js';
import { nameReadings } from '../../match/compareReadings.js';
import { detectScript } from '../../translit/detectScript.js';
import { UsageError, inputLines, tsvCell, writeLine } from '../io.js';
import { openOutput } from '../output.js';
import { partialFile } from '../partialFile.js';
import { csvField } from '../records.js';

export const keysHelp = `Usage: onomast keys [options] [names...]
       onomast keys --aliases [--glossary FILE] [options]

Exports the keys onomast blocks and joins names on, so that other engines (SQL, Spark, splink,
zingg) can join on the same keys:
  names (arguments or stdin lines):  name, key, key_az, skeletons
  --aliases (every spelling of every glossary entity, generated ones included):
                                     entity_id, type, alias, kind, lang, script, system, generated,
                                     key, key_az, skeletons
key is the name key (script- and spelling-folded, order-free, titles and patronymics set aside);
key_az the key read with Azerbaijani/Turkish letter values (when that differs); skeletons
the consonant skeletons of tokens of 4+ letters, space-separated (fuzzy blocking keys).
Join a messy name to an entity where name.key equals alias.key or alias.key_az.

Options:
  --aliases          the glossary's spellings instead of names
  --glossary FILE    a user glossary instead of the bundled one (with --aliases)
  --format F         csv (default), tsv or ndjson
  --json             the same as --format ndjson
  --output FILE      write there instead of stdout (FILE.partial until complete); a .parquet
                     FILE is written as Parquet (needs the optional @duckdb/node-api)
  -h, --help         this help

Example:
  onomast keys --aliases --output aliases.csv
  onomast keys < names.txt > names.keys.csv`;

const NAME_COLUMNS = ['name', 'key', 'key_az', 'skeletons'] as const;
const ALIAS_COLUMNS = ['entity_id', 'type', 'alias', 'kind', 'lang', 'script', 'system', 'generated', 'key', 'key_az', 'skeletons'] as const;

function keyCells(text: string): { key: string; key_az: string; skeletons: string } {
  const { keys, skeletons } = blockingKeys(nameReadings(text));
  return { key: keys[0] ?? '', key_az: keys[1] ?? '', skeletons: skeletons.join(' ') };
}

export async function keysCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      aliases: { type: 'boolean', default: false },
      glossary: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean', default: false },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeLine(keysHelp);
    return 0;
  }
  if (values.json && values.format !== undefined && values.format !== 'ndjson') throw new UsageError(`--json means --format ndjson; got --format ${values.format}`);
  const format = values.json ? 'ndjson' : (values.format ?? 'csv');
  if (format !== 'csv' && format !== 'tsv' && format !== 'ndjson') throw new UsageError(`--format must be csv, tsv or ndjson; got ${JSON.stringify(format)}`);
  if (values.aliases && positionals.length > 0) throw new UsageError('keys --aliases takes no names');
  if (!values.aliases && values.glossary !== undefined) throw new UsageError('--glossary goes with --aliases (name keys do not depend on a glossary)');
  const columns: readonly string[] = values.aliases ? ALIAS_COLUMNS : NAME_COLUMNS;
  const glossary = values.aliases ? (values.glossary === undefined ? defaultGlossary() : loadGlossary(values.glossary)) : undefined;
  // Parquet: the CSV goes to a temporary file that DuckDB converts.
  const parquet = values.output !== undefined && /\.parquet$/i.test(values.output) ? values.output : undefined;
  if (parquet && format !== 'csv') throw new UsageError('a .parquet --output is written from CSV: leave --format out');
  const work = parquet ? mkdtempSync(join(tmpdir(), 'onomast-keys-')) : undefined;
  const out = openOutput(work ? join(work, 'keys.csv') : values.output);
  const row = (record: Record<string, string | boolean>) =>
    out.write(
      format === 'ndjson'
        ? JSON.stringify(record)
        : columns.map((c) => (format === 'csv' ? csvField(String(record[c])) : tsvCell(String(record[c])))).join(format === 'csv' ? ',' : '\t'),
    );
  if (format !== 'ndjson') await out.write(columns.join(format === 'csv' ? ',' : '\t'));
  if (glossary) {
    const index = indexOfGlossary(glossary)!;
    // The index reads some spellings two ways (Alma-Ata as "alma ata" and "almaata"): one row each.
    const seen = new Set<string>();
    for (const n of index.names) {
      const id = `${n.entity}\u0000${n.text}\u0000${n.kind}\u0000${n.lang}\u0000${n.system ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const entity = index.entities[n.entity]!;
      await row({ entity_id: entity.id, type: entity.type, alias: n.text, kind: n.kind, lang: n.lang, script: detectScript(n.text), system: n.system ?? '', generated: n.generated, ...keyCells(n.text) });
    }
  } else {
    for await (const name of inputLines(positionals)) await row({ name, ...keyCells(name) });
  }
  await out.close();
  if (work && parquet) {
    const partial = partialFile(parquet, true);
    try {
      await csvToParquet(join(work, 'keys.csv'), partial.path, 'onomast keys');
      partial.commit();
    } finally {
      partial.discard();
      rmSync(work, { recursive: true, force: true });
    }
  }
  return 0;
}
