// readGlossaryFile on hostile files: every failure is an InvalidDataError with one problem at `$`
// naming the file, size and type are checked before reading, and deep nesting never throws RangeError.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InvalidArgumentError, InvalidDataError } from '../../src/errors.js';
import { readGlossaryFile } from '../../src/glossary/readGlossaryFile.js';
import { validateEntities } from '../../src/glossary/validateEntities.js';

const dir = mkdtempSync(join(tmpdir(), 'onomast-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let serial = 0;
/** Writes a fixture file and returns its path. */
function file(content: string | Uint8Array, name = `f${serial++}.json`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
/** A sparse file of `size` bytes (no data written, so the test stays fast). */
function sparse(size: number): string {
  const path = join(dir, `sparse${serial++}.json`);
  closeSync(openSync(path, 'w'));
  truncateSync(path, size);
  return path;
}
const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

/** The InvalidDataError `readGlossaryFile(path)` throws. */
function dataError(path: string): InvalidDataError {
  try {
    readGlossaryFile(path);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidDataError);
    return e as InvalidDataError;
  }
  throw new Error(`no error for ${path}`);
}

const MiB = 1024 * 1024;
const minimal = { id: 'tbilisi', type: 'place', canonical: 'Tbilisi', labels: { ka: 'თბილისი' }, description: 'Capital of Georgia' };

type ProcessWithModules = { getBuiltinModule?: ((id: string) => unknown) | undefined };
/** Runs `fn` with `process.getBuiltinModule` replaced. */
function withBuiltinModule<T>(replacement: ProcessWithModules['getBuiltinModule'], fn: () => T): T {
  const proc = process as unknown as ProcessWithModules;
  const original = proc.getBuiltinModule;
  proc.getBuiltinModule = replacement;
  try {
    return fn();
  } finally {
    proc.getBuiltinModule = original;
  }
}

describe('files that are rejected with one problem at $ naming the file', () => {
  const deepOpen = '['.repeat(200_000);
  const deepBalanced = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  test.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(dir, 'nope', 'missing.json'), /no file at .*missing\.json.*; check the path/],
    ['a directory', () => { const d = join(dir, `d${serial++}`); mkdirSync(d); return d; }, /is a directory; pass the path of a JSON file/],
    ['a character device (/dev/null)', () => '/dev/null', /not a regular file/],
    ['a FIFO (not opened, so no hang)', () => { const p = join(dir, `fifo${serial++}`); execFileSync('mkfifo', [p]); return p; }, /not a regular file/],
    ['a sparse file of 64 MiB + 1 byte', () => sparse(64 * MiB + 1), /67,108,865 bytes, more than the 64 MiB limit; split the glossary/],
    ['a sparse file of 8 GiB (reading it would throw RangeError)', () => sparse(8 * 1024 * MiB), /8,589,934,592 bytes, more than the 64 MiB limit/],
    ['an empty file', () => file(''), /is empty; a glossary file is a JSON array of entities/],
    ['a file of white space', () => file(' \n\t\r\n'), /is empty/],
    ['a UTF-8 byte order mark alone', () => file(bytes([0xef, 0xbb, 0xbf])), /is empty/],
    ['UTF-16 LE with a BOM', () => file(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('[]')])), /UTF-16 LE .*save it as UTF-8/],
    ['UTF-16 BE with a BOM', () => file(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(JSON.stringify([minimal]))])), /UTF-16 BE/],
    ['UTF-32 LE with a BOM', () => file(bytes([0xff, 0xfe, 0, 0, 0x5b, 0, 0, 0, 0x5d, 0, 0, 0])), /UTF-32 LE/],
    ['UTF-32 BE with a BOM', () => file(bytes([0, 0, 0xfe, 0xff, 0, 0, 0, 0x5b, 0, 0, 0, 0x5d])), /UTF-32 BE/],
    ['UTF-16 LE without a BOM', () => file(utf16le(JSON.stringify([minimal]))), /looks like UTF-16 or UTF-32/],
    ['an invalid byte 0xFF', () => file(bytes('["Tbil', [0xff], 'isi"]')), /not valid UTF-8.*byte offset 6 \(0xff\)/],
    ['Latin-1 text', () => file(bytes('["Caf', [0xe9], '"]')), /not valid UTF-8.*byte offset 5 \(0xe9\)/],
    ['an overlong encoding of "/"', () => file(bytes('["', [0xc0, 0xaf], '"]')), /byte offset 2 \(0xc0\)/],
    ['an encoded surrogate (CESU-8)', () => file(bytes('["ab', [0xed, 0xa0, 0x80], '"]')), /byte offset 4 \(0xed\)/],
    ['a sequence cut off at the end', () => file(bytes('["€"]', [0xe2, 0x82])), /byte offset 7 \(0xe2\)/],
    ['an invalid byte after a UTF-8 BOM (offset counts the BOM)', () => file(bytes([0xef, 0xbb, 0xbf], '[', [0x80], ']')), /byte offset 4 \(0x80\)/],
    ['a raw NUL byte inside a string', () => file(bytes('["Tbi', [0], 'lisi"]')), /not valid JSON \(.+\)/],
    ['200,000 levels of "[" (unterminated)', () => file(deepOpen), /nested more than 64 levels deep at line 1, column 65/],
    ['200,000 levels of balanced "[ ]"', () => file(deepBalanced), /nested more than 64 levels deep at line 1, column 65/],
    ['deep nesting on a later line', () => file(`[\n  {"x":\n${'{"a":'.repeat(100)}1${'}'.repeat(100)}}]`), /at line 3, column 311/],
    ['a trailing comma', () => file('[{"id":"a"},]'), /not valid JSON \(.+\); fix the syntax/],
    ['NaN', () => file('[NaN]'), /not valid JSON/],
    ['single quotes', () => file("[{'id':'a'}]"), /not valid JSON/],
    ['two values', () => file('[] []'), /not valid JSON/],
    ['an unterminated string', () => file('["abc'), /not valid JSON/],
  ])('%s', (_name, make, message) => {
    const path = make();
    const error = dataError(path);
    expect(error.code).toBe('ERR_INVALID_DATA');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.path).toBe('$');
    expect(error.problems[0]?.message).toMatch(message);
    expect(error.problems[0]?.message).toContain(JSON.stringify(path));
    expect(error.message).toMatch(/^loadGlossary: the glossary file ".*" has 1 problem:\n {2}\$: /);
  });
});

describe('size, type and existence are checked before any byte is read', () => {
  test.each<[string, () => string]>([
    ['an oversize file', () => sparse(64 * MiB + 1)],
    ['a directory', () => { const d = join(dir, `d${serial++}`); mkdirSync(d); return d; }],
    ['a FIFO', () => { const p = join(dir, `fifo${serial++}`); execFileSync('mkfifo', [p]); return p; }],
    ['a missing file', () => join(dir, 'missing.json')],
  ])('%s', (_name, make) => {
    const path = make();
    const realFs = process.getBuiltinModule('fs');
    let reads = 0;
    const spyFs = { statSync: realFs.statSync, readFileSync: () => { reads++; throw new Error('must not read'); } };
    const error = withBuiltinModule((id) => (id === 'fs' ? spyFs : undefined), () => dataError(path));
    expect(error.problems[0]?.message).not.toMatch(/must not read/);
    expect(reads).toBe(0);
  });

  test('a file of exactly 64 MiB passes the size check (and is then read)', () => {
    expect(dataError(sparse(64 * MiB)).problems[0]?.message).toMatch(/starts with NUL bytes/);
  });
});

describe('arguments and platform', () => {
  test.each<[string, unknown]>([
    ['an empty string', ''],
    ['a number', 5],
    ['undefined', undefined],
    ['null', null],
    ['a path with a NUL', 'a\u0000b.json'],
  ])('path %s → InvalidArgumentError', (_name, path) => {
    expect(() => readGlossaryFile(path as string)).toThrow(InvalidArgumentError);
    expect(() => readGlossaryFile(path as string)).toThrow(/^loadGlossary: path must/);
  });

  test('without process.getBuiltinModule (Node < 20.16, browsers) → InvalidArgumentError naming Node ≥ 20.16', () => {
    const path = file('[]');
    withBuiltinModule(undefined, () => {
      expect(() => readGlossaryFile(path)).toThrow(InvalidArgumentError);
      expect(() => readGlossaryFile(path)).toThrow(/needs Node\.js ≥ 20\.16/);
    });
  });

  test('the module imports no node: module', () => {
    const source = readFileSync(new URL('../../src/glossary/readGlossaryFile.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from ['"](node:)?(fs|path|os)['"]/);
  });
});

describe('files that parse (validation is validateEntities’ job)', () => {
  test.each<[string, string | Uint8Array, unknown]>([
    ['null', 'null', null],
    ['an object instead of an array', '{"id":"x"}', { id: 'x' }],
    ['an empty array', '[]\n', []],
    ['a UTF-8 BOM is skipped', bytes([0xef, 0xbb, 0xbf], '[1]'), [1]],
    ['duplicate keys: the last one wins (as JSON.parse does)', '{"id":"a","id":"b"}', { id: 'b' }],
    ['an escaped NUL is text, for validateEntities to reject', '["a\\u0000b"]', ['a\u0000b']],
    ['64 levels of nesting (the limit)', `${'['.repeat(64)}${']'.repeat(64)}`, JSON.parse(`${'['.repeat(64)}${']'.repeat(64)}`)],
    ['brackets and escaped quotes inside strings do not count', `["${'['.repeat(100)}\\"${'{'.repeat(100)}\\\\"]`, [`${'['.repeat(100)}"${'{'.repeat(100)}\\`]],
    ['non-ASCII and astral text', JSON.stringify(['Əliyev', 'Ալիև', '𠀋']), ['Əliyev', 'Ալիև', '𠀋']],
  ])('%s', (_name, content, expected) => {
    expect(readGlossaryFile(file(content))).toEqual(expected);
  });
});

describe('end to end: readGlossaryFile + validateEntities', () => {
  const load = (content: string) => validateEntities(readGlossaryFile(file(content)));

  test('prototype keys at every level are rejected and pollute nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const json = `[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"a","type":"place","canonical":"A",
      "labels":{"en":"A","__proto__":{"polluted":true}},"description":"abc",
      "aliases":[{"text":"A","lang":"en","kind":"short","system":"x","__proto__":{"polluted":true}}],
      "parts":{"prototype":"x"}}]`;
    const { entities, problems } = load(json);
    expect(problems.map((p) => p.path)).toEqual([
      '$[0].__proto__', '$[0].constructor', '$[0].constructor.prototype',
      '$[0].labels.__proto__', '$[0].aliases[0].__proto__', '$[0].parts.prototype',
    ]);
    expect(entities).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  test('a valid minimal file is accepted, deeply frozen', () => {
    const { entities, problems } = load(JSON.stringify([minimal]));
    expect(problems).toEqual([]);
    expect(entities).toEqual([minimal]);
    expect(Object.isFrozen(entities[0])).toBe(true);
    expect(Object.isFrozen(entities[0]?.labels)).toBe(true);
  });

  test.each<[string, string, string[], RegExp]>([
    ['null', 'null', ['$'], /must be an array of entities; got null/],
    ['an object', JSON.stringify(minimal), ['$'], /got an object/],
    ['a NUL in a name', JSON.stringify([{ ...minimal, canonical: 'A\u0000B' }]), ['$[0].canonical'], /NUL/],
    ['a lone surrogate escape', '[{"id":"a","type":"place","canonical":"\\ud800","labels":{"en":"a"},"description":"abc"}]', ['$[0].canonical'], /lone surrogate/],
    ['a 1 MB name', JSON.stringify([{ ...minimal, canonical: 'N'.repeat(1_000_000) }]), ['$[0].canonical'], /1,000,000 characters long; at most 1,000/],
    ['100,001 entries', `[${'null,'.repeat(100_000)}null]`, ['$'], /100,001 entities; at most 100,000/],
    ['a duplicate id', JSON.stringify([minimal, minimal]), ['$[0].id', '$[1].id'], /duplicate id "tbilisi"/],
  ])('%s', (_name, content, expected, message) => {
    const { entities, problems } = load(content);
    expect(problems.map((p) => p.path)).toEqual(expected);
    expect(problems[0]?.message).toMatch(message);
    expect(entities).toEqual([]);
  });

  test('a file with 5 different problems reports all 5 with their paths', () => {
    const content = JSON.stringify([
      { ...minimal, id: 'Tbilisi' },
      { ...minimal, id: 'gyumri', labels: { hy: 'Գյումրի', 'hy armenian': 'x' }, from: '1924 AD' },
      { ...minimal, id: 'baku', aliases: [{ text: 'Baky', lang: 'az', kind: 'old-name', system: 'x' }], distinctFrom: ['bakuriani'] },
    ], null, 2);
    const { problems } = load(content);
    expect(problems.map((p) => p.path)).toEqual([
      '$[0].id', '$[1].labels["hy armenian"]', '$[1].from', '$[2].aliases[0].kind', '$[2].distinctFrom[0]',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/kebab-case/),
      expect.stringMatching(/BCP 47/),
      expect.stringMatching(/year or date/),
      expect.stringMatching(/one of official/),
      expect.stringMatching(/unknown id "bakuriani"/),
    ]);
  });
});
