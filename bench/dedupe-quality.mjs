// Pairwise precision/recall/F1 of dedupeNames on real spellings: the labels and aliases (in many
// languages and scripts) of the 96 entities of the development set, clustered with the glossary and
// without it (`glossary: false`). With the glossary the spellings are known, so that figure is an
// upper bound. Held out: a glossary where these entities keep only their canonical name, English
// label and one native label (ru, uk, hy, ka, az or tr): every other spelling is unseen and must be
// reached by the schemes and the matcher. Without the glossary: what the names alone give. Run: npm run build && node bench/dedupe-quality.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { createGlossary, dedupeNames, defaultGlossary, getEntity } = await import(join(root, 'dist', 'index.js'));
const ids = readFileSync(join(root, 'tests/fixtures/eval/entities.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
const truth = new Map();
for (const id of ids) {
  const e = getEntity(id);
  for (const s of [e.canonical, ...Object.values(e.labels), ...(e.aliases ?? []).filter((a) => a.kind !== 'short' && a.kind !== 'abbreviation').map((a) => a.text)]) {
    if (!truth.has(s)) truth.set(s, id); // a spelling two entities share counts for the first
  }
}
const names = [...truth.keys()];
const languages = new Set(ids.flatMap((id) => Object.keys(getEntity(id).labels)));
const held = new Set(ids);
const NATIVE = ['ru', 'uk', 'hy', 'ka', 'az', 'tr'];
const heldOut = createGlossary(
  defaultGlossary()
    .entities()
    .map((e) => {
      if (!held.has(e.id)) return e;
      const native = NATIVE.find((l) => e.labels[l] !== undefined);
      const labels = { en: e.labels.en ?? e.canonical, ...(native ? { [native]: e.labels[native] } : {}) };
      const { aliases, ...rest } = e;
      return { ...rest, labels };
    }),
);
for (const [label, options] of [['with the glossary', {}], ['held out', { glossary: heldOut }], ['without it', { glossary: false }]]) {
  const clusters = dedupeNames(names, options);
  const of = new Map();
  clusters.forEach((c, i) => c.members.forEach((m) => of.set(m, i)));
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const same = truth.get(names[i]) === truth.get(names[j]);
      const together = of.get(names[i]) === of.get(names[j]);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(`${names.length} spellings of ${ids.length} entities in ${languages.size} languages, ${label}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}
