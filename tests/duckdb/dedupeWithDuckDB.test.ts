import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { splitFields, csvField } from '../../src/cli/records.js';
import { dedupeNames } from '../../src/dedupe/dedupeNames.js';
import { dedupeWithDuckDB } from '../../src/duckdb/dedupeWithDuckDB.js';
import { defaultGlossary } from '../../src/glossary/defaultGlossary.js';
import { spellingVariants } from '../../src/variants/spellingVariants.js';
import { root } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'onomast-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readCsv = (file: string) => {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((l) => Object.fromEntries(splitFields(l, 'csv').map((v, i) => [columns[i]!, v])));
};
const writeCsv = (file: string, names: readonly (string | null)[]) =>
  writeFileSync(file, `id,name\n${names.map((n, i) => `${i},${n === null ? '' : csvField(n) === '' ? '""' : csvField(n)}`).join('\n')}\n`);

// Messy names with the shapes of real data: glossary people in other scripts and romanizations,
// typos, family-name-first order, capitals, and unknown people from mixed real name parts.
let seed = 11;
const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
const people = defaultGlossary().entities().filter((e) => e.type === 'person' && e.canonical.split(' ').length === 2).slice(0, 120);
const names: string[] = [];
for (const e of people) {
  const forms = [e.canonical, ...Object.values(e.labels), ...spellingVariants(e.labels['ru'] ?? e.canonical, { limit: 4 }).map((v) => v.text)];
  for (let k = 0; k < 6; k++) {
    const f = forms[rand(forms.length)]!;
    const parts = f.split(' ');
    const i = 1 + rand(Math.max(1, f.length - 2));
    names.push([f, f.toUpperCase(), parts.length === 2 ? `${parts[1]}, ${parts[0]}` : f, f.slice(0, i) + 'aeiou'[rand(5)] + f.slice(i + 1)][rand(4)]!);
  }
  const other = people[rand(people.length)]!;
  names.push(`${e.canonical.split(' ')[0]} ${other.canonical.split(' ')[1]}ski`);
}

describe('dedupeWithDuckDB', () => {
  const input = join(dir, 'names.csv');
  writeCsv(input, [...names, null, ...names.slice(0, 50)]);

  test('the clusters of dedupeNames, every row in input order', async () => {
    const output = join(dir, 'out.csv');
    const result = await dedupeWithDuckDB({ input, output });
    const expected = dedupeNames(names);
    expect(result).toEqual({ rows: names.length + 51, names: new Set(names).size, clusters: expected.length });
    const rows = readCsv(output);
    expect(rows.map((r) => r['id'])).toEqual(rows.map((_, i) => String(i)));
    const byName = new Map(expected.flatMap((c, i) => c.members.map((m) => [m, { id: String(i + 1), c }] as const)));
    for (const r of rows) {
      if (r['name'] === '') {
        expect(r['cluster_id']).toBe('');
        continue;
      }
      const want = byName.get(r['name']!)!;
      expect([r['cluster_id'], r['canonical'], r['entity_id'], Number(r['score'])], r['name']).toEqual([want.id, want.c.canonical, want.c.entityId ?? '', want.c.score]);
    }
  });

  test('without the glossary, and by name keys only, as dedupeNames', async () => {
    for (const options of [{ glossary: false as const }, { glossary: false as const, keyOnly: true }]) {
      const clusters = join(dir, 'clusters.csv');
      await dedupeWithDuckDB({ input, clusters, ...options });
      const expected = dedupeNames(names, options);
      expect(readCsv(clusters).map((r) => [r['canonical'], Number(r['size']), Number(r['score'])])).toEqual(expected.map((c) => [c.canonical, c.members.length, c.score]));
    }
  });

  test('Parquet and TSV in and out', async () => {
    const parquet = join(dir, 'out.parquet');
    await dedupeWithDuckDB({ input, output: parquet });
    const tsv = join(dir, 'again.tsv');
    await dedupeWithDuckDB({ input: parquet, column: 'canonical', output: tsv, glossary: false, keyOnly: true });
    const lines = readFileSync(tsv, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id\tname\tcluster_id\tcanonical\tentity_id\tscore\tcluster_id_1\tcanonical_1\tentity_id_1\tscore_1');
    expect(lines).toHaveLength(names.length + 52);
    const tsvIn = join(dir, 'in.tsv');
    writeFileSync(tsvIn, 'name\tnote\nIlham Aliyev\ta "quoted" note\nИльхам Алиев\t\n');
    const out = join(dir, 'from-tsv.csv');
    await dedupeWithDuckDB({ input: tsvIn, output: out });
    expect(readCsv(out).map((r) => [r['note'], r['entity_id']])).toEqual([['a "quoted" note', 'ilham-aliyev'], ['', 'ilham-aliyev']]);
  });

  test('bad options and files: OnomastErrors that say what to do', async () => {
    await expect(dedupeWithDuckDB({ input, output: join(dir, 'x.csv'), column: 'nope' })).rejects.toThrow(/no column "nope" in .*names\.csv \(columns: id, name\); pass options\.column/);
    await expect(dedupeWithDuckDB({ input: join(dir, 'missing.csv'), output: join(dir, 'x.csv') })).rejects.toMatchObject({ code: 'ERR_INVALID_DATA', message: expect.stringMatching(/cannot read .*missing\.csv/) });
    await expect(dedupeWithDuckDB({ input })).rejects.toThrow(/options\.output or options\.clusters must be given/);
    await expect(dedupeWithDuckDB({ input, output: join(dir, 'x.csv'), threshold: 2 })).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    await expect(dedupeWithDuckDB({ input, output: join(dir, 'x.csv'), memoryLimit: 'lots' })).rejects.toThrow(/memoryLimit must be a size like '512MB'/);
    await expect(dedupeWithDuckDB({ input, output: join(dir, 'x.csv'), nope: 1 } as never)).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    await expect(dedupeWithDuckDB(null as never)).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  test('spills to a temporary directory under a small memory limit and reports progress', async () => {
    const spill = join(dir, 'spill');
    const phases = new Set<string>();
    const output = join(dir, 'small.csv');
    await dedupeWithDuckDB({ input, output, memoryLimit: '64MB', tempDirectory: spill, onProgress: (p) => phases.add(p) });
    expect([...phases]).toEqual(['read', 'keys', 'compare', 'group', 'write']);
    expect(readdirSync(spill)).toEqual([]); // the working database is removed
    expect(readCsv(output)).toHaveLength(names.length + 51);
  });
});

describe('onomast dedupe --engine duckdb', () => {
  const cli = join(root, 'dist', 'cli', 'main.js');
  const run = (args: string[]) => spawnSync(process.execPath, [cli, 'dedupe', ...args], { encoding: 'utf8', timeout: 60_000 });

  test('file to file, the same rows as the memory engine', () => {
    const input = join(dir, 'cli.csv');
    writeCsv(input, names.slice(0, 200));
    const a = join(dir, 'cli-duckdb.csv');
    const b = join(dir, 'cli-memory.csv');
    expect(run(['--engine', 'duckdb', '--input', input, '--output', a]).status).toBe(0);
    expect(run(['--input', input, '--output', b]).status).toBe(0);
    const norm = (rows: Record<string, string>[]) => rows.map((r) => ({ ...r, score: String(Number(r['score'])) }));
    expect(norm(readCsv(a))).toEqual(norm(readCsv(b)));
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  test('usage errors exit 2', () => {
    expect(run(['--engine', 'duckdb', '--input', 'x.csv']).stderr).toMatch(/--engine duckdb reads --input FILE and writes --output FILE/);
    expect(run(['--engine', 'spark', '--input', 'x.csv']).status).toBe(2);
    expect(run(['--memory-limit', '1GB', '--input', 'x.csv']).status).toBe(2);
  });
});

test('a file with invalid UTF-8 is refused with the line, and points to the engine that keeps such rows', async () => {
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, Buffer.concat([Buffer.from('id,name\n1,Ilham Aliyev\n2,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
  await expect(dedupeWithDuckDB({ input: bad, output: join(dir, 'bad.out.csv') })).rejects.toMatchObject({
    code: 'ERR_INVALID_DATA',
    message: expect.stringMatching(/cannot read .*bad\.csv: .*Line: 3.*without --engine duckdb keep unreadable rows/),
  });
  expect(existsSync(join(dir, 'bad.out.csv'))).toBe(false);
});

test('more links than one appender flush (the streams stay whole): the clusters of dedupeNames', async () => {
  // 130 made-up family names, each in 100 vowel spellings (Mnatsakanyan, Mnetsakanyan …): each
  // block of 100 gives ~2,000 links, ~250,000 in all (an appender flushes at ~200,000 rows).
  const groups = ['mn', 'ts', 'k', 'ny', 'kh', 'ch', 't', 'ry', 'b', 'gd', 's', 'r', 'v', 'gr', 'm', 'ly', 'p', 'sh', 'l', 'd'];
  const many: string[] = [];
  for (let f = 0; f < 130; f++) {
    const frame = [0, 1, 2, 3, 4].map((i) => groups[(Math.floor(f / 20 ** (i % 2)) + i * 7) % 20]!);
    for (let v = 0; v < 100; v++) {
      const family = frame.map((g, i) => (i < 4 ? g + 'aeiou'[Math.floor(v / 5 ** i) % 5] : g)).join('');
      many.push(`Zoravar ${family[0]!.toUpperCase()}${family.slice(1)}`);
    }
  }
  const input = join(dir, 'many.csv');
  writeCsv(input, many);
  const clusters = join(dir, 'many-clusters.csv');
  const result = await dedupeWithDuckDB({ input, clusters, glossary: false });
  const expected = dedupeNames(many, { glossary: false });
  expect(result.names).toBe(new Set(many).size);
  expect(expected.length).toBeLessThan(result.names / 10); // most spellings were linked
  expect(readCsv(clusters).map((r) => [r['canonical'], Number(r['size'])])).toEqual(expected.map((c) => [c.canonical, c.members.length]));
}, 60_000);
