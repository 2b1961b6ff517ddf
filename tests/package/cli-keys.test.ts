// `onomast keys`: the name keys and the glossary's alias table that other engines join on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultGlossary } from '../../src/glossary/defaultGlossary.js';
import { splitFields } from '../../src/cli/records.js';
import { root } from '../helpers.js';

const cli = join(root, 'dist', 'cli', 'main.js');
const run = (args: string[], input = '') => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 60_000, maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), 'onomast-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csvRows = (text: string) => {
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((l) => Object.fromEntries(splitFields(l, 'csv').map((v, i) => [columns[i]!, v])));
};

describe('onomast keys (names)', () => {
  test('one CSV row per name; spellings of one name share the key', () => {
    const r = run(['keys', 'Ilham Aliyev', 'Ильхам Алиев', 'Aliyev, Ilham', 'Sergey Lavrov']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('name,key,key_az,skeletons');
    const rows = csvRows(r.stdout);
    expect(rows.map((x) => x['name'])).toEqual(['Ilham Aliyev', 'Ильхам Алиев', 'Aliyev, Ilham', 'Sergey Lavrov']);
    expect(new Set(rows.slice(0, 3).map((x) => x['key'])).size).toBe(1);
    expect(rows[3]!['key']).not.toBe(rows[0]!['key']);
  });

  test('stdin lines, NDJSON and TSV', () => {
    const nd = run(['keys', '--format', 'ndjson'], 'Mnatsakanyan\nМнацаканян\n');
    expect(nd.status).toBe(0);
    const rows = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows[0]!['key']).toBe(rows[1]!['key']);
    expect(Object.keys(rows[0]!)).toEqual(['name', 'key', 'key_az', 'skeletons']);
    expect(run(['keys', '--json'], 'Mnatsakanyan\nМнацаканян\n').stdout).toBe(nd.stdout);
    const tsv = run(['keys', '--format', 'tsv', 'a\tb']);
    expect(tsv.stdout.split('\n')[1]!.split('\t')[0]).toBe('a b');
  });

  test('a Turkic spelling gets its Azerbaijani reading when it differs', () => {
    const row = csvRows(run(['keys', 'Şuşa']).stdout)[0]!;
    expect(row['key_az']).not.toBe('');
    expect(row['key_az']).not.toBe(row['key']);
  });
});

describe('onomast keys --aliases', () => {
  const r = run(['keys', '--aliases']);
  const rows = csvRows(r.stdout);

  test('every entity of the bundled glossary, with attested and generated spellings', () => {
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('entity_id,type,alias,kind,lang,script,system,generated,key,key_az,skeletons');
    const ids = new Set(rows.map((x) => x['entity_id']));
    expect(ids.size).toBe(defaultGlossary().size);
    expect(rows.some((x) => x['generated'] === 'true' && x['system'] !== '')).toBe(true);
    expect(rows.filter((x) => x['kind'] === 'canonical')).toHaveLength(defaultGlossary().size);
    for (const x of rows) expect(x['key'], x['alias']).not.toBe('');
  });

  test('the keys of the table are the keys of names mode (one join works both ways)', () => {
    const sample = rows.filter((_, i) => i % 97 === 0);
    const again = csvRows(run(['keys'], sample.map((x) => x['alias']).join('\n')).stdout);
    expect(again.map((x) => [x['key'], x['key_az'], x['skeletons']])).toEqual(sample.map((x) => [x['key'], x['key_az'], x['skeletons']]));
  });

  test('messy spellings join their entity on the key', () => {
    const messy = csvRows(run(['keys', 'ALIYEV ILHAM', 'Лавров Сергей', 'Ararat Mirzoian']).stdout);
    for (const m of messy) {
      const joined = new Set(rows.filter((x) => x['key'] === m['key'] || x['key_az'] === m['key']).map((x) => x['entity_id']));
      expect(joined.size, m['name']).toBeGreaterThan(0);
      expect(joined.size, m['name']).toBeLessThanOrEqual(2);
    }
  });

  test('a user glossary, written to --output without a partial file left', () => {
    const user = join(dir, 'user.json');
    writeFileSync(user, JSON.stringify([{ id: 'acme-corp', type: 'organization', canonical: 'Acme', labels: { en: 'Acme', ru: 'Акме' }, description: 'A company' }]));
    const out = join(dir, 'aliases.ndjson');
    const w = run(['keys', '--aliases', '--glossary', user, '--format', 'ndjson', '--output', out]);
    expect(w.status).toBe(0);
    expect(w.stdout).toBe('');
    expect(existsSync(`${out}.partial`)).toBe(false);
    const table = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(new Set(table.map((x) => x['entity_id']))).toEqual(new Set(['acme-corp']));
    expect(table.find((x) => x['alias'] === 'Акме')).toMatchObject({ lang: 'ru', script: 'Cyrl', kind: 'label', generated: false });
  });
});

test('onomast keys --aliases --output FILE.parquet writes the same table as Parquet', async () => {
  const parquet = join(dir, 'aliases.parquet');
  const r = run(['keys', '--aliases', '--output', parquet]);
  expect(r.status, r.stderr).toBe(0);
  expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = (await db.runAndReadAll(`SELECT entity_id, alias, key FROM read_parquet('${parquet.replace(/'/g, "''")}')`)).getRows();
  const csv = csvRows(run(['keys', '--aliases']).stdout);
  expect(rows).toHaveLength(csv.length);
  expect(rows[0]).toEqual([csv[0]!['entity_id'], csv[0]!['alias'], csv[0]!['key']]);
  db.closeSync();
  expect(run(['keys', '--format', 'tsv', '--output', parquet]).status).toBe(2);
});

describe('onomast keys: usage errors exit 2', () => {
  test.each([
    [['keys', '--format', 'parquet', 'x'], /--format must be csv, tsv or ndjson/],
    [['keys', '--glossary', 'g.json', 'x'], /--glossary goes with --aliases/],
    [['keys', '--aliases', 'x'], /takes no names/],
    [['keys', '--json', '--format', 'csv', 'x'], /--json means --format ndjson/],
  ])('%j', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });

  test('documented in onomast --help and onomast keys --help', () => {
    expect(run(['--help']).stdout).toMatch(/^ {2}keys /m);
    expect(run(['keys', '--help']).stdout).toMatch(/--aliases/);
  });
});
