import { InvalidArgumentError, InvalidDataError } from '../errors.js';
import { describe } from '../translit/readOptions.js';

/** Largest glossary file read, in bytes (checked on the file's size before reading). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Deepest nesting of `[` and `{` accepted; an entity file needs 4. */
const MAX_NESTING = 64;

/** The part of `node:fs` used here (obtained at run time, never imported). */
interface FsLike {
  statSync(path: string): { isFile(): boolean; isDirectory(): boolean; readonly size: number };
  readFileSync(path: string): Uint8Array;
}

interface ProcessLike {
  getBuiltinModule?: (id: string) => unknown;
  cwd?: () => string;
}

function fail(path: string, message: string): InvalidDataError {
  return new InvalidDataError('loadGlossary', `the glossary file ${JSON.stringify(path)}`, [{ path: '$', message }]);
}

function codeOf(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 (only run after a decoding error). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      else if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      else if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = bytes[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, column in UTF-16 code units) of index `at` of `text`. */
function lineColumn(text: string, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${at - start + 1}`;
}

/**
 * Index of the first `[` or `{` nested deeper than `MAX_NESTING` outside strings, or -1.
 * One linear pass; strings are skipped with `indexOf`.
 */
function tooDeep(text: string): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip to the closing quote: one preceded by an even number of backslashes.
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return -1; // unterminated string: JSON.parse reports it
        let backslashes = 0;
        for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        j++;
      }
      i = j;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/**
 * Reads a glossary file (Node only) and returns the parsed JSON, not yet validated (see
 * `validateEntities`). Used by `loadGlossary`. It never imports a `node:` module: `fs` is
 * taken from `process.getBuiltinModule` (Node ≥ 20.16), so bundles for browsers stay clean.
 *
 * Every problem with the file is an `InvalidDataError` with one problem at `$` that names
 * the file and what to do: no such file, a directory or other non-regular file, more than
 * 64 MiB (checked on the size before reading), a UTF-16 or UTF-32 file, bytes that are not
 * UTF-8 (with the byte offset), an empty file, nesting deeper than 64 levels, or text that
 * is not JSON (with the parser's message). A UTF-8 byte order mark is skipped. Duplicate
 * keys in an object are accepted as `JSON.parse` does: the last one wins.
 *
 * @throws InvalidArgumentError when `path` is not a non-empty string, or outside Node ≥ 20.16.
 * @throws InvalidDataError when the file cannot be read as UTF-8 JSON.
 *
 * @example
 * const data = readGlossaryFile('my-glossary.json');
 * const { entities, problems } = validateEntities(data);
 */
export function readGlossaryFile(path: string): unknown {
  if (typeof path !== 'string' || path.length === 0) {
    throw new InvalidArgumentError(`loadGlossary: path must be a non-empty string (the path of a JSON file of entities); got ${describe(path)}`);
  }
  if (path.includes('\u0000')) {
    throw new InvalidArgumentError(`loadGlossary: path must not contain a NUL character; got ${describe(path)}`);
  }
  const proc = (globalThis as { process?: ProcessLike }).process;
  const fs = proc?.getBuiltinModule?.('fs') as FsLike | undefined;
  if (fs === undefined) {
    throw new InvalidArgumentError('loadGlossary: reading a file needs Node.js ≥ 20.16 (process.getBuiltinModule); elsewhere, parse the JSON yourself and pass the entities to createGlossary()');
  }

  let stats: ReturnType<FsLike['statSync']>;
  try {
    stats = fs.statSync(path);
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      let where = '';
      try {
        if (proc?.cwd) where = ` (relative paths are resolved against ${proc.cwd()})`;
      } catch {
        // no current directory: leave it out
      }
      throw fail(path, `no file at ${JSON.stringify(path)}${where}; check the path`);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw fail(path, `${JSON.stringify(path)} cannot be read: permission denied; check the file's permissions`);
    }
    throw fail(path, `${JSON.stringify(path)} cannot be opened (${messageOf(e)}); check the path`);
  }
  if (stats.isDirectory()) {
    throw fail(path, `${JSON.stringify(path)} is a directory; pass the path of a JSON file of entities inside it`);
  }
  if (!stats.isFile()) {
    throw fail(path, `${JSON.stringify(path)} is not a regular file (a device, FIFO or socket); pass the path of a JSON file of entities`);
  }
  const tooLarge = (size: number) =>
    fail(path, `${JSON.stringify(path)} is ${size.toLocaleString('en-US')} bytes, more than the ${MAX_BYTES / 1024 / 1024} MiB limit; split the glossary into several files`);
  if (stats.size > MAX_BYTES) throw tooLarge(stats.size);

  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    throw fail(path, `${JSON.stringify(path)} could not be read (${messageOf(e)}); check the file`);
  }
  if (bytes.length > MAX_BYTES) throw tooLarge(bytes.length); // it grew after the size check

  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  const b3 = bytes[3];
  const saveAsUtf8 = 'save it as UTF-8 (without a byte order mark)';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    throw fail(path, `${JSON.stringify(path)} is encoded in UTF-32 LE (it starts with a UTF-32 byte order mark); ${saveAsUtf8}`);
  }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) {
    throw fail(path, `${JSON.stringify(path)} is encoded in UTF-32 BE (it starts with a UTF-32 byte order mark); ${saveAsUtf8}`);
  }
  if (b0 === 0xff && b1 === 0xfe) {
    throw fail(path, `${JSON.stringify(path)} is encoded in UTF-16 LE (it starts with a UTF-16 byte order mark); ${saveAsUtf8}`);
  }
  if (b0 === 0xfe && b1 === 0xff) {
    throw fail(path, `${JSON.stringify(path)} is encoded in UTF-16 BE (it starts with a UTF-16 byte order mark); ${saveAsUtf8}`);
  }
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  // JSON text starts with an ASCII character, so a NUL byte among the first two means UTF-16/32 without a BOM.
  if (bytes.length >= bom + 2 && (bytes[bom] === 0 || bytes[bom + 1] === 0)) {
    throw fail(path, `${JSON.stringify(path)} starts with NUL bytes: it looks like UTF-16 or UTF-32 text, or is not a text file; ${saveAsUtf8}`);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom > 0 ? bytes.subarray(bom) : bytes);
  } catch {
    const at = firstInvalidUtf8(bytes.subarray(bom));
    const where = at >= 0 ? ` at byte offset ${at + bom} (0x${(bytes[at + bom] as number).toString(16).padStart(2, '0')})` : '';
    throw fail(path, `${JSON.stringify(path)} is not valid UTF-8: the first invalid byte sequence is${where || ' somewhere in the file'}; ${saveAsUtf8}`);
  }
  if (text.trim().length === 0) {
    throw fail(path, `${JSON.stringify(path)} is empty; a glossary file is a JSON array of entities ([] for none)`);
  }
  const deep = tooDeep(text);
  if (deep >= 0) {
    throw fail(path, `${JSON.stringify(path)} is nested more than ${MAX_NESTING} levels deep at ${lineColumn(text, deep)}; a glossary file is a JSON array of entities, at most 4 levels deep`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    if (e instanceof RangeError) {
      throw fail(path, `${JSON.stringify(path)} could not be parsed (${e.message}); it is too large or too deeply nested`);
    }
    throw fail(path, `${JSON.stringify(path)} is not valid JSON (${messageOf(e)}); fix the syntax (a JSON linter shows where)`);
  }
}
