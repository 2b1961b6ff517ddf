// findMentions throughput on ~1 MB of news text in eight languages (the project's fixture texts,
// repeated), with the bundled glossary and with a generated 100,000-entity glossary; and
// spellingVariants time per name. Run: npm run build && node --expose-gc bench/mentions.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { findMentions, createGlossary, defaultGlossary, spellingVariants } = await import(join(root, 'dist', 'index.js'));

const dir = join(root, 'tests', 'fixtures', 'mentions');
const docs = readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).documents.map((d) => d.text));
let text = '';
for (let i = 0; text.length < 600_000; i++) text += `${docs[i % docs.length]}\n\n`;
const bytes = Buffer.byteLength(text);

function mbps(fn, rounds = 5) {
  fn();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return bytes / 1e6 / (times[Math.floor(times.length / 2)] / 1000);
}

let count = 0;
const bundled = mbps(() => (count = findMentions(text).length));
console.log(`findMentions, bundled glossary: ${bundled.toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(2)} MB (${count} mentions)`);

// 100,000 generated people (real given and family names recombined) plus the bundled entities.
const g = defaultGlossary();
const people = g.entities().filter((e) => e.type === 'person' && e.labels.ru && e.canonical.split(' ').length === 2 && e.labels.ru.split(' ').length === 2);
let seed = 11;
const rand = (n) => ((seed = (seed * 48271) % 2147483647) % n);
const entities = [...g.entities()];
const ids = new Set(entities.map((e) => e.id));
while (entities.length < 100_000) {
  const a = people[rand(people.length)];
  const b = people[rand(people.length)];
  const id = `gen-${entities.length}`;
  if (ids.has(id)) continue;
  ids.add(id);
  const given = a.canonical.split(' ')[0];
  const family = b.canonical.split(' ')[1];
  entities.push({ id, type: 'person', canonical: `${given} ${family}`, labels: { en: `${given} ${family}`, ru: `${a.labels.ru.split(' ')[0]} ${b.labels.ru.split(' ')[1]}` }, description: 'generated for the benchmark', prominence: 0.1 });
}
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const big = createGlossary(entities);
const t0 = performance.now();
findMentions('warm up', { glossary: big });
const build = performance.now() - t0;
globalThis.gc?.();
const heap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
const large = mbps(() => (count = findMentions(text, { glossary: big }).length), 3);
console.log(`findMentions, ${entities.length.toLocaleString('en')}-entity glossary: ${large.toFixed(1)} MB/s (${count} mentions); index + trie build ${(build / 1000).toFixed(1)} s, heap ${heap.toFixed(0)} MB`);

const names = ['Сергей Лавров', 'Զոհրաբ Մնացականյան', 'İlham Əliyev', 'ირაკლი კობახიძე', 'Мария Захарова', 'Նիկոլ Փաշինյան'];
for (const n of names) spellingVariants(n);
const n0 = performance.now();
let k = 0;
for (let r = 0; r < 200; r++) for (const n of names) k += spellingVariants(n).length;
console.log(`spellingVariants: ${((performance.now() - n0) / (200 * names.length)).toFixed(3)} ms per name (${(k / (200 * names.length)).toFixed(0)} spellings on average)`);
