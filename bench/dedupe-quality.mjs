// Pairwise precision/recall/F1 of dedupeNames on real spellings: the labels and aliases (in many
// languages and scripts) of the 96 entities of the development set.
// - with the glossary: the spellings are known, so that figure is an upper bound;
// - unseen (5-fold): the distinct spellings are split in five folds by a hash of their text; each
//   fold is clustered with a glossary that lacks every spelling of the fold (in every language of
//   the entity), so it must be reached from the other spellings by the schemes and the matcher.
//   Pairs with a name in the fold count;
// - news spellings unseen (5-fold): only the spellings attested on news pages are held out, the
//   labels from reference data stay: the case of a new article's spellings;
// - held out: real news spellings gathered after the matcher was built (tests/fixtures/dedupe-unseen),
//   never in the glossary, clustered with the shipped glossary;
// - minimal glossary: these entities keep only their canonical name, English label and one
//   native label (ru, uk, hy, ka, az or tr): a lower bound, as translated names (Géorgie,
//   Bergkarabach) cannot be derived from those;
// - without the glossary: what the names alone give.
// Run: npm run build && node bench/dedupe-quality.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { createGlossary, dedupeNames, defaultGlossary, getEntity } = await import(join(root, 'dist', 'index.js'));
const ids = readFileSync(join(root, 'tests/fixtures/eval/entities.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
const counted = (a) => a.kind !== 'short' && a.kind !== 'abbreviation';
const truth = new Map();
for (const id of ids) {
  const e = getEntity(id);
  for (const s of [e.canonical, ...Object.values(e.labels), ...(e.aliases ?? []).filter(counted).map((a) => a.text)]) {
    if (!truth.has(s)) truth.set(s, id); // a spelling two entities share counts for the first
  }
}
const names = [...truth.keys()];
const languages = new Set(ids.flatMap((id) => Object.keys(getEntity(id).labels)));
const held = new Set(ids);

/** Pair counts of a clustering, over pairs where `counts(i, j)` holds. */
function score(clusters, counts = () => true) {
  const of = new Map();
  clusters.forEach((c, i) => c.members.forEach((m) => of.set(m, i)));
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (!counts(i, j)) continue;
      const same = truth.get(names[i]) === truth.get(names[j]);
      const together = of.get(names[i]) === of.get(names[j]);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  return { tp, fp, fn };
}
function report(label, { tp, fp, fn }) {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(`${names.length} spellings of ${ids.length} entities in ${languages.size} languages, ${label}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}

report('with the glossary', score(dedupeNames(names)));

const FOLDS = 5;
const foldOf = (text) => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
};
/**
 * Pair counts summed over the five folds: fold k's spellings (`unseenIn(k)`) leave the held
 * entities by `withoutThem`, and pairs with a spelling of the fold count.
 */
function fiveFold(unseenIn, withoutThem) {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (let k = 0; k < FOLDS; k++) {
    const unseen = unseenIn(k);
    const glossary = createGlossary(defaultGlossary().entities().map((e) => (held.has(e.id) ? withoutThem(e, unseen) : e)));
    const inFold = names.map(unseen);
    const s = score(dedupeNames(names, { glossary }), (i, j) => inFold[i] || inFold[j]);
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
  }
  return total;
}

const total = fiveFold(
  (k) => (text) => foldOf(text) === k,
  (e, unseen) => {
    // The canonical name stays (every entity has one); as the English label if nothing else is left.
    const labels = Object.fromEntries(Object.entries(e.labels).filter(([, t]) => !unseen(t)));
    if (Object.keys(labels).length === 0) labels.en = e.canonical;
    const aliases = (e.aliases ?? []).filter((a) => !unseen(a.text));
    return { ...e, labels, aliases };
  },
);
report('each spelling unseen (5-fold)', total);

// News spellings unseen: the same five folds, over the spellings attested only on news pages
// (aliases with a URL source, not a label of the entity). Each fold's news spellings leave the
// glossary; labels from reference data (Wikipedia titles, CLDR) stay, as they would for a new
// article. Pairs with a news spelling of the fold count.
const news = new Set();
for (const id of ids) {
  const e = getEntity(id);
  const labels = new Set([e.canonical, ...Object.values(e.labels)]);
  for (const a of e.aliases ?? []) if (counted(a) && !labels.has(a.text) && /^https?:/.test(a.source ?? '') && truth.get(a.text) === id) news.add(a.text);
}
const newsTotal = fiveFold(
  (k) => (text) => news.has(text) && foldOf(text) === k,
  (e, unseen) => ({ ...e, aliases: (e.aliases ?? []).filter((a) => !unseen(a.text)) }),
);
report(`each of the ${news.size} news spellings unseen (5-fold; reference labels kept)`, newsTotal);

// Held out: real news spellings of the same entities gathered after the matcher was built
// (tests/fixtures/dedupe-unseen, never added to the glossary), clustered with the shipped glossary
// among all the spellings above. Pairs with a held-out spelling count.
const unseenDir = join(root, 'tests/fixtures/dedupe-unseen');
const heldOut = existsSync(unseenDir)
  ? readdirSync(unseenDir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(join(unseenDir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)))
  : [];
// Half of them (by a hash of the text, as the folds above) are a development half whose misses may
// be looked at; the other half is the test half, whose misses are not looked at.
const freshAll = heldOut.filter((r) => !truth.has(r.text) && held.has(r.id));
for (const [label, fresh] of [
  ['held out', freshAll],
  ['held out, development half', freshAll.filter((r) => foldOf(r.text) % 2 === 0)],
  ['held out, test half', freshAll.filter((r) => foldOf(r.text) % 2 === 1)],
]) {
  if (fresh.length === 0) continue;
  for (const r of fresh) truth.set(r.text, r.id);
  const before = names.length;
  names.push(...fresh.map((r) => r.text));
  const clusters = dedupeNames(names);
  const s = score(clusters, (i, j) => i >= before || j >= before);
  const langs = new Set(fresh.map((r) => r.lang));
  const entities = new Set(fresh.map((r) => r.id));
  const entityOf = new Map(clusters.flatMap((c) => c.members.map((m) => [m, c.entityId])));
  const right = fresh.filter((r) => entityOf.get(r.text) === r.id).length;
  const wrong = fresh.filter((r) => entityOf.get(r.text) !== undefined && entityOf.get(r.text) !== r.id).length;
  report(`${label}: ${fresh.length} news spellings of ${entities.size} entities in ${langs.size} languages (${right} in their entity's cluster, ${wrong} in another's)`, s);
  names.length = before;
  for (const r of fresh) truth.delete(r.text);
}

const NATIVE = ['ru', 'uk', 'hy', 'ka', 'az', 'tr'];
const minimal = createGlossary(
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
report('minimal glossary (canonical, en, one native label)', score(dedupeNames(names, { glossary: minimal })));
report('without it', score(dedupeNames(names, { glossary: false })));
