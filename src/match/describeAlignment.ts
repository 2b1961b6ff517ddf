import type { Alignment } from './alignTokens.js';

/** How each query token matched, in words: "serzh~serge 0.95, sargsian~sarkisian 0.87". */
export function describeAlignment(a: Alignment): string {
  return a
    .matches()
    .map((m) => (m.candidate === undefined ? `${m.query}: unmatched` : `${m.query}~${m.candidate} ${m.similarity.toFixed(2)}`))
    .join(', ');
}
