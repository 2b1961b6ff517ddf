/**
 * CLI plumbing shared by commands: line input from positionals or stdin, buffered output that
 * exits quietly on EPIPE (`| head`), and usage errors that exit 2 without a stack trace.
 */
import { createInterface } from 'node:readline';

export class UsageError extends Error {}

/** Yields the positional names, or else each line of stdin (CRLF and a BOM tolerated). */
export async function* inputLines(names: readonly string[]): AsyncGenerator<string> {
  if (names.length > 0) {
    yield* names;
    return;
  }
  if (process.stdin.isTTY) throw new UsageError('no names given and stdin is a terminal: pass names as arguments or pipe lines in');
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (let line of rl) {
    if (first && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    first = false;
    yield line;
  }
}

let closed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  closed = true;
  // A reader that went away (| head) is a normal end; anything else (a full disk) is a failure.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`onomast: cannot write the output: ${err.code ?? ''} ${err.message}\n`);
  process.exit(1);
});

// Ctrl-C: stop, keep what was written, exit 130 as shells expect.
process.on('SIGINT', () => {
  closed = true;
  process.exitCode = 130;
  process.stdout.write('', () => process.exit(130));
});

/** Reads a text file as strict UTF-8: a binary or mis-encoded file is an error naming the path. */
export function readTextFile(path: string, read: (p: string) => Uint8Array): string {
  const bytes = read(path);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('NUL');
    return text;
  } catch {
    throw new Error(`${path} is not UTF-8 text (binary or another encoding)`);
  }
}

/** Writes one output line; returns a promise only when the stream asks the caller to wait. */
export function writeLine(line: string): Promise<void> | undefined {
  if (closed) return undefined;
  if (process.stdout.write(`${line}\n`)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** TSV cells cannot hold tabs or newlines. */
export function tsvCell(value: string): string {
  return value.replace(/[\t\r\n]/g, ' ');
}
