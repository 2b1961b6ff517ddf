/**
 * A command's output: stdout, or a file written as FILE.partial and renamed when complete, so that
 * an interrupted run (Ctrl-C, a failure) never leaves a partial FILE behind.
 */
import { createWriteStream } from 'node:fs';
import { writeLine } from './io.js';
import { partialFile } from './partialFile.js';

export interface Output {
  write(line: string | Buffer): Promise<void>;
  /** Finishes the file and gives it its name (nothing for stdout). */
  close(): Promise<void>;
}

export function openOutput(target: string | undefined): Output {
  const partial = target === undefined ? undefined : partialFile(target);
  const file = partial === undefined ? undefined : createWriteStream(partial.path);
  const newline = Buffer.from('\n');
  return {
    async write(line) {
      if (file) {
        if (!file.write(typeof line === 'string' ? `${line}\n` : Buffer.concat([line, newline]))) await new Promise<void>((r) => file.once('drain', () => r()));
      } else if (typeof line === 'string') await writeLine(line);
      else process.stdout.write(Buffer.concat([line, newline]));
    },
    async close() {
      if (file && partial) {
        await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
        partial.commit();
      }
    },
  };
}
