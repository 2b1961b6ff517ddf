// Lookup speed: the bundled glossary (p50/p99 over the development queries and their variants),
// a generated 100,000-entity glossary (build time, heap, p50/p99, its sound index), and import + first lookup
// in a fresh process. Run: npm run build && node --expose-gc bench/lookup.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist', 'index.js');
const { createGlossary, defaultGlossary, lookup } = await import(dist);

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
function timeQueries(fn, queries, rounds = 20) {
  for (const q of queries) fn(q); // warm
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      fn(q);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  return { p50: pct(times, 50), p99: pct(times, 99), n: times.length };
}

// 1. import + first lookup, fresh process each time (median of 5).
const cold = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e',
    `const t0 = performance.now(); const { lookup } = await import(${JSON.stringify(dist)}); lookup('Serghei Lavrov'); console.log(performance.now() - t0);`], { encoding: 'utf8' });
  cold.push(Number(out));
}
console.log(`import('onomast') + first lookup: median ${pct(cold, 50).toFixed(0)} ms (5 fresh processes)`);

// 2. bundled glossary.
const queries = readFileSync(join(root, 'tests/fixtures/eval/queries.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).query);
const variants = queries.flatMap((q) => [q, q.toUpperCase(), q.replace(/a/g, 'e'), `${q}x`]);
const g = defaultGlossary();
const b = timeQueries((q) => lookup(q), variants);
console.log(`bundled glossary (${g.size} entities): lookup p50 ${b.p50.toFixed(1)} µs, p99 ${b.p99.toFixed(1)} µs over ${variants.length} queries × 20`);

// 3. generated 100,000-entity glossary: real given and family names of the bundled people,
// recombined, with their Latin, Cyrillic and Armenian/Georgian forms.
const people = g.entities().filter((e) => e.type === 'person' && e.labels.ru && e.canonical.split(' ').length === 2 && e.labels.ru.split(' ').length === 2);
const givens = people.map((e) => [e.canonical.split(' ')[0], e.labels.ru.split(' ')[0]]);
const families = people.map((e) => [e.canonical.split(' ')[1], e.labels.ru.split(' ')[1]]);
let seed = 7;
const rand = (n) => ((seed = (seed * 48271) % 2147483647) % n);
const entities = [];
const seen = new Set();
while (entities.length < 100_000) {
  const [gEn, gRu] = givens[rand(givens.length)];
  const [fEn, fRu] = families[rand(families.length)];
  const n = rand(1000);
  const id = `gen-${gEn}-${fEn}-${n}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '');
  if (seen.has(id)) continue;
  seen.add(id);
  entities.push({ id, type: 'person', canonical: `${gEn} ${fEn}`, labels: { en: `${gEn} ${fEn}`, ru: `${gRu} ${fRu}` }, description: 'generated for the benchmark', prominence: rand(100) / 100 });
}
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const big = createGlossary(entities);
big.lookup('warm up');
const build = performance.now() - t0;
globalThis.gc?.();
const heap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
const sample = entities.filter((_, i) => i % 100 === 0).flatMap((e) => [e.canonical, e.labels.ru, e.canonical.replace(/a/, 'e'), e.canonical.split(' ').reverse().join(', ')]);
const s = timeQueries((q) => big.lookup(q), sample, 3);
console.log(`generated glossary (100,000 entities): build ${(build / 1000).toFixed(2)} s, heap ${heap.toFixed(0)} MB, lookup p50 ${s.p50.toFixed(1)} µs, p99 ${s.p99.toFixed(1)} µs`);

// 4. The sound index (queries in Arabic, Hebrew, Greek, Thai, kana, Hangul, Chinese characters) is
// built on the first such query: its cost on the large glossary.
globalThis.gc?.();
const heap1 = process.memoryUsage().heapUsed;
const t1 = performance.now();
big.lookup('セルゲイ・ラブロフ');
const soundBuild = performance.now() - t1;
globalThis.gc?.();
console.log(`  its sound index, built on the first query in a script read by sound: ${(soundBuild / 1000).toFixed(2)} s, heap +${((process.memoryUsage().heapUsed - heap1) / 2 ** 20).toFixed(0)} MB`);
