// onomast dedupe, compare and normalize, built CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';

const cli = join(root, 'dist', 'cli', 'main.js');
const run = (args: string[], input: string | Buffer = '') => spawnSync(process.execPath, [cli, ...args], { input, timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'onomast-dedupe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('onomast dedupe', () => {
  test('CSV (RFC 4180) in, every row out with its cluster; bad rows kept and reported', () => {
    const file = join(dir, 'people.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('id,name,note\r\n1,Ilham Aliyev,a\r\n2,"Aliyev, Ilham","x, ""y"""\r\n3,Ильхам Алиев,\r\n4,Sergey Lavrov,"two\nlines"\r\n5,'), Buffer.from([0xff]), Buffer.from(',bad\r\n')]));
    const r = run(['dedupe', '--input', file]);
    expect(r.status).toBe(1);
    const out = r.stdout.toString().split('\n');
    expect(out[0]).toBe('id,name,note,cluster_id,canonical,entity_id,score');
    expect(out[1]).toMatch(/^1,Ilham Aliyev,a,(\d+),Ilham Aliyev,ilham-aliyev,/);
    const id = /,(\d+),Ilham Aliyev,ilham-aliyev/.exec(out[1]!)![1];
    expect(out[2]).toBe(`2,"Aliyev, Ilham","x, ""y""",${id},Ilham Aliyev,ilham-aliyev,1`);
    expect(out[3]).toMatch(new RegExp(`^3,Ильхам Алиев,,${id},`));
    expect(out[4]).toBe('4,Sergey Lavrov,"two');
    expect(r.stderr.toString()).toMatch(/line 7: invalid UTF-8; written unchanged/);
    expect(r.stdout.includes(Buffer.from([0xff]))).toBe(true);
  });

  test('--clusters, --output (written whole or not at all), NDJSON, stdin lines', () => {
    const file = join(dir, 'p.ndjson');
    writeFileSync(file, '{"name":"Ilham Aliyev","x":1}\n{"name":"İlham Əliyev"}\n{"nom":1}\n');
    const out = join(dir, 'out.ndjson');
    const r = run(['dedupe', '--input', file, '--output', out]);
    expect(r.status).toBe(1);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(JSON.parse(rows[0]!)).toMatchObject({ name: 'Ilham Aliyev', x: 1, entity_id: 'ilham-aliyev' });
    expect(rows[2]).toBe('{"nom":1}');
    const c = run(['dedupe', '--clusters', '--no-glossary'], 'Ilham Aliyev\nAliev Ilham\nSergey Lavrov\n');
    expect(c.status).toBe(0);
    expect(c.stdout.toString().trim().split('\n')).toHaveLength(3);
  });

  test('a missing column is a usage error naming the columns', () => {
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const r = run(['dedupe', '--input', file, '--column', 'name']);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/no column "name" in the header \(a, b\)/);
  });
});

describe('onomast compare and normalize', () => {
  test('compare', () => {
    const r = run(['compare', 'Ilham Aliyev', 'Ильхам Алиев']);
    expect(r.stdout.toString()).toMatch(/^0\.970\t/);
    expect(run(['compare', 'one']).status).toBe(2);
  });
  test('normalize', () => {
    expect(run(['normalize', 'İlham  Əliyev']).stdout.toString()).toBe('İlham  Əliyev\tilham əliyev\talev ilham\n');
  });
});

describe('onomast dedupe: Ctrl-C leaves nothing behind', () => {
  const interrupt = async (args: string[], env: NodeJS.ProcessEnv, until: () => boolean, feed?: string) => {
    const child = spawn(process.execPath, [cli, 'dedupe', ...args], { stdio: ['pipe', 'ignore', 'pipe'], env });
    if (feed !== undefined) child.stdin.write(feed);
    const closed = new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    for (let i = 0; i < 1000 && !until(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(until()).toBe(true);
    child.kill('SIGINT');
    return closed;
  };

  test('no partial --output file', async () => {
    const input = join(dir, 'many.csv');
    const names = ['Ilham Aliyev', 'Ильхам Алиев', 'Sergey Lavrov', 'Zohrab Mnatsakanyan'];
    writeFileSync(input, `id,name\n${Array.from({ length: 400_000 }, (_, i) => `${i},${names[i % 4]}`).join('\n')}\n`);
    const out = join(dir, 'many.out.csv');
    const code = await interrupt(['--input', input, '--output', out], process.env, () => existsSync(`${out}.partial`));
    expect(code).toBe(130);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  test('no stdin spool left in the temporary directory', async () => {
    const tmp = mkdtempSync(join(dir, 'tmp-'));
    const spools = () => readdirSync(tmp).filter((f) => f.startsWith('onomast-dedupe-'));
    const code = await interrupt(['--format', 'lines'], { ...process.env, TMPDIR: tmp }, () => spools().length > 0, 'Ilham Aliyev\nSergey Lavrov\n');
    expect(code).toBe(130);
    expect(spools()).toEqual([]);
  });
});

test('onomast dedupe: a cluster is named by its most frequent spelling in the file, as with --engine duckdb', () => {
  const file = join(dir, 'freq.csv');
  writeFileSync(file, 'name\nIvan Petrovski\nPetrovski Ivan\nPetrovski Ivan\nIVAN PETROVSKI\n');
  for (const engine of [[], ['--engine', 'duckdb', '--output', join(dir, 'freq.out.csv')]]) {
    const r = run(['dedupe', '--no-glossary', '--input', file, ...engine]);
    expect(r.status).toBe(0);
    const out = engine.length ? readFileSync(join(dir, 'freq.out.csv'), 'utf8') : r.stdout.toString();
    expect(out.trimEnd().split('\n').slice(1).map((l) => l.split(',')[2])).toEqual(['Petrovski Ivan', 'Petrovski Ivan', 'Petrovski Ivan', 'Petrovski Ivan']);
  }
  expect(run(['dedupe', '--threshold', '2', '--input', file]).status).toBe(2);
});
