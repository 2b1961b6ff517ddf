import { renameSync, rmSync } from 'node:fs';

/**
 * Where to write `target` so that it only ever appears complete: `path` (`target.partial`, with
 * the extension kept when a writer picks its format by it) is renamed onto `target` by commit();
 * discard() — or Ctrl-C — removes it.
 */
export function partialFile(target: string, keepExtension = false): { readonly path: string; commit(): void; discard(): void } {
  const path = `${target}.partial${keepExtension ? (/\.[a-z]+$/i.exec(target)?.[0] ?? '') : ''}`;
  const remove = () => rmSync(path, { force: true });
  process.once('SIGINT', remove);
  return {
    path,
    commit() {
      renameSync(path, target);
      process.removeListener('SIGINT', remove);
    },
    discard() {
      remove();
      process.removeListener('SIGINT', remove);
    },
  };
}
