/**
 * Substitutions that romanization systems and the press confuse all the time cost less than a
 * real typo (skeleton tokens are lowercase ASCII). Vowel insertions/deletions are cheaper too
 * (Mnatsaknyan, Pashinyn).
 */
const CHEAP: readonly [string, number][] = [
  ['ae', 0.4], ['ei', 0.5], ['ou', 0.5], ['ao', 0.6], ['iu', 0.6],
  ['kg', 0.5], ['dt', 0.5], ['bp', 0.5], ['vf', 0.6], ['cs', 0.6], ['zs', 0.5], ['jz', 0.6], ['hk', 0.6], ['ck', 0.6],
];
/** Substitution cost by (code a) * 128 + (code b), for ASCII; 1 elsewhere. */
const SUB = new Float64Array(128 * 128).fill(1);
for (let c = 0; c < 128; c++) SUB[c * 128 + c] = 0;
for (const [pair, cost] of CHEAP) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  SUB[a * 128 + b] = SUB[b * 128 + a] = cost;
}
/** Insertion/deletion cost by code: vowels 0.7, everything else 1. */
const GAP = new Float64Array(128).fill(1);
for (const v of 'aeiou') GAP[v.charCodeAt(0)] = 0.7;
/** Tokens longer than this are compared for equality only (keeps every comparison bounded). */
const MAX = 40;
/** Similarities below this are reported as 0 (unrelated tokens); computing them exactly is wasted work. */
const FLOOR = 0.6;
/** Edits that touch the last letter weigh this much more. */
const END = 1.5;

const row = new Float64Array(MAX + 1);

const sub = (a: number, b: number) => (a < 128 && b < 128 ? SUB[a * 128 + b]! : a === b ? 0 : 1);
const gap = (c: number) => (c < 128 ? GAP[c]! : 1);

/**
 * Weighted Levenshtein similarity of two skeleton tokens in [0, 1]: 1 − cost / longer length,
 * with cheap costs for common romanization confusions (a/e, k/g, d/t …) and vowel gaps. Edits
 * that touch the last letter weigh 1.5×: a changed ending usually makes another name (Lachin /
 * Lachine, Aliyev / Aliyeva), an inner slip rarely does (Tblisi, Mnatsaknyan). Similarities below
 * 0.6 come back as 0.
 *
 * @example
 * editSimilarity('mamadiarov', 'mamediarov') // 0.96
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n > MAX || m > MAX) return 0;
  // Each letter of length difference costs at least a vowel gap: below FLOOR there is no need to
  // fill the table.
  if ((Math.abs(n - m) * 0.7) / Math.max(n, m) > 1 - FLOOR) return 0;
  row[0] = 0;
  for (let j = 1; j <= m; j++) row[j] = row[j - 1]! + gap(b.charCodeAt(j - 1)) * (j === m ? END : 1);
  // Below FLOOR the matcher treats two tokens as unrelated: once a whole row costs more than that
  // allows, no path can come back under it, and the comparison stops (most pairs stop in 2–3 rows).
  const maxCost = (1 - FLOOR) * Math.max(n, m);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    const endA = i === n ? END : 1;
    const gapA = gap(ca) * endA;
    let diag: number = row[0]!;
    row[0] = diag + gapA;
    let rowMin = row[0]!;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const endB = j === m ? END : 1;
      const s = diag + sub(ca, cb) * (endA > endB ? endA : endB);
      const del = row[j]! + gapA;
      const ins = row[j - 1]! + gap(cb) * endB;
      diag = row[j]!;
      row[j] = s < del ? (s < ins ? s : ins) : del < ins ? del : ins;
      if (row[j]! < rowMin) rowMin = row[j]!;
    }
    if (rowMin > maxCost) return 0;
  }
  return Math.max(0, 1 - row[m]! / Math.max(n, m));
}
