// Per-call romanization throughput on ~1 MB of Russian names and sentences (one call per line),
// onomast (built dist/) against the `transliteration` package, 15 interleaved rounds; MB/s of UTF-8 input.
// Run: npm run build && node bench/throughput.mjs
import { createRequire } from 'node:module';
import { buildCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { transliterate } = await import('../dist/index.js');
const peer = require('transliteration');

const { lines, bytes } = buildCorpus();
const contenders = {
  'onomast (from: ru, BGN/PCGN)': (s) => transliterate(s, { from: 'ru' }),
  'onomast (auto-detect)': (s) => transliterate(s),
  'onomast (ascii: true)': (s) => transliterate(s, { ascii: true }),
  'transliteration 2.6': (s) => peer.transliterate(s),
};
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
let sink = 0;
for (let round = 0; round < 15; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const t0 = process.hrtime.bigint();
    for (const line of lines) sink += fn(line).length;
    times[name].push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
const mbps = (t) => bytes / 1e6 / t;
const rows = Object.entries(times).map(([name, ts]) => {
  const sorted = [...ts].sort((a, b) => a - b);
  return { name, best: mbps(sorted[0]), median: mbps(sorted[Math.floor(sorted.length / 2)]) };
});
console.log(`corpus: ${lines.length} lines, ${(bytes / 1e6).toFixed(2)} MB UTF-8; Node ${process.version}`);
for (const r of rows) console.log(`${r.name.padEnd(32)} best ${r.best.toFixed(1).padStart(6)} MB/s   median ${r.median.toFixed(1).padStart(6)} MB/s`);
const ours = rows[0];
const theirs = rows.find((r) => r.name.startsWith('transliteration'));
console.log(`ratio onomast/transliteration (median): ${(ours.median / theirs.median).toFixed(2)}×`);
if (sink === 0) console.log('');
