// The built CLI under hostile conditions: bad flags, bad files, odd input, signals, full disks.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';

const cli = join(root, 'dist', 'cli', 'main.js');
const run = (args: string[], input: string | Buffer = '') => spawnSync(process.execPath, [cli, ...args], { input, timeout: 60_000, maxBuffer: 64 * 2 ** 20 });
const dir = mkdtempSync(join(tmpdir(), 'onomast-cli-hard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const binary = join(dir, 'binary.dat');
writeFileSync(binary, Buffer.from([0, 1, 0xff, 0xfe, 0x80]));
const noStack = (stderr: Buffer) => expect(stderr.toString()).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('CLI hardening', () => {
  test.each([
    [['translit', '--nope']],
    [['translit', '--from']],
    [['lookup', '--min-score']],
    [['mentions', '--types']],
    [['search', '--limit']],
    [['validate']],
    [['frobnicate']],
  ])('usage errors exit 2 with usage and no stack: %j', (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/^onomast: /);
    noStack(r.stderr);
  });

  test.each([
    [['mentions', join(dir, 'missing.txt')], /missing\.txt: no such file/],
    [['mentions', binary], /binary\.dat is not UTF-8 text/],
    [['mentions', dir], /it is a directory/],
    [['lookup', '--glossary', join(dir, 'missing.json'), 'x'], /missing\.json/],
    [['lookup', '--glossary', binary, 'x'], /binary\.dat/],
    [['validate', binary], /binary\.dat/],
  ])('unreadable input exits 1 naming the path: %j', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(1);
    expect(r.stderr.toString() + r.stdout.toString()).toMatch(message as RegExp);
    noStack(r.stderr);
  });

  test('empty stdin: no output, exit 0', () => {
    for (const cmd of ['translit', 'lookup', 'variants', 'mentions']) {
      const r = run([cmd]);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout.toString(), cmd).toBe('');
    }
  });

  test('CRLF, a BOM and a 10 MB line', () => {
    const big = 'Лавров '.repeat(1_500_000);
    const r = run(['translit'], `\ufeffСергей\r\n${big}\r\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.toString().split('\n');
    expect(lines[0]).toBe('Sergey');
    expect(lines[1]!.length).toBeGreaterThan(10_000_000);
  });

  test('mentions in a file with a BOM keeps offsets', () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\ufeffLavrov in Baku');
    const r = run(['mentions', file]);
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toMatch(/\t1\t7\tsergey-lavrov\t/);
  });

  test('a full disk is an error with exit 1', () => {
    const r = spawnSync('bash', ['-c', `'${process.execPath}' '${cli}' translit Сергей > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ENOSPC/);
  });

  test('SIGINT stops with 130 and keeps what was written', async () => {
    const child = spawn(process.execPath, [cli, 'translit'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.write('Сергей\nЛавров\n');
    await new Promise((r) => setTimeout(r, 800));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(code).toBe(130);
    expect(out).toBe('Sergey\nLavrov\n');
  });

  test('every command has --help', () => {
    for (const cmd of ['translit', 'schemes', 'lookup', 'search', 'variants', 'mentions', 'normalize', 'compare', 'dedupe', 'keys', 'validate']) {
      const r = run([cmd, '--help']);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout.toString(), cmd).toMatch(/^Usage: onomast /);
    }
  });
});
