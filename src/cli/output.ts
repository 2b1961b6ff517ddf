/**
 * A command's output: stdout, or a file written as FILE.partial and renamed when complete, so that
 * an interrupted run (Ctrl-C, a failure) never leaves a partial FILE behind.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { writeLine } from './io.js';

export interface Output {
  write(line: string | Buffer): Promise<void>;
  /** Finishes the file and gives it its name (nothing for stdout). */
  close(): Promise<void>;
}

export function openOutput(target: string | undefined): Output {
  const partial = target === undefined ? undefined : `${target}.partial`;
  const file = partial === undefined ? undefined : createWriteStream(partial);
  const cleanup = () => {
    if (partial) rmSync(partial, { force: true });
  };
  process.once('SIGINT', cleanup);
  const newline = Buffer.from('\n');
  return {
    async write(line) {
      if (file) {
        if (!file.write(typeof line === 'string' ? `${line}\n` : Buffer.concat([line, newline]))) await new Promise<void>((r) => file.once('drain', () => r()));
      } else if (typeof line === 'string') await writeLine(line);
      else process.stdout.write(Buffer.concat([line, newline]));
    },
    async close() {
      if (file && partial && target) {
        await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
        renameSync(partial, target);
      }
      process.removeListener('SIGINT', cleanup);
    },
  };
}
