/**
 * Substitutions that romanization systems and the press confuse all the time cost less than a
 * real typo (skeleton tokens are lowercase ASCII). Vowel insertions/deletions are cheaper too
 * (Mnatsaknyan, Pashinyn).
 */
const CHEAP: Record<string, number> = {
  ae: 0.4, ea: 0.4, ei: 0.5, ie: 0.5, ou: 0.5, uo: 0.5, ao: 0.6, oa: 0.6, iu: 0.6, ui: 0.6,
  kg: 0.5, gk: 0.5, dt: 0.5, td: 0.5, bp: 0.5, pb: 0.5, vf: 0.6, fv: 0.6, cs: 0.6, sc: 0.6, zs: 0.5, sz: 0.5,
  jz: 0.6, zj: 0.6, hk: 0.6, kh: 0.6, ck: 0.6, kc: 0.6,
};
const VOWEL = new Set(['a', 'e', 'i', 'o', 'u']);
/** Tokens longer than this are compared for equality only (keeps every comparison bounded). */
const MAX = 40;

const row: number[] = [];
const END = 1.5;

/**
 * Weighted Levenshtein similarity of two skeleton tokens in [0, 1]: 1 − cost / longer length,
 * with cheap costs for common romanization confusions (a/e, k/g, d/t …) and vowel gaps.
 *
 * @example
 * editSimilarity('mamadiarov', 'mamediarov') // 0.96
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  if (n > MAX || m > MAX) return 0;
  // Edits that touch the last letter weigh 1.5×: a changed ending usually makes another name
  // (Lachin / Lachine, Aliyev / Aliyeva), an inner slip rarely does (Tblisi, Mnatsaknyan).
  for (let j = 0; j <= m; j++) row[j] = j === 0 ? 0 : row[j - 1]! + gap(b[j - 1]!) * (j === m ? END : 1);
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1]!;
    const endA = i === n ? END : 1;
    let diag = row[0]!;
    row[0] = diag + gap(ca) * endA;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]!;
      const end = j === m ? Math.max(endA, END) : endA;
      const sub = ca === cb ? 0 : (CHEAP[ca + cb] ?? 1) * end;
      const next = Math.min(diag + sub, row[j]! + gap(ca) * endA, row[j - 1]! + gap(cb) * (j === m ? END : 1));
      diag = row[j]!;
      row[j] = next;
    }
  }
  return Math.max(0, 1 - row[m]! / Math.max(n, m));
}

function gap(ch: string): number {
  return VOWEL.has(ch) ? 0.7 : 1;
}
