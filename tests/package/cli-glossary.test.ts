// The glossary commands of the built CLI: lookup, search, validate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';

const cli = join(root, 'dist', 'cli', 'main.js');
const run = (args: string[], input = '') => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 30_000 });
const dir = mkdtempSync(join(tmpdir(), 'onomast-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const userGlossary = join(dir, 'user.json');
writeFileSync(userGlossary, JSON.stringify([{ id: 'acme-corp', type: 'organization', canonical: 'Acme', labels: { en: 'Acme', ru: 'Акме' }, description: 'A company' }]));

describe('onomast lookup', () => {
  test('TSV rows, exit 1 when a name is not found', () => {
    const r = run(['lookup', 'Serghei Lavrov', 'Vladimir Potanin']);
    expect(r.status).toBe(1);
    const [found, missing] = r.stdout.trimEnd().split('\n');
    expect(found!.split('\t').slice(0, 3)).toEqual(['Serghei Lavrov', 'sergey-lavrov', 'Sergey Lavrov']);
    expect(missing).toBe('Vladimir Potanin');
  });

  test('stdin lines and NDJSON', () => {
    const r = run(['lookup', '--json'], 'Xankəndi\r\nОДКБ\n');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; found: boolean });
    expect(rows.map((x) => x.id)).toEqual(['stepanakert', 'csto']);
  });

  test('a user glossary', () => {
    const r = run(['lookup', '--glossary', userGlossary, 'Акме']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Акме\tacme-corp\tAcme\t/);
  });

  test('bad options exit 2 with a message', () => {
    const r = run(['lookup', '--types', 'city', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/options.types must be an array of person, place, agreement, organization/);
  });
});

describe('onomast search', () => {
  test('ranked rows per name', () => {
    const r = run(['search', '--types', 'person', '--limit', '2', 'Aliyev']);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(0, 3)).toEqual(['Aliyev', '1', 'ilham-aliyev']);
  });
});

describe('onomast validate', () => {
  test('a valid file', () => {
    const r = run(['validate', userGlossary]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ok, 1 entities/);
  });

  test('every problem with its path; exit 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{"id":"Bad Id","type":"thing"}]');
    const r = run(['validate', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\$\[0\]\.id: /);
    expect(r.stdout).toMatch(/\$\[0\]\.type: /);
  });

  test('a missing file names the path', () => {
    const r = run(['validate', join(dir, 'nope.json')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/nope\.json/);
  });
});
