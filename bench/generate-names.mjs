// Generated name rows for the dedupe benches: names of the glossary's people with real variation
// (labels in other scripts, aliases, generated spellings, typos, family-name-first order, initials,
// capitals) and a quarter unknown people built from real given and family names. Deterministic.
import { join } from 'node:path';

const { defaultGlossary, spellingVariants } = await import(join(import.meta.dirname, '..', 'dist', 'index.js'));

/**
 * `{ rows, truth }`: N names and, for each, the entity id or `unknown:<name>` it stands for; with
 * `onRow(row, truth)` the rows are handed over one by one instead of kept.
 */
export function generateNames(N, onRow) {
  let seed = 5;
  const rand = (n) => ((seed = (seed * 48271) % 2147483647) % n);
  const people = defaultGlossary().entities().filter((e) => e.type === 'person' && e.canonical.split(' ').length === 2);
  const forms = people.map((e) => {
    const own = Object.values(e.labels);
    const aliases = (e.aliases ?? []).filter((a) => a.kind !== 'short' && a.kind !== 'title-form').map((a) => a.text);
    const gen = spellingVariants(e.labels.ru ?? e.canonical, { limit: 8 }).map((v) => v.text);
    return [...new Set([e.canonical, ...own, ...aliases, ...gen])];
  });
  const typo = (s) => {
    const i = 1 + rand(Math.max(1, s.length - 2));
    return s.slice(0, i) + 'aeiouy'[rand(6)] + s.slice(i + 1);
  };
  const vary = (s) => {
    const parts = s.split(' ');
    switch (rand(8)) {
      case 0: return s.toUpperCase();
      case 1: return parts.length === 2 ? `${parts[1]}, ${parts[0]}` : s;
      case 2: return parts.length === 2 ? `${parts[0][0]}. ${parts[1]}` : s;
      case 3: return typo(s);
      default: return s;
    }
  };
  const rows = [];
  const truth = [];
  const push = onRow ?? ((row, t) => (rows.push(row), truth.push(t)));
  for (let i = 0; i < N; i++) {
    if (rand(4) === 0) {
      // an unknown person: a real given name and a real family name that do not belong together
      const a = people[rand(people.length)].canonical.split(' ')[0];
      const b = people[rand(people.length)].canonical.split(' ')[1];
      push(`${a} ${b}${rand(50)}`, `unknown:${a} ${b}`);
    } else {
      const p = rand(people.length);
      push(vary(forms[p][rand(forms[p].length)]), people[p].id);
    }
  }
  return { rows, truth, rand };
}
