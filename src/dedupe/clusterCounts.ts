import { compareReadings, nameReadings } from '../match/compareReadings.js';
import type { Glossary } from '../types.js';
import { blockingKeys } from './blockingKeys.js';
import type { NameCluster } from './dedupeNames.js';
import { ENTITY_MIN, KEY_SCORE, MAX_BLOCK, niceness } from './dedupeRules.js';
import { unionFind } from './unionFind.js';

/**
 * dedupeNames over distinct names with their counts (the CLI counts rows without keeping them),
 * options already checked. The most frequent spelling names a cluster the glossary does not know.
 */
export function clusterCounts(counts: ReadonlyMap<string, number>, glossary: Glossary | undefined, threshold: number, keyOnly: boolean): readonly NameCluster[] {
  // Distinct names, sorted: the result depends on the set of names, not their order.
  const distinct = [...counts.keys()].sort();
  // Entities by number (names' entityOf), so that the grouping is the DuckDB engine's too.
  const entityIds: string[] = [];
  const entityNumber = new Map<string, number>();
  const entityOf = new Int32Array(distinct.length).fill(-1);
  const groups = unionFind(distinct.length, entityOf);

  // Each name is read (romanized, folded, tagged) once; pairs compare the readings.
  const readings = distinct.map((n) => nameReadings(n));
  const keys = readings.map((r) => r.tokens[0]!);
  if (glossary) {
    distinct.forEach((n, i) => {
      if (keys[i]!.length === 0) return;
      const hit = glossary.lookup(n, { minScore: ENTITY_MIN });
      if (hit) {
        let e = entityNumber.get(hit.entity.id);
        if (e === undefined) entityNumber.set(hit.entity.id, (e = entityIds.push(hit.entity.id) - 1));
        entityOf[i] = e;
      }
    });
  }

  // Candidate links from blocks, then applied strongest first (names in order for ties): the
  // outcome does not depend on the order blocks or names were seen.
  const edges: [number, number, number][] = [];
  const blocks = new Map<string, number[]>();
  const block = (key: string, i: number) => {
    const b = blocks.get(key);
    if (!b) blocks.set(key, [i]);
    else b.push(i);
  };
  keys.forEach((t, i) => {
    if (t.length === 0) return;
    const { keys: nameKeys, skeletons } = blockingKeys(readings[i]!);
    for (const key of nameKeys) block(`k:${key}`, i);
    // Fuzzy candidates share the consonant skeleton of a token (Mammadyarov/Mamedyarov,
    // Mnatsakanyan/Mnatsaknyan); blocks of common given names grow past MAX_BLOCK and are skipped.
    if (!keyOnly) for (const s of skeletons) block(`c:${s}`, i);
  });
  for (const [key, members] of blocks) {
    if (key.startsWith('k:')) {
      for (let m = 1; m < members.length; m++) edges.push([KEY_SCORE, members[0]!, members[m]!]);
      continue;
    }
    if (members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        // Already together, or two entities that never merge: nothing to compare.
        if (entityOf[i]! >= 0 && entityOf[j]! >= 0) continue;
        const s = compareReadings(readings[i]!, readings[j]!).score;
        if (s >= threshold) edges.push([s, i, j]);
      }
    }
  }
  // Names of one entity are one cluster.
  const firstOf = new Map<number, number>();
  entityOf.forEach((e, i) => {
    if (e < 0) return;
    const f = firstOf.get(e);
    if (f === undefined) firstOf.set(e, i);
    else edges.push([1, f, i]);
  });
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [s, i, j] of edges) groups.union(i, j, s);

  const clusters = new Map<number, number[]>();
  distinct.forEach((_, i) => {
    const r = groups.find(i);
    const c = clusters.get(r);
    if (c) c.push(i);
    else clusters.set(r, [i]);
  });
  const out: NameCluster[] = [];
  for (const [rootIndex, members] of clusters) {
    const entityId = entityOf[rootIndex]! >= 0 ? entityIds[entityOf[rootIndex]!] : undefined;
    const entity = entityId === undefined || !glossary ? undefined : glossary.findEntity(entityId);
    // The most frequent spelling; among equals a written-as-a-name Latin one (not ALL CAPS, no comma).
    const byCount = [...members].sort((a, b) => counts.get(distinct[b]!)! - counts.get(distinct[a]!)! || niceness(distinct[b]!) - niceness(distinct[a]!) || a - b);
    out.push(
      Object.freeze({
        canonical: entity?.canonical ?? distinct[byCount[0]!]!,
        ...(entityId === undefined ? {} : { entityId }),
        members: Object.freeze(members.map((i) => distinct[i]!)),
        score: Math.round(groups.weakest[rootIndex]! * 1000) / 1000,
      }),
    );
  }
  out.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : a.members[0]! < b.members[0]! ? -1 : 1));
  return Object.freeze(out);
}
