import { givenNameClass } from './givenNameClass.js';
import { isDesignator } from './nameTags.js';
import { editSimilarity } from './metrics/editSimilarity.js';

/** Pairs below this similarity count as unmatched. */
const MIN_PAIR = 0.6;
/**
 * A given name must be closer than that: Elmar is not Ilgar, Anar is not Yashar (the family name
 * carries the fuzziness budget, given names vary by known cognates instead).
 */
const MIN_GIVEN = 0.8;

/** How one query token was matched. */
export interface TokenMatch {
  readonly query: string;
  /** The candidate token it was paired with, or undefined when unmatched. */
  readonly candidate: string | undefined;
  readonly similarity: number;
}

/** The outcome of aligning a query's tokens with a candidate name's tokens. */
export interface Alignment {
  /** 0–1: weighted matched similarity over candidate weight plus unmatched-query penalties. */
  readonly score: number;
  /** Similarity of the candidate's family-name token (1 when the candidate has none). */
  readonly family: number;
  /** Every query token was matched at ≥ 0.9 and only given-name-like candidate tokens are missing. */
  readonly familyOnly: boolean;
  /** How each query token matched (built on demand: the matcher aligns many candidates it drops). */
  matches(): readonly TokenMatch[];
}

/** Similarity of two tokens, with initials: "s" matches "sergei" at 0.9. */
export function tokenSimilarity(q: string, c: string): number {
  if (q === c) return 1;
  // Known forms of one given name in different languages (Serge / Serzh, Georgy / Giorgi).
  const k = givenNameClass(q);
  if (k !== undefined && k === givenNameClass(c)) return 0.95;
  if (q.length === 1 || c.length === 1) return q[0] === c[0] && (q.length === 1 || c.length === 1) ? 0.9 : 0;
  return editSimilarity(q, c);
}

/**
 * Order-free alignment of query tokens with candidate tokens: the best one-to-one pairs (greedy
 * by similarity), the candidate's family name weighted double, unmatched query tokens penalised
 * (Vladimir Potanin is not Vladimir Putin), ignorable query tokens (patronymics) penalised lightly.
 *
 * @param ignorable query token indexes that may stay unmatched at a small cost
 * @param similarity token similarity (a per-query memo of `tokenSimilarity` in the matcher)
 */
export function alignTokens(
  query: readonly string[],
  candidate: readonly string[],
  family: number,
  ignorable: ReadonlySet<number>,
  similarity: (q: string, c: string) => number = tokenSimilarity,
): Alignment {
  // Pairs above the threshold, best first (the family token first among equals), as indexes
  // i * candidate.length + j into one table of similarities.
  const width = candidate.length;
  const sims: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < width; j++) {
      const s = similarity(query[i]!, candidate[j]!);
      sims.push(s);
      if (s >= (family !== -1 && j !== family ? MIN_GIVEN : MIN_PAIR)) order.push(i * width + j);
    }
  }
  order.sort((a, b) => sims[b]! - sims[a]! || (b % width === family ? 1 : 0) - (a % width === family ? 1 : 0) || a - b);
  const qUsed = new Array<number>(query.length).fill(-1);
  const cUsed = new Array<number>(candidate.length).fill(-1);
  const qSim = new Array<number>(query.length).fill(0);
  for (const k of order) {
    const s = sims[k]!;
    const i = Math.floor(k / width);
    const j = k % width;
    if (qUsed[i] !== -1 || cUsed[j] !== -1) continue;
    qUsed[i] = j;
    cUsed[j] = i;
    qSim[i] = s;
  }
  let matched = 0;
  let total = 0;
  for (let j = 0; j < candidate.length; j++) {
    // A candidate's own connectors and designators ("Treaty of Kars", "Lachin district") weigh little.
    const w = j === family ? 2 : isDesignator(candidate[j]!) ? 0.25 : 1;
    total += w;
    if (cUsed[j] !== -1) matched += w * qSim[cUsed[j]!]!;
  }
  let allQueryMatched = true;
  for (let i = 0; i < query.length; i++) {
    if (qUsed[i] !== -1) {
      if (qSim[i]! < 0.9) allQueryMatched = false;
      continue;
    }
    total += ignorable.has(i) ? 0.25 : 1;
    if (!ignorable.has(i)) allQueryMatched = false;
  }
  const familySim = family === -1 ? 1 : cUsed[family] === -1 ? 0 : qSim[cUsed[family]!]!;
  const familyOnly = allQueryMatched && family !== -1 && familySim >= 0.9 && cUsed.some((u) => u === -1);
  return {
    score: total === 0 ? 0 : matched / total,
    family: familySim,
    familyOnly,
    matches: () => query.map((q, i) => ({ query: q, candidate: qUsed[i] === -1 ? undefined : candidate[qUsed[i]!], similarity: qSim[i]! })),
  };
}
