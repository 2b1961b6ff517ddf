/**
 * Union-find over names 0…size-1 as both dedupe engines group them: a union keeps the smaller
 * index as the root (so a cluster's root is its first name), records the weakest link that joined
 * it, and never joins two entities (`entityOf`: an entity number per name, -1 for none; the
 * root's entry is the cluster's).
 */
export function unionFind(size: number, entityOf: Int32Array): { find(i: number): number; union(i: number, j: number, score: number): void; readonly weakest: Float64Array } {
  const parent = new Int32Array(size).map((_, i) => i);
  const weakest = new Float64Array(size).fill(1);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return {
    find,
    union(i, j, score) {
      let a = find(i);
      let b = find(j);
      if (a === b || (entityOf[a]! >= 0 && entityOf[b]! >= 0 && entityOf[a] !== entityOf[b])) return;
      if (b < a) [a, b] = [b, a];
      parent[b] = a;
      if (entityOf[a]! < 0) entityOf[a] = entityOf[b]!;
      weakest[a] = Math.min(weakest[a]!, weakest[b]!, score);
    },
    weakest,
  };
}
