// dedupeNames on N generated rows (default 1,000,000): names of the glossary's people with real
// variation (labels in other scripts, aliases, generated spellings, typos, family-name-first order,
// initials, capitals) plus unknown people built from real given and family names. Reports time,
// peak memory and pairwise precision/recall against the generator's truth.
// Then the same rows through `onomast dedupe` (the stream mode: a CSV file, then piped to stdin),
// with the child's time and peak RSS.
// Run: npm run build && node --max-old-space-size=2048 bench/dedupe.mjs [N]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { dedupeNames } = await import(join(import.meta.dirname, '..', 'dist', 'index.js'));
const { generateNames } = await import('./generate-names.mjs');
const { runCli } = await import('./run-cli.mjs');
const N = Number(process.argv[2] ?? 1_000_000);
const { rows, truth, rand } = generateNames(N);
global.gc?.();
const t0 = performance.now();
const clusters = dedupeNames(rows);
const seconds = (performance.now() - t0) / 1000;
const peak = process.resourceUsage().maxRSS / 1024;
// Pairwise precision and recall over a sample of row pairs that share a truth label or a cluster.
const clusterOf = new Map();
clusters.forEach((c, i) => c.members.forEach((m) => clusterOf.set(m, i)));
let tp = 0, fp = 0, fn = 0;
for (let k = 0; k < 200_000; k++) {
  const i = rand(N);
  const j = rand(N);
  if (i === j || rows[i] === rows[j]) continue;
  const same = truth[i] === truth[j];
  const together = clusterOf.get(rows[i]) === clusterOf.get(rows[j]);
  if (same && together) tp++;
  else if (together) fp++;
  else if (same) fn++;
}
console.log(`dedupeNames: ${N.toLocaleString('en')} rows (${new Set(rows).size.toLocaleString('en')} distinct) → ${clusters.length.toLocaleString('en')} clusters in ${seconds.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB`);
console.log(`sampled pairs: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (${tp + fp + fn} informative pairs)`);

// The stream mode: the CLI reads the rows twice (stdin is spooled to a temporary file) and holds
// only the distinct names. The child reports its own peak RSS on exit.
const dir = mkdtempSync(join(tmpdir(), 'onomast-bench-'));
try {
  const csv = join(dir, 'names.csv');
  writeFileSync(csv, `id,name\n${rows.map((r, i) => `${i},${r}`).join('\n')}\n`);
  for (const [label, args, stdin] of [
    ['--input file', ['--input', csv, '--output', join(dir, 'out.csv')], undefined],
    ['stdin pipe  ', ['--format', 'csv', '--output', join(dir, 'out2.csv')], readFileSync(csv)],
  ]) {
    const r = runCli(['--max-old-space-size=2048'], ['dedupe', ...args], stdin);
    console.log(`onomast dedupe ${label}: ${N.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s, exit ${r.status}, peak RSS ${r.peakMB.toFixed(0)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
