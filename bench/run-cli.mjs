// Runs the built CLI in a child Node and measures it: wall time, exit status and the child's own
// peak RSS (reported by a preloaded exit hook), for the benches of the CLI's stream modes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const rssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

/** `{ seconds, status, peakMB, stderr }` of `node <nodeArgs> cli <args>`, stdin from `input` (a Buffer) or none. */
export function runCli(nodeArgs, args, input) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, '--import', rssHook, cli, ...args], {
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const stderr = r.stderr.toString();
  const kb = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? NaN);
  return { seconds: (performance.now() - t) / 1000, status: r.status, peakMB: kb / 1024, stderr };
}
