// onomast dedupe --engine duckdb on N generated rows (default 10,000,000; see generate-names.mjs),
// the whole process capped at about 2 GB: Node's heap at 1 GB, DuckDB's memory at 768 MB (it
// spills to disk beyond). Reports time and the child's peak RSS.
// Run: npm run build && node bench/dedupe-duckdb.mjs [N]
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { generateNames } = await import('./generate-names.mjs');
const { runCli } = await import('./run-cli.mjs');
const N = Number(process.argv[2] ?? 10_000_000);
const dir = mkdtempSync(join(tmpdir(), 'onomast-bench-duckdb-'));
try {
  const csv = join(dir, 'names.csv');
  const fd = openSync(csv, 'w');
  let buf = 'id,name\n';
  let i = 0;
  generateNames(N, (row) => {
    buf += `${i++},"${row.replace(/"/g, '""')}"\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  });
  writeSync(fd, buf);
  closeSync(fd);
  const out = join(dir, 'out.parquet');
  const r = runCli(['--max-old-space-size=1024'], ['dedupe', '--engine', 'duckdb', '--memory-limit', '768MB', '--input', csv, '--output', out]);
  if (r.status !== 0) console.error(r.stderr);
  console.log(
    `onomast dedupe --engine duckdb: ${N.toLocaleString('en')} rows (${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB CSV) in ${r.seconds.toFixed(1)} s, exit ${r.status}, peak RSS ${r.peakMB.toFixed(0)} MB, output ${(statSync(out).size / 2 ** 20).toFixed(0)} MiB Parquet`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
